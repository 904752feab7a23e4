/**
 * The epoch milliseconds of an ISO-8601 instant, exactly as `Date.parse` gives them. The instants
 * a case and its results carry have one layout (`YYYY-MM-DDThh:mm:ss`, an optional `.sss`, then
 * `Z` or `±hh:mm`): those are read digit by digit, a case's clock being read a hundred times per
 * result; any other text, an impossible field or a year before 1000 goes to `Date.parse` itself.
 *
 * @param text - an instant, typically one the case schema accepted or one the library wrote
 * @returns epoch milliseconds, or NaN where `Date.parse` gives NaN
 * @example
 * instantMs('2025-03-30T04:00:00+03:00') //=> 1743296400000
 * instantMs('2025-03-30') //=> 1743292800000 (Date.parse's own reading)
 * @since 0.1.0
 */
export function instantMs(text: string): number {
  const n = text.length;
  // 20: …ssZ; 24: …ss.sssZ; 25: …ss±hh:mm; 29: …ss.sss±hh:mm.
  if (n !== 20 && n !== 25 && n !== 24 && n !== 29) return Date.parse(text);
  if (text.charCodeAt(4) !== 0x2d || text.charCodeAt(7) !== 0x2d || text.charCodeAt(10) !== 0x54 || text.charCodeAt(13) !== 0x3a || text.charCodeAt(16) !== 0x3a) return Date.parse(text);
  const year = digits(text, 0, 4);
  const month = digits(text, 5, 2);
  const day = digits(text, 8, 2);
  const hour = digits(text, 11, 2);
  const minute = digits(text, 14, 2);
  const second = digits(text, 17, 2);
  let at = 19;
  let ms = 0;
  if (n === 24 || n === 29) {
    if (text.charCodeAt(19) !== 0x2e) return Date.parse(text);
    ms = digits(text, 20, 3);
    at = 23;
  }
  // Years 0-99 would be 1900-1999 to Date.UTC, and a day past its month's end would roll over.
  if (!(year >= 1000 && month >= 1 && month <= 12 && day >= 1 && day <= daysIn(year, month) && hour >= 0 && hour <= 23 && minute >= 0 && minute <= 59 && second >= 0 && second <= 59 && ms >= 0)) return Date.parse(text);
  let offset = 0;
  const sign = text.charCodeAt(at);
  if (sign === 0x5a) {
    if (at + 1 !== n) return Date.parse(text);
  } else {
    if ((sign !== 0x2b && sign !== 0x2d) || at + 6 !== n || text.charCodeAt(at + 3) !== 0x3a) return Date.parse(text);
    const oh = digits(text, at + 1, 2);
    const om = digits(text, at + 4, 2);
    if (!(oh >= 0 && oh <= 23 && om >= 0 && om <= 59)) return Date.parse(text);
    offset = (sign === 0x2b ? 1 : -1) * (oh * 60 + om) * 60_000;
  }
  return Date.UTC(year, month - 1, day, hour, minute, second, ms) - offset;
}

/** The number written by `count` ASCII digits from `from`, or -1 when one is not a digit. */
function digits(text: string, from: number, count: number): number {
  let v = 0;
  for (let i = from; i < from + count; i++) {
    const d = text.charCodeAt(i) - 0x30;
    if (d < 0 || d > 9) return -1;
    v = v * 10 + d;
  }
  return v;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
function daysIn(year: number, month: number): number {
  if (month !== 2) return MONTH_DAYS[month - 1] ?? 0;
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
}
