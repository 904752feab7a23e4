import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { DvRulesError } from '../../src/index.js';
import { isWorkingDay } from '../../src/index.js';
import { romanianPublicHolidays } from '../../src/index.js';

describe('isWorkingDay', () => {
  it('treats an ordinary Wednesday as a working day', () => {
    expect(isWorkingDay('2025-03-05')).toBe(true);
  });

  it('treats Saturdays and Sundays as non-working days', () => {
    expect(isWorkingDay('2025-03-08')).toBe(false);
    expect(isWorkingDay('2025-03-09')).toBe(false);
  });

  it('treats Good Friday, Orthodox Easter Monday and Pentecost Monday 2025 as non-working days', () => {
    expect(isWorkingDay('2025-04-18')).toBe(false);
    expect(isWorkingDay('2025-04-21')).toBe(false);
    expect(isWorkingDay('2025-06-09')).toBe(false);
    expect(isWorkingDay('2025-04-22')).toBe(true);
  });

  it('treats 2 January as a non-working day even though date-holidays lists only 1 January', () => {
    expect(isWorkingDay('2025-01-02')).toBe(false);
    expect(isWorkingDay('2026-01-02')).toBe(false);
  });

  it('treats 1 December and 25–26 December 2025 as non-working days', () => {
    expect(isWorkingDay('2025-12-01')).toBe(false);
    expect(isWorkingDay('2025-12-25')).toBe(false);
    expect(isWorkingDay('2025-12-26')).toBe(false);
    expect(isWorkingDay('2025-12-29')).toBe(true);
  });

  it('treats every listed public holiday of 2012–2030 as a non-working day', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2012, max: 2030 }), (year) => {
        for (const h of romanianPublicHolidays(year)) expect(isWorkingDay(h.date)).toBe(false);
      }),
      { numRuns: 30 },
    );
  });

  it('refuses a day that is not a possible YYYY-MM-DD, with the path it was given', () => {
    for (const day of ['2025-02-30', '2025-3-5', '2025-03-05T10:00:00Z', '']) {
      try {
        isWorkingDay(day, 'events[0].day');
        expect.unreachable();
      } catch (e) {
        expect(e).toBeInstanceOf(DvRulesError);
        expect((e as DvRulesError).code).toBe('INVALID_CASE');
        expect((e as DvRulesError).issues[0]?.path).toBe('events[0].day');
      }
    }
  });
});
