import Holidays from 'date-holidays';
import { DvRulesError } from '../errors.js';
import { bucharestDate } from './bucharest.js';
import { shiftDay } from './shift-day.js';

/** A public holiday (zi de sărbătoare legală) as a calendar day in Europe/Bucharest. */
export interface PublicHoliday {
  date: string;
  name: string;
}

// Building the rule set of date-holidays parses its whole country data; a module-level
// `new Holidays()` would pay that on import even for callers that never count a deadline.
let holidays: Holidays | undefined;
const byYear = new Map<number, readonly PublicHoliday[]>();

function instance(): Holidays {
  holidays ??= new Holidays('RO', { types: ['public'] });
  return holidays;
}

function compute(year: number): readonly PublicHoliday[] {
  const out: PublicHoliday[] = [];
  const seen = new Set<string>();
  for (const h of instance().getHolidays(year, 'ro')) {
    if (h.type !== 'public') continue;
    // date-holidays models 1–2 January as ONE holiday lasting two days (`date` names only the
    // first), so the days are read from the [start, end) interval, not from `date`.
    const last = bucharestDate(h.end);
    for (let day = bucharestDate(h.start); day < last; day = shiftDay(day, 1)) {
      const key = `${day}|${h.name}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ date: day, name: h.name });
    }
  }
  out.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return out;
}

/**
 * The Romanian public holidays (Labour Code art. 139) of a year, as the `date-holidays` package
 * knows them. A day may be listed twice when two holidays fall on it (e.g. 1 June 2026 is both
 * Children's Day and Pentecost Monday). The package lists today's holidays for every year: it
 * does not know when a holiday was introduced (e.g. 6–7 January only since 2024).
 *
 * @param year - the calendar year, 1000–9999
 * @returns the holidays, sorted by day, names in Romanian
 * @example
 * romanianPublicHolidays(2025).filter((h) => h.date.startsWith('2025-04')).map((h) => h.date)
 * //=> ['2025-04-18', '2025-04-20', '2025-04-21']
 * @since 0.1.0
 */
export function romanianPublicHolidays(year: number): PublicHoliday[] {
  if (!Number.isInteger(year) || year < 1000 || year > 9999) {
    throw new DvRulesError('INVALID_CASE', 'romanianPublicHolidays: the year must be a whole number from 1000 to 9999', [
      { path: '$', message: 'Expected a year from 1000 to 9999' },
    ]);
  }
  let list = byYear.get(year);
  if (list === undefined) {
    list = compute(year);
    byYear.set(year, list);
  }
  return list.map((h) => ({ ...h }));
}
