/** Milliseconds in a calendar day: days are counted on UTC midnights, where every day has 24 hours. */
export const DAY_MS = 86_400_000;

const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A calendar day `YYYY-MM-DD` as the epoch milliseconds of its UTC midnight: the form in which
 * days are added and compared without a time zone (proleptic Gregorian calendar, years 0000–9999).
 *
 * @param day - `YYYY-MM-DD`
 * @returns the UTC midnight of the day, or `undefined` for another form or an impossible day
 * @example
 * parseDay('2024-02-29') //=> 1709164800000
 * @since 0.1.0
 */
export function parseDay(day: string): number | undefined {
  const m = DAY_PATTERN.exec(day);
  if (m === null) return undefined;
  const [year, month, date] = [Number(m[1]), Number(m[2]), Number(m[3])];
  // setUTCFullYear, unlike Date.UTC, reads years 0-99 as themselves. It rolls 31 April over to
  // 1 May: a day that does not come back unchanged is impossible.
  const back = new Date(new Date(0).setUTCFullYear(year, month - 1, date));
  return back.getUTCMonth() === month - 1 && back.getUTCDate() === date ? back.getTime() : undefined;
}

/**
 * The calendar day, `YYYY-MM-DD`, of epoch milliseconds read in UTC (a wall clock already shifted
 * to its zone, or a day from {@link parseDay}), zero-padded by hand.
 *
 * @param ms - epoch milliseconds
 * @returns the day, or `undefined` outside years 0001–9999 (or for NaN), where date-fns writes eras and five digits
 * @example
 * formatDay(Date.UTC(2025, 0, 6, 23, 59)) //=> '2025-01-06'
 * @since 0.1.0
 */
export function formatDay(ms: number): string | undefined {
  const index = Math.floor(ms / DAY_MS);
  const known = dayTexts.get(index);
  if (known !== undefined) return known;
  const d = new Date(ms);
  const year = d.getUTCFullYear();
  if (!(year >= 1 && year <= 9999)) return undefined;
  const text = `${String(year).padStart(4, '0')}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())}`;
  if (dayTexts.size >= 8192) dayTexts.clear();
  dayTexts.set(index, text);
  return text;
}

/**
 * Days already written, by their index since the epoch: a batch writes the same few hundred days
 * over and over (every due time and every law day is one). Only days of years 1-9999 are kept.
 */
const dayTexts = new Map<number, string>();

/** Two digits, zero-padded. */
export function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}
