import { bucharestHourOffset, bucharestOffsetMinutes } from './bucharest-offset.js';

const HOUR = 3_600_000;

/**
 * The wall clock of Bucharest at an instant, as epoch milliseconds read in UTC: the fields a
 * `TZDate` of @date-fns/tz holds, rounded to the second of the offset exactly as it rounds them
 * (local mean time was UTC+01:44:24).
 *
 * @param ms - epoch milliseconds
 * @returns the wall clock; `new Date(result).getUTCHours()` is the Bucharest hour
 * @example
 * new Date(toBucharestWall(Date.parse('2025-03-30T01:00:00Z'))).toISOString() //=> '2025-03-30T04:00:00.000Z'
 * @since 0.1.0
 */
export function toBucharestWall(ms: number): number {
  return wallAt(ms, bucharestOffsetMinutes(ms));
}

/**
 * {@link toBucharestWall} for an instant whose offset is known already (a caller that writes the
 * offset too looks it up once).
 *
 * @param ms - epoch milliseconds
 * @param offsetMinutes - `bucharestOffsetMinutes(ms)`
 * @returns the wall clock
 * @example
 * wallAt(Date.parse('2025-03-30T01:00:00Z'), 180) //=> Date.parse('2025-03-30T04:00:00Z')
 * @since 0.1.0
 */
export function wallAt(ms: number, offsetMinutes: number): number {
  return ms - Math.round(-offsetMinutes * 60) * 1000;
}

/**
 * The instant at which Bucharest clocks show a wall time, when no offset change is near: then the
 * wall time exists once and @date-fns/tz resolves it to the same instant. Within about three
 * hours of a change (the hour the clocks skip in spring, the hour they repeat in autumn, or an
 * offset that is not a whole number of minutes) it gives `undefined`, and the caller takes the
 * @date-fns/tz path, so gaps and overlaps resolve exactly as they always have.
 *
 * @param wall - the wall time as epoch milliseconds read in UTC (see {@link toBucharestWall})
 * @returns the instant, or `undefined` near an offset change
 * @example
 * fromBucharestWall(Date.UTC(2025, 2, 30, 0, 0)) //=> Date.parse('2025-03-29T22:00:00Z')
 * fromBucharestWall(Date.UTC(2025, 2, 30, 3, 30)) //=> undefined (the skipped hour)
 * @since 0.1.0
 */
export function fromBucharestWall(wall: number): number | undefined {
  if (!Number.isFinite(wall)) return undefined;
  // Offsets of +2 h or +3 h put the instant in [wall - 3 h, wall - 2 h], which these two UTC hours
  // cover; one uniform offset over both means no other offset can also fit.
  const hour = Math.floor((wall - 3 * HOUR) / HOUR);
  const offset = bucharestHourOffset(hour);
  if (!(offset >= 120 && offset <= 180) || !Number.isInteger(offset) || bucharestHourOffset(hour + 1) !== offset) return undefined;
  return wall - offset * 60_000;
}

/**
 * The instant of 00:00 of a Bucharest day as `parseISO(day, { in: tz(BUCHAREST) })` gives it: that
 * sets the day on the epoch, whose Bucharest wall time is 02:00, then the hour to 00:00, so both
 * wall times must be clear of an offset change.
 *
 * @param dayWall - the day as the epoch milliseconds of its UTC midnight
 * @returns the instant, or `undefined` near an offset change
 * @example
 * startOfBucharestDay(Date.UTC(2025, 9, 26)) //=> Date.parse('2025-10-25T21:00:00Z')
 * @since 0.1.0
 */
export function startOfBucharestDay(dayWall: number): number | undefined {
  return fromBucharestWall(dayWall + 2 * HOUR) === undefined ? undefined : fromBucharestWall(dayWall);
}
