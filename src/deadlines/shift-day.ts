import { addDays } from 'date-fns/addDays';
import { format } from 'date-fns/format';
import { parseISO } from 'date-fns/parseISO';
import { tz } from '@date-fns/tz';
import { BUCHAREST } from './bucharest.js';

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
  const inBucharest = { in: tz(BUCHAREST) };
  return format(addDays(parseISO(day, inBucharest), days, inBucharest), 'yyyy-MM-dd', inBucharest);
}
