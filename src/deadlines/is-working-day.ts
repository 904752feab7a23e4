import { isWeekend } from 'date-fns/isWeekend';
import { parseISO } from 'date-fns/parseISO';
import { tz } from '@date-fns/tz';
import { DvRulesError } from '../errors.js';
import { isoDateSchema } from '../schema/dates.js';
import { BUCHAREST } from './bucharest.js';
import { parseDay } from './calendar-day.js';
import { isPublicHoliday } from './romanian-public-holidays.js';

/**
 * Whether a calendar day is a working day in Romania: not a Saturday, not a Sunday and not a
 * public holiday of the list in force on that day (see `romanianPublicHolidays`). Civil Procedure
 * Code art. 181 para. (2) moves the end of a term that falls on any other day.
 *
 * @param day - `YYYY-MM-DD`, a day in Europe/Bucharest
 * @param path - where the day sits in the caller's document, for the error (default `$`)
 * @returns `true` for a working day
 * @throws DvRulesError `INVALID_CASE` when `day` is not a possible `YYYY-MM-DD` day
 * @example
 * isWorkingDay('2025-04-21') //=> false (Orthodox Easter Monday)
 * @since 0.1.0
 */
export function isWorkingDay(day: string, path = '$'): boolean {
  const known = workingDays.get(day);
  if (known !== undefined) return known;
  if (!isoDateSchema.safeParse(day).success) {
    throw new DvRulesError('INVALID_CASE', 'isWorkingDay: expected a day as YYYY-MM-DD', [
      { path, message: 'Expected a possible calendar day YYYY-MM-DD' },
    ]);
  }
  const working = !isWeekendDay(day) && !isPublicHoliday(day);
  if (workingDays.size >= 4096) workingDays.clear();
  workingDays.set(day, working);
  return working;
}

/**
 * Days already answered (only possible days are kept, so a refusal is always made afresh): the
 * case clock asks about the same few days of a year over and over, and zod's check of the day
 * was most of the cost. The holiday lists are fixed once loaded, so an answer never goes stale.
 */
const workingDays = new Map<string, boolean>();

function isWeekendDay(day: string): boolean {
  // The weekday of a calendar day is the weekday of its UTC midnight: no time zone is involved.
  // (Through @date-fns/tz, a day before 1931-07-25 read the weekday of the day before: see shiftDay.)
  const ms = parseDay(day);
  if (ms !== undefined) {
    const weekday = new Date(ms).getUTCDay();
    return weekday === 0 || weekday === 6;
  }
  const inBucharest = { in: tz(BUCHAREST) };
  return isWeekend(parseISO(day, inBucharest), inBucharest);
}
