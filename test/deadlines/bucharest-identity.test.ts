// The Bucharest date functions without Intl on every call must give, byte for byte, what the
// @date-fns/tz code they replaced gave. That code is copied below as the oracle (from commit
// d6b3b5f); only the holiday list is the library's own, since which days are holidays is law,
// not arithmetic, and is corrected separately.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addDays } from 'date-fns/addDays';
import { addHours } from 'date-fns/addHours';
import { addMinutes } from 'date-fns/addMinutes';
import { addMonths } from 'date-fns/addMonths';
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import { format } from 'date-fns/format';
import { isValid } from 'date-fns/isValid';
import { isWeekend } from 'date-fns/isWeekend';
import { parseISO } from 'date-fns/parseISO';
import { startOfDay } from 'date-fns/startOfDay';
import { subMilliseconds } from 'date-fns/subMilliseconds';
import { tz, tzOffset } from '@date-fns/tz';
import { computeDue, DvRulesError, isWorkingDay, romanianPublicHolidays, type Counting } from '../../src/index.js';
import { bucharestDate, bucharestInstant } from '../../src/deadlines/bucharest.js';
import { firstWorkingDayFrom } from '../../src/deadlines/first-working-day-from.js';
import { nextMidnight } from '../../src/deadlines/next-midnight.js';
import { shiftDay } from '../../src/deadlines/shift-day.js';
import { countingArbitrary, shiftArbitrary } from '../support/counting-arbitrary.js';

// ---- The oracle: the implementation before the change, unchanged but for names. ----
const BUCHAREST = 'Europe/Bucharest';
const oldIn = () => ({ in: tz(BUCHAREST) });

function oldBucharestDate(instant: string | Date): string {
  const date = typeof instant === 'string' ? new Date(instant) : instant;
  return format(date, 'yyyy-MM-dd', { in: tz(BUCHAREST) });
}
function oldBucharestInstant(instant: Date | number): string {
  return format(instant, "yyyy-MM-dd'T'HH:mm:ssXXX", { in: tz(BUCHAREST) });
}
function oldNextMidnight(instant: string): string {
  const inBucharest = oldIn();
  return oldBucharestInstant(startOfDay(addDays(new Date(instant), 1, inBucharest), inBucharest));
}
function oldShiftDay(day: string, days: number): string {
  const inBucharest = oldIn();
  return format(addDays(parseISO(day, inBucharest), days, inBucharest), 'yyyy-MM-dd', inBucharest);
}
function oldIsWorkingDay(day: string): boolean {
  const inBucharest = oldIn();
  if (isWeekend(parseISO(day, inBucharest), inBucharest)) return false;
  return !romanianPublicHolidays(Number(day.slice(0, 4))).some((h) => h.date === day);
}
function oldFirstWorkingDayFrom(day: string): string {
  let current = day;
  while (!oldIsWorkingDay(current)) current = oldShiftDay(current, 1);
  return current;
}
function oldEndOfDay(date: Date): Date {
  if (!isValid(date)) return date;
  const inBucharest = oldIn();
  return startOfDay(addDays(parseISO(oldBucharestDate(date), inBucharest), 1, inBucharest), inBucharest);
}
function oldUnshifted(start: Date, counting: Counting): Date {
  const inBucharest = oldIn();
  const startDay = parseISO(oldBucharestDate(start), inBucharest);
  switch (counting.method) {
    case 'elapsed':
      return counting.unit === 'minutes' ? addMinutes(start, counting.amount) : addHours(start, counting.amount);
    case 'calendar-days':
      return oldEndOfDay(addDays(startDay, counting.amount, inBucharest));
    case 'cpc-days':
      return oldEndOfDay(addDays(startDay, counting.amount + 1, inBucharest));
    case 'months':
      return oldEndOfDay(addMonths(startDay, counting.amount, inBucharest));
  }
}
/** The old computeDue after its argument checks (the checks are unchanged and run first in both). */
function oldComputeDue(startAt: string, rule: Counting): { dueAt: string; shiftedFrom?: string } | { error: string } {
  const inBucharest = oldIn();
  const due = oldUnshifted(parseISO(startAt), rule);
  if (!isValid(due) || due.getTime() >= Date.UTC(9999, 11, 31)) return { error: 'computeDue: The term ends outside the supported years' };
  const dueAt = oldBucharestInstant(due);
  if (rule.shift === 'none') return { dueAt };
  const lastDay = oldBucharestDate(subMilliseconds(due, 1));
  let workingDay: string;
  try {
    workingDay = oldFirstWorkingDayFrom(lastDay);
  } catch (e) {
    return { error: (e as Error).message };
  }
  if (workingDay === lastDay) return { dueAt };
  const days = differenceInCalendarDays(parseISO(workingDay, inBucharest), parseISO(lastDay, inBucharest), inBucharest);
  return { dueAt: oldBucharestInstant(addDays(due, days, inBucharest)), shiftedFrom: dueAt };
}
// ---- End of the oracle. ----

function newComputeDue(startAt: string, rule: Counting): { dueAt: string; shiftedFrom?: string } | { error: string } {
  try {
    return computeDue(startAt, rule);
  } catch (e) {
    if (!(e instanceof DvRulesError)) throw e;
    return { error: e.message };
  }
}

const HOUR = 3_600_000;
const DAY = 86_400_000;
const FROM = Date.UTC(2011, 0, 1);
/** The first day whose 00:00 @date-fns/tz resolved on that day (see the test on days before it). */
const FIRST_SOUND_DAY = '1931-07-25';
const TO = Date.UTC(2031, 0, 1);

/** The UTC hours at which the Bucharest offset changes between two instants, found by asking tzOffset hour by hour. */
function offsetChanges(from: number, to: number): number[] {
  const out: number[] = [];
  let last = tzOffset(BUCHAREST, new Date(from));
  for (let t = from + HOUR; t <= to; t += HOUR) {
    const now = tzOffset(BUCHAREST, new Date(t));
    if (now !== last) out.push(t);
    last = now;
  }
  return out;
}

const changes = offsetChanges(FROM, TO);
/** Every 15 minutes of the 48 hours around each change: the whole local day of the change and its neighbours. */
const nearChanges = changes.flatMap((c) => Array.from({ length: 4 * 48 }, (_, i) => c - DAY + i * 15 * 60_000));

function days(from: number, to: number): string[] {
  const out: string[] = [];
  for (let t = from; t < to; t += DAY) out.push(new Date(t).toISOString().slice(0, 10));
  return out;
}

describe('Bucharest time without Intl on every call is what @date-fns/tz gave', () => {
  it('finds the 40 offset changes of 2011-2030, each on a whole UTC hour', () => {
    expect(changes).toHaveLength(40);
    for (const c of changes) expect(c % HOUR).toBe(0);
  });

  // Every 7th hour: 7 is prime to 24, so every hour of the day is met on every weekday and in every
  // month of 2011-2030 (25,000 instants); the hours around each change are all checked below, every
  // 15 minutes. (Every hour took 25 s of the suite for no case the two sets do not cover.)
  it('bucharestDate, bucharestInstant and nextMidnight agree on every 7th hour from 2011-01-01 to 2031-01-01 UTC', () => {
    const hoursOfDay = new Set<number>();
    for (let t = FROM; t <= TO; t += 7 * HOUR) {
      hoursOfDay.add(new Date(t).getUTCHours());
      const date = new Date(t);
      const iso = date.toISOString();
      expect(bucharestDate(date), iso).toBe(oldBucharestDate(date));
      expect(bucharestInstant(t), iso).toBe(oldBucharestInstant(t));
      expect(nextMidnight(iso), iso).toBe(oldNextMidnight(iso));
    }
    expect(hoursOfDay.size).toBe(24);
  });

  it('and on every 15 minutes of the two days around each DST change, written in UTC and in Bucharest time', () => {
    for (const t of nearChanges) {
      const local = oldBucharestInstant(t);
      expect(bucharestDate(local), local).toBe(oldBucharestDate(local));
      expect(bucharestDate(new Date(t).toISOString()), local).toBe(oldBucharestDate(new Date(t)));
      expect(bucharestInstant(new Date(t)), local).toBe(oldBucharestInstant(new Date(t)));
      expect(nextMidnight(local), local).toBe(oldNextMidnight(local));
    }
  });

  it('shiftDay, isWorkingDay and firstWorkingDayFrom agree on every day of 2011-2030', () => {
    for (const day of days(FROM, TO)) {
      for (const n of [-400, -31, -1, 0, 1, 2, 7, 30, 366]) expect(shiftDay(day, n), `${day} ${n}`).toBe(oldShiftDay(day, n));
      expect(isWorkingDay(day), day).toBe(oldIsWorkingDay(day));
      expect(firstWorkingDayFrom(day), day).toBe(oldFirstWorkingDayFrom(day));
    }
  });

  it('agree where the clock changed at midnight or by seconds (1891, 1931, 1932-1996), through the @date-fns/tz path', () => {
    const historic = offsetChanges(Date.UTC(1890, 0, 1), Date.UTC(1998, 0, 1));
    expect(historic.length).toBeGreaterThan(40);
    for (const c of historic) {
      for (let t = c - DAY; t <= c + DAY; t += 15 * 60_000) {
        const iso = new Date(t).toISOString();
        expect(bucharestDate(iso), iso).toBe(oldBucharestDate(iso));
        expect(bucharestInstant(t), iso).toBe(oldBucharestInstant(t));
        expect(nextMidnight(iso), iso).toBe(oldNextMidnight(iso));
      }
      const day = new Date(c).toISOString().slice(0, 10);
      for (const d of [shiftDay(day, -1), day, shiftDay(day, 1)].filter((x) => x >= FIRST_SOUND_DAY)) {
        for (const n of [-1, 0, 1, 31]) expect(shiftDay(d, n), `${d} ${n}`).toBe(oldShiftDay(d, n));
        expect(isWorkingDay(d), d).toBe(oldIsWorkingDay(d));
      }
    }
  });

  it('count days before 1931-07-25 as calendar days, where the @date-fns/tz path gave shiftDay(day, 1) === day and looped for ever', () => {
    // Until 1931-07-24 Bucharest was UTC+01:44:24; @date-fns/tz put that day's 00:00 at 23:59:36
    // of the day before, so the old shiftDay stood still and the old weekday was the day before's.
    expect(oldShiftDay('1931-07-24', 1)).toBe('1931-07-24');
    expect(oldShiftDay('1900-01-06', 1)).toBe('1900-01-06');
    expect(shiftDay('1931-07-24', 1)).toBe('1931-07-25');
    expect(shiftDay('1900-01-06', 1)).toBe('1900-01-07');
    expect(shiftDay('0500-03-01', -1)).toBe('0500-02-28');
    expect(isWorkingDay('1900-01-06')).toBe(false); // a Saturday
    expect(firstWorkingDayFrom('1900-01-06')).toBe('1900-01-08');
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1000, 0, 1) / DAY, max: Date.UTC(1931, 6, 24) / DAY }), fc.integer({ min: -800, max: 800 }), (d, n) => {
        const day = new Date(d * DAY).toISOString().slice(0, 10);
        expect(shiftDay(day, n)).toBe(new Date((d + n) * DAY).toISOString().slice(0, 10));
      }),
    );
  });

  it('write the instants of every year from 1000 to 9999 and around them as before, eras and five-digit years included', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(-1, 0, 1), max: Date.UTC(10_001, 0, 1) }), (t) => {
        expect(bucharestDate(new Date(t))).toBe(oldBucharestDate(new Date(t)));
        expect(bucharestInstant(t)).toBe(oldBucharestInstant(t));
        expect(nextMidnight(new Date(t).toISOString())).toBe(oldNextMidnight(new Date(t).toISOString()));
      }),
      { numRuns: 2000 },
    );
  });

  it('throw the same RangeError for an invalid instant', () => {
    expect(() => bucharestDate('not a date')).toThrow(RangeError);
    expect(() => oldBucharestDate('not a date')).toThrow(RangeError);
    expect(() => bucharestInstant(Number.NaN)).toThrow(RangeError);
    expect(() => nextMidnight('not a date')).toThrow(RangeError);
    expect(() => shiftDay('2025-02-30', 1)).toThrow(RangeError);
  });
});

describe('computeDue without Intl on every call is what @date-fns/tz gave', () => {
  const second = (from: number, to: number) => fc.integer({ min: from / 1000, max: to / 1000 }).map((s) => s * 1000);
  /** Month ends and leap days at times of day around midnight, where clamping and the day boundary meet. */
  const monthEnd = fc
    .record({
      year: fc.integer({ min: 2011, max: 2030 }),
      day: fc.constantFrom('01-31', '02-28', '02-29', '03-31', '04-30', '05-31', '08-31', '10-31', '12-31', '01-01', '03-01'),
      time: fc.constantFrom('00:00:00', '00:30:00', '01:59:59', '12:00:00', '22:00:00', '23:59:59'),
      offset: fc.constantFrom('+02:00', '+03:00', 'Z'),
    })
    .filter(({ year, day }) => day !== '02-29' || new Date(Date.UTC(year, 1, 29)).getUTCDate() === 29)
    .map(({ year, day, time, offset }) => new Date(`${year}-${day}T${time}${offset}`).getTime());
  const dstDay = fc.constantFrom(...changes).chain((c) => second(c - 2 * DAY, c + 2 * DAY));
  const start = fc.oneof(second(FROM, TO), dstDay, monthEnd);
  const shift = shiftArbitrary;
  const counting = countingArbitrary({ days: 800, months: 48 });
  /** The start as computeDue receives it: in UTC, or with its Bucharest offset. */
  const written = (t: number, utc: boolean) => (utc ? new Date(t).toISOString() : oldBucharestInstant(t));

  it('for fast-check starts and terms of every method and unit, with and without the shift, including month ends and DST days', () => {
    fc.assert(
      fc.property(start, counting, fc.boolean(), (t, c, utc) => {
        const at = written(t, utc);
        expect(newComputeDue(at, c), `${at} ${JSON.stringify(c)}`).toEqual(oldComputeDue(at, c));
      }),
      { numRuns: 5000 },
    );
  });

  it('for 31 January + 1 month and 29 February + 12 months in every year of 2011-2030', () => {
    for (let year = 2011; year <= 2030; year += 1) {
      const leap = new Date(Date.UTC(year, 1, 29)).getUTCDate() === 29;
      for (const at of [`${year}-01-31T10:00:00+02:00`, `${year}-01-31T00:00:00+02:00`, leap ? `${year}-02-29T23:59:59+02:00` : `${year}-02-28T23:59:59+02:00`]) {
        for (const amount of [1, 12, 13]) {
          for (const sh of ['none', 'next-working-day'] as const) {
            const c: Counting = { method: 'months', amount, unit: 'months', shift: sh };
            expect(newComputeDue(at, c), `${at} ${amount} ${sh}`).toEqual(oldComputeDue(at, c));
          }
        }
      }
    }
  });

  it('for starts from 1931-07-25 to 2011, where the clock changed at midnight', () => {
    fc.assert(
      fc.property(second(Date.UTC(1931, 6, 25), FROM), counting, fc.boolean(), (t, c, utc) => {
        const at = written(t, utc);
        expect(newComputeDue(at, c), `${at} ${JSON.stringify(c)}`).toEqual(oldComputeDue(at, c));
      }),
      { numRuns: 1500 },
    );
  });

  it('for starts before 1931-07-25 without a shift, and with one it now ends (the old path looped for ever)', () => {
    fc.assert(
      fc.property(second(Date.UTC(0, 0, 1), Date.UTC(1931, 6, 24)), counting, (t, c) => {
        const at = new Date(t).toISOString();
        const plain: Counting = { ...c, shift: 'none' };
        expect(newComputeDue(at, plain), `${at} ${JSON.stringify(plain)}`).toEqual(oldComputeDue(at, plain));
        const shifted = newComputeDue(at, { ...c, shift: 'next-working-day' });
        // Before year 1000 the holiday calendar refuses, as it always has.
        if ('error' in shifted) expect(shifted.error).toMatch(/^(romanianPublicHolidays|computeDue): /);
      }),
      { numRuns: 1000 },
    );
  });

  it('at the upper edge of the years it accepts: the same dueAt or the same refusal', () => {
    const big = fc.oneof(
      counting,
      fc.record({ method: fc.constantFrom('calendar-days' as const, 'cpc-days' as const), amount: fc.integer({ min: 1, max: 2 ** 40 }), unit: fc.constant('days' as const), shift }),
      fc.record({ method: fc.constant('months' as const), amount: fc.integer({ min: 1, max: 2 ** 40 }), unit: fc.constant('months' as const), shift }),
    );
    fc.assert(
      fc.property(fc.oneof(second(Date.UTC(9990, 0, 1), Date.UTC(9999, 11, 31, 23)), second(FROM, TO)), big, (t, c) => {
        const at = new Date(t).toISOString();
        expect(newComputeDue(at, c), `${at} ${JSON.stringify(c)}`).toEqual(oldComputeDue(at, c));
      }),
      { numRuns: 1500 },
    );
  });
});
