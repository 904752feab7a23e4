import { describe, expect, it } from 'vitest';
import { DvRulesError } from '../../src/index.js';
import { orthodoxEasterSunday } from '../../src/deadlines/orthodox-easter.js';

const day = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

/** A Julian calendar date as the epoch milliseconds of the same day, through its Julian day number. */
function julianToEpochMs(year: number, month: number, date: number): number {
  const a = Math.floor((14 - month) / 12);
  const y = year + 4800 - a;
  const m = month + 12 * a - 3;
  const jdn = date + Math.floor((153 * m + 2) / 5) + 365 * y + Math.floor(y / 4) - 32083;
  return (jdn - 2_440_588) * 86_400_000; // JDN 2 440 588 is 1970-01-01
}

describe('orthodoxEasterSunday', () => {
  it.each([
    [2012, '2012-04-15'],
    [2016, '2016-05-01'],
    [2017, '2017-04-16'],
    [2018, '2018-04-08'],
    [2020, '2020-04-19'],
    [2021, '2021-05-02'],
    [2023, '2023-04-16'],
    [2024, '2024-05-05'],
    [2025, '2025-04-20'],
    [2026, '2026-04-12'],
    [2027, '2027-05-02'],
  ])('puts Orthodox Easter %i on %s', (year, expected) => {
    expect(day(orthodoxEasterSunday(year))).toBe(expected);
  });

  it('always falls on a Sunday between 22 March and 25 April of the Julian calendar, for every year 1000-9999', () => {
    for (let year = 1000; year <= 9999; year += 1) {
      const easter = orthodoxEasterSunday(year);
      expect(new Date(easter).getUTCDay(), String(year)).toBe(0);
      const earliest = julianToEpochMs(year, 3, 22);
      const latest = julianToEpochMs(year, 4, 25);
      expect(easter >= earliest && easter <= latest, String(year)).toBe(true);
    }
  });

  it('moves the Julian date by the drift of the calendars exactly as a Julian day number conversion does, for every year 1000-9999', () => {
    for (let year = 1000; year <= 9999; year += 1) {
      const easter = new Date(orthodoxEasterSunday(year));
      // Back to the Julian date: the computus without the drift.
      const drift = Math.floor(year / 100) - Math.floor(year / 400) - 2;
      const julian = new Date(Date.UTC(year, easter.getUTCMonth(), easter.getUTCDate() - drift));
      expect(julianToEpochMs(year, julian.getUTCMonth() + 1, julian.getUTCDate()), String(year)).toBe(easter.getTime());
    }
  });

  it('repeats the Julian dates every 532 years (the Paschal cycle)', () => {
    for (let year = 1000; year + 532 <= 9999; year += 97) {
      const drift = (y: number): number => Math.floor(y / 100) - Math.floor(y / 400) - 2;
      const julian = (y: number): number => orthodoxEasterSunday(y) - drift(y) * 86_400_000;
      // The Julian month and day, read off a date labelled with them.
      const monthDay = (y: number): string => new Date(julian(y)).toISOString().slice(5, 10);
      expect(monthDay(year + 532), String(year)).toBe(monthDay(year));
    }
  });

  it('refuses a year outside 1000-9999', () => {
    for (const year of [999, 10_000, 2025.5, Number.NaN]) expect(() => orthodoxEasterSunday(year)).toThrow(DvRulesError);
  });
});
