import { isWorkingDay } from './is-working-day.js';
import { shiftDay } from './shift-day.js';

/**
 * The first working day on or after a day: the day itself when it is a working day, otherwise
 * the next one (Civil Procedure Code art. 181 para. (2)).
 *
 * @param day - `YYYY-MM-DD`, a day in Europe/Bucharest
 * @param path - where the day sits in the caller's document, for the error (default `$`)
 * @returns the working day as `YYYY-MM-DD`
 * @throws DvRulesError `INVALID_CASE` when `day` is not a possible `YYYY-MM-DD` day
 * @example
 * firstWorkingDayFrom('2025-04-19') //=> '2025-04-22' (Saturday, Easter Sunday, Easter Monday)
 * @since 0.1.0
 */
export function firstWorkingDayFrom(day: string, path = '$'): string {
  let current = day;
  // Romania never has more than a handful of non-working days in a row (the longest run is
  // around Easter or the New Year), so this stops within days; no bound is needed.
  while (!isWorkingDay(current, path)) current = shiftDay(current, 1);
  return current;
}
