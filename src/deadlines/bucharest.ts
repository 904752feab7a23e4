import { format } from 'date-fns/format';
import { tz } from '@date-fns/tz';

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
  const date = typeof instant === 'string' ? new Date(instant) : instant;
  return format(date, 'yyyy-MM-dd', { in: tz(BUCHAREST) });
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
  return format(instant, "yyyy-MM-dd'T'HH:mm:ssXXX", { in: tz(BUCHAREST) });
}
