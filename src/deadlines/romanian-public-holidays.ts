import { DvRulesError } from '../errors.js';
import { publicHolidayParameterSchema } from '../schema/public-holiday-parameter.js';
import type { RuleSet } from '../schema/rule-set.js';
import type { LoadedRuleSet } from '../versions/parse-rule-set.js';
import { ruleSetRegistry } from '../versions/rule-set-registry.js';
import { DAY_MS, formatDay } from './calendar-day.js';
import { orthodoxEasterSunday } from './orthodox-easter.js';

/** A public holiday (zi de sărbătoare legală) as a calendar day in Europe/Bucharest. */
export interface PublicHoliday {
  date: string;
  name: string;
}

/** The shipped series of holiday lists, one rule set per change of the list. */
const SERIES = 'ro-public-holidays';

/** A holiday with where it comes from: the list (rule set) in force on its day, and its parameter there. */
interface SourcedHoliday extends PublicHoliday {
  readonly loaded: LoadedRuleSet;
  readonly parameter: string;
}

const byYear = new Map<number, { readonly list: readonly SourcedHoliday[]; readonly days: ReadonlySet<string> }>();

/** The holidays one list gives in a year, in the list's order (a day can come twice). */
function holidaysOfList(loaded: LoadedRuleSet, year: number): SourcedHoliday[] {
  const easter = orthodoxEasterSunday(year);
  const out: SourcedHoliday[] = [];
  for (const [parameter, p] of Object.entries((loaded.ruleSet as Readonly<RuleSet>).parameters)) {
    // The rule set passed checkRuleSet, which holds every parameter of its kind to this schema.
    const h = publicHolidayParameterSchema.parse(p);
    const date = h.unit === 'date' ? `${year}-${h.value}` : formatDay(easter + h.value * DAY_MS);
    if (date?.startsWith(`${year}-`)) out.push({ date, name: h.description, loaded, parameter });
  }
  return out;
}

function compute(year: number): SourcedHoliday[] {
  const lists = (ruleSetRegistry().series.get(SERIES) ?? []).filter((l) => l.ruleSet.status === 'in-force');
  const out: SourcedHoliday[] = [];
  lists.forEach((l, i) => {
    // Each list holds from its day until the day before the next. The first also holds for every
    // earlier day: before the first modelled day (2012-05-12) the library has no other list.
    const from = i === 0 ? '' : l.ruleSet.effectiveFrom;
    const until = lists[i + 1]?.ruleSet.effectiveFrom ?? '~';
    if (until <= `${year}-01-01` || from > `${year}-12-31`) return;
    for (const h of holidaysOfList(l, year)) if (h.date >= from && h.date < until) out.push(h);
  });
  // A stable sort: two holidays of one day keep the order of the list (Children's Day, then Pentecost Monday).
  return out.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

function entry(year: number): { readonly list: readonly SourcedHoliday[]; readonly days: ReadonlySet<string> } {
  if (!Number.isInteger(year) || year < 1000 || year > 9999) {
    throw new DvRulesError('INVALID_CASE', 'romanianPublicHolidays: the year must be a whole number from 1000 to 9999', [
      { path: '$', message: 'Expected a year from 1000 to 9999' },
    ]);
  }
  let found = byYear.get(year);
  if (found === undefined) {
    const list = compute(year);
    found = { list, days: new Set(list.map((h) => h.date)) };
    byYear.set(year, found);
  }
  return found;
}

/**
 * The Romanian public holidays (Labour Code art. 139) of a year, each day judged by the list in
 * force ON THAT DAY: the shipped rule sets `ro-public-holidays/<date>` (Law 147/2012 adds 30
 * November from 2012-07-27, 24 January and 1 June count from 2017, Good Friday from 2018, 6 and 7
 * January from 2024). So 2012 has 30 November 2012, and 2023 has no 6 January. A day may be
 * listed twice when two holidays fall on it (1 June 2026 is Children's Day and Pentecost Monday).
 * Days before the first modelled day, 2012-05-12, take the earliest list: an extrapolation, since
 * when those holidays entered the list is not in our sources.
 *
 * @param year - the calendar year, 1000–9999
 * @returns the holidays, sorted by day, names in Romanian
 * @throws DvRulesError `INVALID_CASE` for another year
 * @example
 * romanianPublicHolidays(2025).filter((h) => h.date.startsWith('2025-04')).map((h) => h.date)
 * //=> ['2025-04-18', '2025-04-20', '2025-04-21']
 * @since 0.1.0
 */
export function romanianPublicHolidays(year: number): PublicHoliday[] {
  return entry(year).list.map((h) => ({ date: h.date, name: h.name }));
}

/**
 * Whether a day is a public holiday by the list in force on that day (see {@link romanianPublicHolidays}).
 *
 * @param day - `YYYY-MM-DD` (already checked by the caller)
 * @returns `true` for a public holiday
 * @throws DvRulesError `INVALID_CASE` for a year outside 1000–9999
 * @example
 * isPublicHoliday('2023-01-06') //=> false (6 January is a holiday from 2024)
 * @since 0.1.0
 */
export function isPublicHoliday(day: string): boolean {
  return entry(Number(day.slice(0, 4))).days.has(day);
}

/**
 * Which list and which of its parameters make a day a public holiday, for provenance: the first
 * holiday `romanianPublicHolidays` counts on that day, with the list it was counted from.
 *
 * @param day - `YYYY-MM-DD`, a day in Europe/Bucharest
 * @returns the rule set and the parameter's name, or undefined when the day is no public holiday
 * @example
 * holidaySource('2025-01-24')?.parameter //=> 'unionOfThePrincipalities'
 * @since 0.1.0
 */
export function holidaySource(day: string): { loaded: LoadedRuleSet; parameter: string } | undefined {
  const h = entry(Number(day.slice(0, 4))).list.find((x) => x.date === day);
  return h === undefined ? undefined : { loaded: h.loaded, parameter: h.parameter };
}
