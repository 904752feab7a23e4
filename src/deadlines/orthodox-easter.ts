import { DvRulesError } from '../errors.js';

/**
 * Orthodox Easter Sunday of a year, as a day of the Gregorian calendar Romania uses: the feast
 * from which Good Friday, Easter Monday and Pentecost (Rusalii) are counted (Labour Code art. 139).
 *
 * The Orthodox Church keeps the Julian computus. Its date comes from Jean Meeus, *Astronomical
 * Algorithms* (2nd ed., 1998), chapter 8, "Julian calendar" method; the Julian date is then moved
 * to the Gregorian calendar by the days the two calendars have drifted apart by March of that year,
 * `floor(Y / 100) - floor(Y / 400) - 2` (13 days from 1900 to 2099, 14 from 2100). The computus is
 * defined for every year and the drift is exact for any March-May date of the proleptic Gregorian
 * calendar, so years 1000-9999 are taken; before 1583 (the first Gregorian Easter) the date is
 * proleptic, and the tests check it against a conversion through Julian day numbers.
 *
 * @param year - the year, a whole number from 1000 to 9999
 * @returns Easter Sunday as the epoch milliseconds of its UTC midnight
 * @throws DvRulesError `INVALID_CASE` for another year
 * @example
 * new Date(orthodoxEasterSunday(2025)).toISOString().slice(0, 10) //=> '2025-04-20'
 * @since 0.1.0
 */
export function orthodoxEasterSunday(year: number): number {
  if (!Number.isInteger(year) || year < 1000 || year > 9999) {
    throw new DvRulesError('INVALID_CASE', 'orthodoxEasterSunday: the year must be a whole number from 1000 to 9999', [
      { path: '$', message: 'Expected a year from 1000 to 9999' },
    ]);
  }
  // Meeus, ch. 8: a, b, c place the year in the leap, weekday and lunar (Metonic) cycles; d is
  // the days from 21 March to the Paschal full moon, e the days from there to the next Sunday.
  const a = year % 4;
  const b = year % 7;
  const c = year % 19;
  const d = (19 * c + 15) % 30;
  const e = (2 * a + 4 * b - d + 34) % 7;
  const month = Math.floor((d + e + 114) / 31); // 3 = March, 4 = April (Julian)
  const day = ((d + e + 114) % 31) + 1;
  const drift = Math.floor(year / 100) - Math.floor(year / 400) - 2;
  return Date.UTC(year, month - 1, day + drift);
}
