const ZONE = 'Europe/Bucharest';

/**
 * The calendar day in Europe/Bucharest at an instant: the default date of a free session.
 *
 * @param now - the instant (the CLI passes the clock)
 * @returns `YYYY-MM-DD`
 * @example
 * bucharestDay(new Date('2024-08-30T22:30:00Z')) //=> '2024-08-31'
 * @since 0.1.0
 */
export function bucharestDay(now: Date): string {
  const p = parts(now);
  return `${p.year}-${p.month}-${p.day}`;
}

/**
 * Noon of a Bucharest calendar day as an ISO-8601 instant with its offset. Noon is never near a
 * daylight-saving switch (they happen at 03:00 and 04:00), so the offset read at 10:00 UTC holds.
 *
 * @param day - `YYYY-MM-DD`
 * @returns the instant, `YYYY-MM-DDT12:00:00+02:00` in winter, `+03:00` in summer
 * @example
 * bucharestNoon('2025-06-01') //=> '2025-06-01T12:00:00+03:00'
 * @since 0.1.0
 */
export function bucharestNoon(day: string): string {
  const name = new Intl.DateTimeFormat('en-US', { timeZone: ZONE, timeZoneName: 'longOffset' })
    .formatToParts(new Date(`${day}T10:00:00Z`))
    .find((p) => p.type === 'timeZoneName')?.value;
  const offset = name?.replace('GMT', '') || '+00:00';
  return `${day}T12:00:00${offset}`;
}

/**
 * An instant as Bucharest wall-clock time, the way a trainee reads it on an order.
 *
 * @param instant - ISO-8601 with offset
 * @returns `YYYY-MM-DD HH:mm`
 * @example
 * bucharestWallClock('2025-06-06T09:00:00Z') //=> '2025-06-06 12:00'
 * @since 0.1.0
 */
export function bucharestWallClock(instant: string): string {
  const p = parts(new Date(instant));
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}`;
}

function parts(date: Date): Record<'year' | 'month' | 'day' | 'hour' | 'minute', string> {
  const fmt = new Intl.DateTimeFormat('en-GB', {
    timeZone: ZONE, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
  });
  const all = fmt.formatToParts(date);
  const get = (type: string): string => all.find((p) => p.type === type)?.value ?? '00';
  return { year: get('year'), month: get('month'), day: get('day'), hour: get('hour'), minute: get('minute') };
}

/** True for a real calendar day written `YYYY-MM-DD`. */
export function isCalendarDay(day: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return false;
  const d = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === day;
}
