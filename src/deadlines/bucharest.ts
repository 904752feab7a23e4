import { format } from 'date-fns/format';
import { tz } from '@date-fns/tz';
import { bucharestOffsetMinutes } from './bucharest-offset.js';
import { toBucharestWall, wallAt } from './bucharest-wall-clock.js';
import { DAY_MS, formatDay, pad2 } from './calendar-day.js';
import { instantMs } from './instant-ms.js';

/** The time zone every legal date of this library is read in. */
export const BUCHAREST = 'Europe/Bucharest';

/**
 * The calendar day, in Europe/Bucharest, on which an instant falls. The law in force is the
 * law of that day.
 *
 * @param instant - an ISO-8601 date-time with offset, or a Date
 * @returns the day as `YYYY-MM-DD`
 * @example
 * bucharestDate('2024-08-30T22:30:00Z') //=> '2024-08-31' (01:30 local time, UTC+3)
 * @since 0.1.0
 */
export function bucharestDate(instant: string | Date): string {
  const ms = typeof instant === 'string' ? instantMs(instant) : +instant;
  // The offset is looked up once per UTC hour; the day is written by hand. Invalid instants and
  // years outside 1000–9999 (which date-fns writes with eras and five digits) keep its formatter.
  const day = Number.isFinite(ms) ? formatDay(toBucharestWall(ms)) : undefined;
  return day ?? format(ms, 'yyyy-MM-dd', { in: tz(BUCHAREST) });
}

/**
 * An instant written in Bucharest local time with its offset, to the second: the form every
 * due time of the library takes.
 *
 * @param instant - a Date or epoch milliseconds
 * @returns ISO-8601 with the Bucharest offset
 * @example
 * bucharestInstant(Date.parse('2025-03-30T01:00:00Z')) //=> '2025-03-30T04:00:00+03:00'
 * @since 0.1.0
 */
export function bucharestInstant(instant: Date | number): string {
  const ms = +instant;
  if (Number.isFinite(ms)) {
    const offset = bucharestOffsetMinutes(ms);
    const wall = wallAt(ms, offset);
    const day = formatDay(wall);
    if (day !== undefined) {
      return `${day}T${timeText(wall)}${offsetText(offset)}`;
    }
  }
  return format(instant, "yyyy-MM-dd'T'HH:mm:ssXXX", { in: tz(BUCHAREST) });
}

/**
 * `hh:mm:ss` of a wall time; the times of day written are few (due times fall on the hour or the
 * minute of their start), so each is written once.
 */
function timeText(wall: number): string {
  const second = Math.floor((wall - Math.floor(wall / DAY_MS) * DAY_MS) / 1000);
  let text = timeTexts.get(second);
  if (text === undefined) {
    text = `${pad2(Math.floor(second / 3600))}:${pad2(Math.floor(second / 60) % 60)}:${pad2(second % 60)}`;
    if (timeTexts.size >= 4096) timeTexts.clear();
    timeTexts.set(second, text);
  }
  return text;
}
const timeTexts = new Map<number, string>();

/** `±hh:mm` as date-fns writes `XXX`: from the offset cut to whole minutes, as TZDate's getTimezoneOffset cuts it. */
function offsetText(offsetMinutes: number): string {
  let text = offsetTexts.get(offsetMinutes);
  if (text === undefined) {
    text = writeOffset(offsetMinutes);
    // A handful of offsets ever (+02:00, +03:00, local mean time's): never cleared.
    if (offsetTexts.size < 64) offsetTexts.set(offsetMinutes, text);
  }
  return text;
}
const offsetTexts = new Map<number, string>();

function writeOffset(offsetMinutes: number): string {
  const west = -offsetMinutes;
  const minutes = west > 0 ? Math.floor(west) : Math.ceil(west);
  if (minutes === 0) return 'Z';
  const abs = Math.abs(minutes);
  return `${minutes > 0 ? '-' : '+'}${pad2(Math.trunc(abs / 60))}:${pad2(abs % 60)}`;
}
