import { describe, it, expect } from 'vitest';
import { DvRulesError } from '../../src/index.js';
import { romanianPublicHolidays } from '../../src/index.js';

describe('romanianPublicHolidays', () => {
  it('lists the public holidays of 2025, with 2 January read from the two-day New Year', () => {
    expect(romanianPublicHolidays(2025).map((h) => h.date)).toEqual([
      '2025-01-01',
      '2025-01-02',
      '2025-01-06',
      '2025-01-07',
      '2025-01-24',
      '2025-04-18',
      '2025-04-20',
      '2025-04-21',
      '2025-05-01',
      '2025-06-01',
      '2025-06-08',
      '2025-06-09',
      '2025-08-15',
      '2025-11-30',
      '2025-12-01',
      '2025-12-25',
      '2025-12-26',
    ]);
  });

  it('keeps both holidays when two fall on the same day (1 June 2026)', () => {
    const june1 = romanianPublicHolidays(2026).filter((h) => h.date === '2026-06-01');
    expect(june1.map((h) => h.name).sort()).toEqual(['A doua zi de Rusalii', 'Ziua Copilului']);
  });

  it('follows the Orthodox Easter date from year to year', () => {
    const easterMonday = (year: number) => romanianPublicHolidays(year).find((h) => h.name === 'A doua zi de Paști')?.date;
    expect(easterMonday(2025)).toBe('2025-04-21');
    expect(easterMonday(2026)).toBe('2026-04-13');
  });

  it('leaves observances such as Mother’s Day and Constitution Day out', () => {
    const dates = romanianPublicHolidays(2025).map((h) => h.date);
    expect(dates).not.toContain('2025-03-08');
    expect(dates).not.toContain('2025-12-08');
  });

  it('returns a fresh list each time, so a caller cannot change the cached one', () => {
    const first = romanianPublicHolidays(2025);
    first.length = 0;
    expect(romanianPublicHolidays(2025)).toHaveLength(17);
  });

  it('refuses a year that is not a whole four-digit number', () => {
    for (const year of [2025.5, 999, 10000, Number.NaN]) {
      expect(() => romanianPublicHolidays(year)).toThrow(DvRulesError);
    }
  });
});
