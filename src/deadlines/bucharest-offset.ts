import { tzOffset } from '@date-fns/tz';

const BUCHAREST = 'Europe/Bucharest';
const HOUR = 3_600_000;
// A bound on the cache, so a long-running process fed instants from all over the calendar keeps
// its memory flat; refilling an hour costs two look-ups.
const MAX_HOURS = 100_000;

/** UTC hour index -> the Bucharest offset in minutes for the whole hour, or NaN when it changes inside it. */
const byHour = new Map<number, number>();

/**
 * The Bucharest UTC offset in minutes for the whole UTC hour `hour` (epoch milliseconds / 3 600 000),
 * or NaN when the offset changes inside that hour.
 *
 * `tzOffset` (through `Intl`) stays the source of truth: it is asked for the first and the last
 * millisecond of the hour, once. Every EU change since 1997 falls on a whole UTC hour, so that
 * hour is uniform on both sides of it; the two historical changes that did not (local mean time
 * to Bucharest mean time in 1891, to EET in 1931) leave their hour NaN, and the instant is asked
 * directly. Comparing the two ends assumes the offset never changes twice within one hour, as
 * no rule of the tz database for Bucharest does.
 *
 * @param hour - `Math.floor(epochMs / 3_600_000)`
 * @returns the offset in minutes (e.g. 120, 180, or 104.4 for local mean time), or NaN
 * @example
 * bucharestHourOffset(Math.floor(Date.parse('2025-03-30T01:00:00Z') / 3_600_000)) //=> 180
 * @since 0.1.0
 */
export function bucharestHourOffset(hour: number): number {
  // A case's clock reads the same few hundred hours a hundred times: a slot per hour, in front of the map.
  const slot = hour & (SLOTS - 1);
  if (slotHours[slot] === hour) return slotOffsets[slot]!;
  const offset = hourOffset(hour);
  slotHours[slot] = hour;
  slotOffsets[slot] = offset;
  return offset;
}

/** The slots in front of `byHour` (some 11 months of hours, 128 KB): an hour and its offset, a pure function of the hour, so never stale. */
const SLOTS = 8192;
const slotHours = new Float64Array(SLOTS).fill(Number.NaN);
const slotOffsets = new Float64Array(SLOTS);

function hourOffset(hour: number): number {
  const cached = byHour.get(hour);
  if (cached !== undefined) return cached;
  if (byHour.size >= MAX_HOURS) byHour.clear();
  // A whole UTC day at once where both its ends agree: the offsets of Bucharest change months
  // apart (every change in the tz database from 1850 to 2200 is at least 3,000 hours from the
  // next), so a day whose first and last millisecond agree has no change inside it. Instants of
  // one batch crowd into few days: two look-ups then serve 24 hours.
  const day = Math.floor(hour / 24) * 24;
  if (Number.isSafeInteger(day)) {
    const first = tzOffset(BUCHAREST, new Date(day * HOUR));
    if (first === tzOffset(BUCHAREST, new Date((day + 24) * HOUR - 1))) {
      for (let h = day; h < day + 24; h++) byHour.set(h, first);
      return first;
    }
  }
  const first = tzOffset(BUCHAREST, new Date(hour * HOUR));
  const last = tzOffset(BUCHAREST, new Date(hour * HOUR + HOUR - 1));
  const offset = first === last ? first : Number.NaN;
  byHour.set(hour, offset);
  return offset;
}

/**
 * The Bucharest UTC offset in minutes at an instant, as `tzOffset(BUCHAREST, …)` gives it, looked
 * up once per UTC hour.
 *
 * @param ms - epoch milliseconds (finite)
 * @returns the offset in minutes, e.g. `180` in summer time
 * @example
 * bucharestOffsetMinutes(Date.parse('2025-03-30T00:59:59Z')) //=> 120
 * @since 0.1.0
 */
export function bucharestOffsetMinutes(ms: number): number {
  const offset = bucharestHourOffset(Math.floor(ms / HOUR));
  return Number.isNaN(offset) ? tzOffset(BUCHAREST, new Date(ms)) : offset;
}
