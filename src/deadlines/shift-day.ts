import { addDays } from 'date-fns/addDays';
import { format } from 'date-fns/format';
import { parseISO } from 'date-fns/parseISO';
import { tz } from '@date-fns/tz';
import { BUCHAREST } from './bucharest.js';
import { DAY_MS, formatDay, parseDay } from './calendar-day.js';

/**
 * Moves a calendar day (Europe/Bucharest) by whole days.
 *
 * @param day - `YYYY-MM-DD`
 * @param days - how many days to add (negative to go back)
 * @returns the day as `YYYY-MM-DD`
 * @example
 * shiftDay('2024-03-01', -1) //=> '2024-02-29'
 * @since 0.1.0
 */
export function shiftDay(day: string, days: number): string {
  // Days are counted on UTC midnights, where every day has 24 hours: no time zone is involved.
  // (Through @date-fns/tz, a day before 1931-07-25, when Bucharest was UTC+01:44:24, began at
  // 23:59:36 of the day before, so shiftDay(day, 1) gave the same day back.)
  const from = parseDay(day);
  const to = from !== undefined && Number.isSafeInteger(days) ? formatDay(from + days * DAY_MS) : undefined;
  if (to !== undefined) return to;
  // What is no day of years 0001-9999 keeps the refusal it always had (a RangeError).
  const inBucharest = { in: tz(BUCHAREST) };
  return format(addDays(parseISO(day, inBucharest), days, inBucharest), 'yyyy-MM-dd', inBucharest);
}
