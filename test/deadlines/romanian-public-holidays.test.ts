import { readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { DvRulesError, romanianPublicHolidays, ruleSetInForce, listRuleSets } from '../../src/index.js';
import { orthodoxEasterSunday } from '../../src/deadlines/orthodox-easter.js';

const dates = (year: number): string[] => romanianPublicHolidays(year).map((h) => h.date);
type HolidayParameters = Record<string, { unit: string; value: string | number; description: string }>;
const parametersOf = (id: string): HolidayParameters => (JSON.parse(readFileSync(`rules/${id}.json`, 'utf8')) as { parameters: HolidayParameters }).parameters;

describe('romanianPublicHolidays', () => {
  it('lists the public holidays of 2025, with 2 January read from the two-day New Year', () => {
    expect(dates(2025)).toEqual([
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

  it('gives 2012 the list before Law 147/2012 until 2012-07-26 and 30 November from 2012-07-27', () => {
    expect(dates(2012)).toEqual([
      '2012-01-01',
      '2012-01-02',
      '2012-04-15',
      '2012-04-16',
      '2012-05-01',
      '2012-06-03',
      '2012-06-04',
      '2012-08-15',
      '2012-11-30',
      '2012-12-01',
      '2012-12-25',
      '2012-12-26',
    ]);
  });

  it('uses the earliest list, without 30 November, for the years before the first modelled day (2012-05-12)', () => {
    expect(dates(2011)).toEqual(['2011-01-01', '2011-01-02', '2011-04-24', '2011-04-25', '2011-05-01', '2011-06-12', '2011-06-13', '2011-08-15', '2011-12-01', '2011-12-25', '2011-12-26']);
    expect(dates(1900)).not.toContain('1900-11-30');
  });

  it('adds 24 January and 1 June from 2017, Good Friday from 2018, 6 and 7 January from 2024, and not before', () => {
    expect(dates(2016)).not.toEqual(expect.arrayContaining(['2016-01-24']));
    expect(dates(2016)).not.toContain('2016-06-01');
    expect(dates(2017)).toEqual(expect.arrayContaining(['2017-01-24', '2017-06-01']));
    expect(dates(2017)).not.toContain('2017-04-14'); // Good Friday 2017
    expect(dates(2018)).toContain('2018-04-06'); // Good Friday 2018
    expect(dates(2023)).not.toContain('2023-01-06');
    expect(dates(2023)).not.toContain('2023-01-07');
    expect(dates(2024)).toEqual(expect.arrayContaining(['2024-01-06', '2024-01-07']));
  });

  it('on every day of 2011-2030 lists exactly the holidays of the rule set in force that day (the first one before it)', () => {
    const first = listRuleSets().find((r) => r.series === 'ro-public-holidays')!;
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(2011, 0, 1) / 86_400_000, max: Date.UTC(2030, 11, 31) / 86_400_000 }), (n) => {
        const day = new Date(n * 86_400_000).toISOString().slice(0, 10);
        const year = Number(day.slice(0, 4));
        const id = ruleSetInForce('ro-public-holidays', day)?.id ?? first.id;
        // The same holidays, read by hand from the file of the rule set in force.
        const parameters = parametersOf(id);
        const easter = orthodoxEasterSunday(year);
        const expected = Object.values(parameters)
          .filter((p) => (p.unit === 'date' ? `${year}-${p.value}` : new Date(easter + Number(p.value) * 86_400_000).toISOString().slice(0, 10)) === day)
          .map((p) => p.description);
        expect(romanianPublicHolidays(year).filter((h) => h.date === day).map((h) => h.name), day).toEqual(expected);
      }),
      { numRuns: 2000 },
    );
  });

  it('keeps both holidays when two fall on the same day (1 June 2026)', () => {
    const june1 = romanianPublicHolidays(2026).filter((h) => h.date === '2026-06-01');
    expect(june1.map((h) => h.name)).toEqual(['Ziua Copilului', 'A doua zi de Rusalii']);
  });

  it('follows the Orthodox Easter date from year to year', () => {
    const easterMonday = (year: number) => romanianPublicHolidays(year).find((h) => h.name === 'A doua zi de Paști')?.date;
    expect(easterMonday(2025)).toBe('2025-04-21');
    expect(easterMonday(2026)).toBe('2026-04-13');
  });

  it('leaves observances such as Mother’s Day and Constitution Day out', () => {
    expect(dates(2025)).not.toContain('2025-03-08');
    expect(dates(2025)).not.toContain('2025-12-08');
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
