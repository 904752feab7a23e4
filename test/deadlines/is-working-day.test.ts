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

  it('treats 2 January as a non-working day', () => {
    expect(isWorkingDay('2025-01-02')).toBe(false);
    expect(isWorkingDay('2026-01-02')).toBe(false);
  });

  it('treats 1 December and 25–26 December 2025 as non-working days', () => {
    expect(isWorkingDay('2025-12-01')).toBe(false);
    expect(isWorkingDay('2025-12-25')).toBe(false);
    expect(isWorkingDay('2025-12-26')).toBe(false);
    expect(isWorkingDay('2025-12-29')).toBe(true);
  });

  it('judges each day by the holiday list in force on it', () => {
    expect(isWorkingDay('2023-01-06')).toBe(true); // 6 January is a holiday from 2024 (Law 52/2023)
    expect(isWorkingDay('2025-01-06')).toBe(false);
    expect(isWorkingDay('2017-04-14')).toBe(true); // Good Friday counts from 2018
    expect(isWorkingDay('2018-04-06')).toBe(false);
    expect(isWorkingDay('2016-06-01')).toBe(true); // 1 June and 24 January count from 2017
    expect(isWorkingDay('2017-06-01')).toBe(false);
    expect(isWorkingDay('2014-01-24')).toBe(true);
    expect(isWorkingDay('2017-01-24')).toBe(false);
    expect(isWorkingDay('2012-11-30')).toBe(false); // 30 November counts from 2012-07-27 (Law 147/2012)
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
