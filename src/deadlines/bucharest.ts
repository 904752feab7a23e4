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
