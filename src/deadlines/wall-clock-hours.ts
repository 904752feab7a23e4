import { bucharestInstant } from './bucharest.js';
import { toBucharestWall } from './bucharest-wall-clock.js';
import { instantMs } from './instant-ms.js';

const HOUR = 3_600_000;

/**
 * The other reading of an order's hours: the Bucharest wall clock moved on by `hours` (120 hours
 * = 5 days to the same hour of issue), rather than `hours` of physical time. Across the spring
 * clock change it ends one hour earlier than the elapsed reading, across the autumn change one
 * hour later. A wall time the clocks show twice (autumn) is read at its later instant, and one
 * they skip (spring) at the first instant after the skip: neither shortens the order.
 *
 * @param start - the start instant, ISO-8601 with offset
 * @param hours - the hours of the term
 * @returns the end instant in Bucharest time
 * @example
 * wallClockHoursDue('2025-10-24T10:00:00+03:00', 120) //=> '2025-10-29T10:00:00+02:00' (elapsed: 09:00)
 * @since 0.1.0
 */
export function wallClockHoursDue(start: string, hours: number): string {
  const wall = toBucharestWall(instantMs(start)) + hours * HOUR;
  // Bucharest is UTC+2 in winter and UTC+3 in summer: the later instant that shows `wall` first.
  for (const offsetHours of [2, 3]) {
    const at = wall - offsetHours * HOUR;
    if (toBucharestWall(at) === wall) return bucharestInstant(at);
  }
  return bucharestInstant(wall - 2 * HOUR);
}
