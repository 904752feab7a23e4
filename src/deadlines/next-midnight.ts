import { addDays } from 'date-fns/addDays';
import { startOfDay } from 'date-fns/startOfDay';
import { tz } from '@date-fns/tz';
import { BUCHAREST, bucharestInstant } from './bucharest.js';
import { fromBucharestWall, toBucharestWall } from './bucharest-wall-clock.js';
import { DAY_MS } from './calendar-day.js';
import { instantMs } from './instant-ms.js';

/**
 * 00:00 (Europe/Bucharest) of the day after an instant: where a term in hours starts under the
 * general civil-procedure rule (Civil Procedure Code art. 181 pt. 1), the alternative to counting
 * from the clock time.
 *
 * @param instant - ISO-8601 with offset
 * @returns the next local midnight, ISO-8601 with the Bucharest offset
 * @example
 * nextMidnight('2025-03-29T15:00:00+02:00') //=> '2025-03-30T00:00:00+02:00'
 * @since 0.1.0
 */
export function nextMidnight(instant: string): string {
  const ms = instantMs(instant);
  if (Number.isFinite(ms)) {
    // date-fns first moves the wall clock one day on at the same time of day, then sets 00:00:
    // both wall times must be clear of an offset change for plain arithmetic to agree with it.
    const sameTimeNextDay = toBucharestWall(ms) + DAY_MS;
    if (fromBucharestWall(sameTimeNextDay) !== undefined) {
      const midnight = fromBucharestWall(Math.floor(sameTimeNextDay / DAY_MS) * DAY_MS);
      if (midnight !== undefined) return bucharestInstant(midnight);
    }
  }
  const inBucharest = { in: tz(BUCHAREST) };
  return bucharestInstant(startOfDay(addDays(new Date(instant), 1, inBucharest), inBucharest));
}
