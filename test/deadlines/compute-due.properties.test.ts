import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { format } from 'date-fns/format';
import { tz } from '@date-fns/tz';
import { computeDue } from '../../src/index.js';
import { BUCHAREST, bucharestDate } from '../../src/deadlines/bucharest.js';
import { isWorkingDay } from '../../src/index.js';
import { shiftDay } from '../../src/deadlines/shift-day.js';
import { countingArbitrary } from '../support/counting-arbitrary.js';

const inBucharest = { in: tz(BUCHAREST) };

/** Whole-second instants, since `dueAt` has seconds precision. */
const secondsBetween = (from: string, to: string) =>
  fc.integer({ min: Date.parse(from) / 1000, max: Date.parse(to) / 1000 }).map((s) => new Date(s * 1000));

const instant = secondsBetween('2012-01-01T00:00:00Z', '2030-12-31T00:00:00Z');
const nearDstChange = fc.oneof(
  secondsBetween('2025-03-20T00:00:00Z', '2025-03-31T00:00:00Z'),
  secondsBetween('2025-10-16T00:00:00Z', '2025-10-27T00:00:00Z'),
);

/** The same instant written in UTC or with its Bucharest offset. */
const written = (d: Date, asUtc: boolean) => (asUtc ? d.toISOString() : format(d, "yyyy-MM-dd'T'HH:mm:ssXXX", inBucharest));

const counting = countingArbitrary({ days: 400, months: 36 });

/** The Bucharest day on which a term ends: for a 00:00 `dueAt` (24:00), the day before. */
const lastDayOf = (dueAt: string) => bucharestDate(new Date(Date.parse(dueAt) - 1));

describe('computeDue properties', () => {
  it('always ends after its start', () => {
    fc.assert(
      fc.property(instant, counting, fc.boolean(), (start, c, asUtc) => {
        expect(Date.parse(computeDue(written(start, asUtc), c).dueAt)).toBeGreaterThan(start.getTime());
      }),
    );
  });

  it('ends elapsed hours exactly N × 3600 s after the start, across the DST changes of 2025 and any instant of 2012–2030', () => {
    fc.assert(
      fc.property(fc.oneof(nearDstChange, instant), fc.integer({ min: 1, max: 500 }), fc.boolean(), (start, n, asUtc) => {
        const { dueAt } = computeDue(written(start, asUtc), { method: 'elapsed', amount: n, unit: 'hours', shift: 'none' });
        expect(Date.parse(dueAt) - start.getTime()).toBe(n * 3_600_000);
      }),
    );
  });

  it('ends elapsed minutes exactly N × 60 s after the start', () => {
    fc.assert(
      fc.property(fc.oneof(nearDstChange, instant), fc.integer({ min: 1, max: 20_000 }), (start, n) => {
        const { dueAt } = computeDue(start.toISOString(), { method: 'elapsed', amount: n, unit: 'minutes', shift: 'none' });
        expect(Date.parse(dueAt) - start.getTime()).toBe(n * 60_000);
      }),
    );
  });

  it('ends every day-counted term at 24:00 Bucharest time, written as 00:00 of the next day', () => {
    fc.assert(
      fc.property(instant, counting.filter((c) => c.method !== 'elapsed'), (start, c) => {
        expect(computeDue(start.toISOString(), c).dueAt).toMatch(/T00:00:00\+0[23]:00$/);
      }),
    );
  });

  it('ends calendar days at the end of day N and free days at the end of day N + 1 after the start day', () => {
    fc.assert(
      fc.property(fc.oneof(nearDstChange, instant), fc.integer({ min: 1, max: 400 }), (start, n) => {
        const startDay = bucharestDate(start);
        const calendar = computeDue(start.toISOString(), { method: 'calendar-days', amount: n, unit: 'days', shift: 'none' });
        const cpc = computeDue(start.toISOString(), { method: 'cpc-days', amount: n, unit: 'days', shift: 'none' });
        expect(lastDayOf(calendar.dueAt)).toBe(shiftDay(startDay, n));
        expect(lastDayOf(cpc.dueAt)).toBe(shiftDay(startDay, n + 1));
      }),
    );
  });

  it('ends months on the corresponding day, or on the last day of a month that has none', () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: 1, max: 36 }), (start, n) => {
        const [y, m, d] = bucharestDate(start).split('-').map(Number) as [number, number, number];
        const monthIndex = y * 12 + (m - 1) + n;
        const year = Math.floor(monthIndex / 12);
        const month = (monthIndex % 12) + 1;
        // Plain calendar arithmetic in UTC, independent of the code under test: day 0 of the next month.
        const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
        const expected = `${year}-${String(month).padStart(2, '0')}-${String(Math.min(d, daysInMonth)).padStart(2, '0')}`;
        const { dueAt } = computeDue(start.toISOString(), { method: 'months', amount: n, unit: 'months', shift: 'none' });
        expect(lastDayOf(dueAt)).toBe(expected);
      }),
    );
  });

  it('never ends a shifted term on a weekend or a public holiday', () => {
    fc.assert(
      fc.property(instant, counting.map((c) => ({ ...c, shift: 'next-working-day' as const })), (start, c) => {
        const lastDay = lastDayOf(computeDue(start.toISOString(), c).dueAt);
        expect(['6', '7']).not.toContain(format(new Date(Date.parse(`${lastDay}T12:00:00Z`)), 'i'));
        expect(isWorkingDay(lastDay)).toBe(true);
      }),
    );
  });

  it('shifts only past non-working days, and says so in shiftedFrom', () => {
    fc.assert(
      fc.property(instant, counting, (start, c) => {
        const plain = computeDue(start.toISOString(), { ...c, shift: 'none' });
        const shifted = computeDue(start.toISOString(), { ...c, shift: 'next-working-day' });
        if (shifted.shiftedFrom === undefined) {
          expect(shifted.dueAt).toBe(plain.dueAt);
          expect(isWorkingDay(lastDayOf(plain.dueAt))).toBe(true);
        } else {
          expect(shifted.shiftedFrom).toBe(plain.dueAt);
          expect(isWorkingDay(lastDayOf(plain.dueAt))).toBe(false);
          expect(Date.parse(shifted.dueAt)).toBeGreaterThan(Date.parse(plain.dueAt));
          // Every day between the unshifted last day and the new one is a non-working day.
          for (let d = lastDayOf(plain.dueAt); d < lastDayOf(shifted.dueAt); d = shiftDay(d, 1)) expect(isWorkingDay(d)).toBe(false);
        }
      }),
    );
  });

  it('never ends earlier for a later start (except elapsed terms with a shift, see the examples)', () => {
    const monotone = counting.filter((c) => !(c.method === 'elapsed' && c.shift === 'next-working-day'));
    fc.assert(
      fc.property(instant, fc.integer({ min: 0, max: 40 * 86_400 }), monotone, (start, laterBySeconds, c) => {
        const later = new Date(start.getTime() + laterBySeconds * 1000);
        const a = Date.parse(computeDue(start.toISOString(), c).dueAt);
        const b = Date.parse(computeDue(later.toISOString(), c).dueAt);
        expect(b).toBeGreaterThanOrEqual(a);
      }),
    );
  });

  it('gives the same answer every time, whichever offset the start is written with', () => {
    fc.assert(
      fc.property(instant, counting, (start, c) => {
        const first = computeDue(start.toISOString(), c);
        expect(computeDue(start.toISOString(), c)).toEqual(first);
        expect(computeDue(written(start, false), c)).toEqual(first);
      }),
    );
  });
});
