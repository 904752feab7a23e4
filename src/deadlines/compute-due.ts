import { addDays } from 'date-fns/addDays';
import { addMonths } from 'date-fns/addMonths';
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import { isValid } from 'date-fns/isValid';
import { parseISO } from 'date-fns/parseISO';
import { startOfDay } from 'date-fns/startOfDay';
import { tz } from '@date-fns/tz';
import { z } from 'zod';
import { DvRulesError, issuesFromZod } from '../errors.js';
import { isoDateTimeSchema } from '../schema/dates.js';
import { BUCHAREST, bucharestDate, bucharestInstant } from './bucharest.js';
import { fromBucharestWall, startOfBucharestDay, toBucharestWall } from './bucharest-wall-clock.js';
import { DAY_MS, formatDay, parseDay } from './calendar-day.js';
import { countingMethodSchema, countingSchema, unitsOf, type Counting } from './counting.js';
import { firstWorkingDayFrom } from './first-working-day-from.js';
import { instantMs } from './instant-ms.js';

/** When a term ends, as computed by {@link computeDue}. */
export interface Due {
  /** The first instant after the term, Bucharest local time with offset, e.g. `2025-02-10T00:00:00+02:00`. */
  dueAt: string;
  /** The `dueAt` the term would have had without the shift, present only when it moved. */
  shiftedFrom?: string;
}

// ISO 8601 lets the seconds go; the case schema wants them, but a term started at "10:00" is
// the same term, so both precisions are taken here.
const startAtSchema = z.union([isoDateTimeSchema, z.iso.datetime({ offset: true, precision: -1 })]);

/**
 * 24:00 of the Bucharest day on which `date` falls, which is 00:00 of the day after. A date past
 * what a Date can hold (a user rule set's term of 10^9 days) stays invalid, for the caller's
 * range check, instead of throwing a RangeError from the formatter.
 */
function endOfDay(date: Date): Date {
  if (!isValid(date)) return date;
  const fast = endOfDayFast(toBucharestWall(date.getTime()));
  if (fast !== undefined) return new Date(fast);
  const inBucharest = { in: tz(BUCHAREST) };
  return startOfDay(addDays(parseISO(bucharestDate(date), inBucharest), 1, inBucharest), inBucharest);
}

/**
 * {@link endOfDay} for a wall time, without @date-fns/tz: the wall times the date-fns path passes
 * through (the day's 02:00 and 00:00, the next day's 00:00) must all be clear of an offset change.
 */
function endOfDayFast(wall: number): number | undefined {
  const day = Math.floor(wall / DAY_MS) * DAY_MS;
  if (formatDay(day) === undefined || startOfBucharestDay(day) === undefined) return undefined;
  return fromBucharestWall(day + DAY_MS);
}

type DayMethod = Exclude<Counting['method'], 'elapsed'>;

function unshifted(start: Date, counting: Counting): Date {
  const { method, amount } = counting;
  if (method === 'elapsed') {
    // Milliseconds added to the instant (as date-fns' addHours/addMinutes add them), so a DST
    // change shortens or lengthens nothing: 120 h are 432 000 s whatever the wall clock does meanwhile.
    return new Date(start.getTime() + amount * (counting.unit === 'minutes' ? 60_000 : 3_600_000));
  }
  const fast = unshiftedFast(start, method, amount);
  return fast === undefined ? unshiftedInZone(start, method, amount) : new Date(fast);
}

/**
 * The day terms by calendar arithmetic on the Bucharest wall clock; `undefined` where a wall
 * time on the way is near an offset change or outside years 1000-9999, for {@link unshiftedInZone}.
 */
function unshiftedFast(start: Date, method: DayMethod, amount: number): number | undefined {
  const startDay = Math.floor(toBucharestWall(start.getTime()) / DAY_MS) * DAY_MS;
  if (formatDay(startDay) === undefined || startOfBucharestDay(startDay) === undefined) return undefined;
  let lastDay: number;
  if (method === 'months') {
    const s = new Date(startDay);
    // addMonths first goes to the last day of the target month, then back to the same day of
    // the month if that month has it: CPC art. 181 pt. 3 (31 August + 6 months = 28 February).
    const endOfMonth = Date.UTC(s.getUTCFullYear(), s.getUTCMonth() + amount + 1, 0);
    if (formatDay(endOfMonth) === undefined || fromBucharestWall(endOfMonth) === undefined) return undefined;
    const e = new Date(endOfMonth);
    lastDay = s.getUTCDate() >= e.getUTCDate() ? endOfMonth : Date.UTC(e.getUTCFullYear(), e.getUTCMonth(), s.getUTCDate());
  } else {
    // CPC art. 181 pt. 2: a cpc-days term leaves day N + 1 as the last day (see unshiftedInZone).
    lastDay = startDay + (method === 'cpc-days' ? amount + 1 : amount) * DAY_MS;
  }
  return endOfDayFast(lastDay);
}

/** The day terms through date-fns and @date-fns/tz: the reference, taken near an offset change. */
function unshiftedInZone(start: Date, method: DayMethod, amount: number): Date {
  const inBucharest = { in: tz(BUCHAREST) };
  const startDay = parseISO(bucharestDate(start), inBucharest);
  switch (method) {
    case 'calendar-days':
      return endOfDay(addDays(startDay, amount, inBucharest));
    case 'cpc-days':
      // CPC art. 181 pt. 2: neither the day the term starts nor the day it is fulfilled counts,
      // so N free days leave day N + 1 as the last day on which the act can still be done.
      return endOfDay(addDays(startDay, amount + 1, inBucharest));
    case 'months':
      // CPC art. 181 pt. 3: the corresponding day of the last month, or that month's last day;
      // addMonths clamps (31 August + 6 months = 28 February) exactly so.
      return endOfDay(addMonths(startDay, amount, inBucharest));
  }
}

/**
 * `due` moved by whole days from `lastDay` to `workingDay`, keeping its wall-clock time: 00:00
 * stays 00:00 (24:00 of the working day), 10:00 on Saturday becomes 10:00 on Monday.
 */
function moveToWorkingDay(due: Date, lastDay: string, workingDay: string): number {
  const from = parseDay(lastDay);
  const to = parseDay(workingDay);
  if (from !== undefined && to !== undefined && startOfBucharestDay(from) !== undefined && startOfBucharestDay(to) !== undefined) {
    const moved = fromBucharestWall(toBucharestWall(due.getTime()) + (to - from));
    if (moved !== undefined) return moved;
  }
  const inBucharest = { in: tz(BUCHAREST) };
  const days = differenceInCalendarDays(parseISO(workingDay, inBucharest), parseISO(lastDay, inBucharest), inBucharest);
  return addDays(due, days, inBucharest).getTime();
}

function invalidStart(path: string, message: string): DvRulesError {
  return new DvRulesError('INVALID_CASE', `computeDue: ${message}`, [{ path, message }]);
}

/**
 * When a term ends, read in Europe/Bucharest.
 *
 * `dueAt` is the first instant AFTER the term: the act is in time strictly before it. A term
 * that ends "at 24:00" of day D (calendar-days, cpc-days, months) is written as 00:00 of day
 * D + 1, so `2025-02-10T00:00:00+02:00` means "until the end of 9 February 2025".
 *
 * - `elapsed`: exactly N minutes or N hours of physical time after the start instant, even
 *   across a change of daylight-saving time.
 * - `calendar-days`: the start day is day 0; the term ends at 24:00 of day N.
 * - `cpc-days` (CPC art. 181 pt. 2, "zile libere"): neither the start day nor the last day
 *   counts; the term ends at 24:00 of day N + 1.
 * - `months` (CPC art. 181 pt. 3): ends at 24:00 of the same day of the month N months later,
 *   or of that month's last day when it has no such day.
 * - `shift: 'next-working-day'` (CPC art. 181 para. (2)): when the last day of the term (the
 *   Bucharest day of the last instant before `dueAt`, so the day before a 00:00 `dueAt`) is a
 *   Saturday, a Sunday or a public holiday, the term runs on to the end of the next working
 *   day. For `elapsed` terms the law says nothing; our interpretation keeps the local clock time
 *   and moves `dueAt` to the next working day (Saturday 10:00 becomes Monday 10:00). The
 *   target day is never a DST-change day, since those are Sundays. This makes elapsed terms
 *   with a shift non-monotone: a later start can end earlier.
 *
 * Fractions of a second are dropped from `dueAt`.
 *
 * @param startAt - the instant the term starts, ISO 8601 with an offset (`Z` or `±hh:mm`)
 * @param counting - how to count (see {@link countingSchema})
 * @param path - where `startAt` sits in the caller's document, for the error (default `$`)
 * @returns `dueAt`, and `shiftedFrom` when the end was moved past non-working days
 * @throws DvRulesError `INVALID_CASE` for a start that is not an ISO 8601 instant with offset or
 *   a possible date, or a term that ends after year 9999; `INVALID_RULE_SET` for a bad counting
 * @example
 * computeDue('2025-01-10T15:00:00+02:00', { method: 'calendar-days', amount: 30, unit: 'days', shift: 'none' })
 * //=> { dueAt: '2025-02-10T00:00:00+02:00' } (the end of 9 February 2025)
 * @since 0.1.0
 */
export function computeDue(startAt: string, counting: Counting, path = '$'): Due {
  if (typeof startAt !== 'string' || !startAtSchema.safeParse(startAt).success) {
    throw invalidStart(path, 'Expected an ISO 8601 date-time with an offset (Z or ±hh:mm)');
  }
  const start = parseISO(startAt);
  if (!isValid(start)) throw invalidStart(path, 'Expected a possible date and time');

  const parsed = countingSchema.safeParse(counting);
  if (!parsed.success) {
    throw new DvRulesError(
      'INVALID_RULE_SET',
      'computeDue: the counting rule is not valid',
      issuesFromZod(parsed.error).map((i) => ({ ...i, path: i.path === '$' ? 'counting' : `counting.${i.path}` })),
    );
  }
  return dueFrom(start, parsed.data, path);
}

/**
 * {@link computeDue} for a start the case schema has already accepted (an event of a validated
 * case): the case clock computes a dozen terms per case, and checking each start and counting
 * rule again through zod was a large part of its cost. A counting rule that is not plainly valid,
 * or a start with a fraction of a second (which `parseISO` and `Date.parse` might round apart),
 * takes {@link computeDue} itself, so every refusal and every instant stay exactly its own.
 *
 * @param startAt - an instant `caseSchema` accepted (ISO 8601 with an offset)
 * @param counting - how to count
 * @param path - where `startAt` sits in the case, for the error
 * @returns what {@link computeDue} returns
 * @throws DvRulesError as {@link computeDue}
 * @example
 * computeCaseDue('2025-01-10T15:00:00+02:00', { method: 'calendar-days', amount: 30, unit: 'days', shift: 'none' }, 'events.caseRegisteredAt')
 * //=> { dueAt: '2025-02-10T00:00:00+02:00' }
 * @since 0.1.0
 */
export function computeCaseDue(startAt: string, counting: Counting, path: string): Due {
  if (!plainlyValid(counting) || startAt.includes('.')) return computeDue(startAt, counting, path);
  const ms = instantMs(startAt);
  if (!Number.isFinite(ms)) return computeDue(startAt, counting, path);
  return dueFrom(new Date(ms), counting, path);
}

const METHODS: ReadonlySet<unknown> = new Set(countingMethodSchema.options);
const SHIFTS: ReadonlySet<unknown> = new Set(['none', 'next-working-day']);

/** What `countingSchema` accepts, checked by hand for the common case (anything else goes to zod, for its issues). */
function plainlyValid(c: Counting): boolean {
  if (typeof c !== 'object' || c === null || Object.getPrototypeOf(c) !== Object.prototype) return false;
  let keys = 0;
  for (const _ in c) keys++;
  return keys === 4 && METHODS.has(c.method) && Number.isSafeInteger(c.amount) && c.amount > 0 && SHIFTS.has(c.shift)
    && typeof c.unit === 'string' && unitsOf[c.method].includes(c.unit);
}

/** The end of a term from a parsed start and a valid counting rule. */
function dueFrom(start: Date, rule: Counting, path: string): Due {
  const due = unshifted(start, rule);
  // Beyond year 9999 the output format and the holiday calendar both stop making sense.
  // `isValid` of date-fns, without the copy of the Date it makes to read the time.
  const dueMs = due.getTime();
  if (Number.isNaN(dueMs) || dueMs >= Date.UTC(9999, 11, 31)) {
    throw invalidStart(path, 'The term ends outside the supported years');
  }
  const dueAt = bucharestInstant(due);
  if (rule.shift === 'none') return { dueAt };

  const lastDay = bucharestDate(new Date(due.getTime() - 1));
  const workingDay = firstWorkingDayFrom(lastDay);
  if (workingDay === lastDay) return { dueAt };
  return { dueAt: bucharestInstant(moveToWorkingDay(due, lastDay, workingDay)), shiftedFrom: dueAt };
}
