import type { Case } from '../schema/case.js';
import type { DeadlineDeclaration, Parameter } from '../schema/rule-set.js';
import type { DeadlineResult, ProvisionalOrderResult } from '../schema/result.js';
import type { LoadedRuleSet } from '../versions/parse-rule-set.js';
import { bucharestDate, bucharestInstant } from './bucharest.js';
import { computeCaseDue, computeDue } from './compute-due.js';
import type { Counting } from './counting.js';
import { markAssumed } from '../versions/mark-assumed.js';
import { holidaySource } from './romanian-public-holidays.js';
import { shiftDay } from './shift-day.js';
import { nextMidnight } from './next-midnight.js';
import { wallClockHoursDue } from './wall-clock-hours.js';
import { deepFreeze } from '../versions/deep-freeze.js';
import { instantMs } from './instant-ms.js';

/** How open counting questions are settled; the defaults are documented in docs/deadlines.md. */
export interface CountingChoices {
  /** `clock` (default): hour terms run from the event's clock time; `next-midnight`: from 00:00 of the next day (CPC art. 181 pt. 1). */
  hourTermStart: 'clock' | 'next-midnight';
  /** `as-declared` (default): shift only where the rule set says; `next-working-day`: shift every procedural deadline. */
  workingDayShift: 'as-declared' | 'next-working-day';
  /**
   * An order's hours across a clock change: `later` (default: the later of the two readings, which
   * never shortens protection), `elapsed` (physical hours) or `wall-clock` (the same hour, N/24 days on).
   */
  provisionalOrderHours: 'later' | 'elapsed' | 'wall-clock';
}

/**
 * What the case clock reads of a rule set, so that `provenance` lists it: a deadline's amount
 * parameter (shown in every deadline), and each counting method applied (a deadline computed
 * from its start event; a not-applicable one counted nothing). `EvaluationContext` is one.
 */
export interface DeadlineReads {
  param(loaded: LoadedRuleSet, name: string): Parameter | undefined;
  counted(loaded: LoadedRuleSet, deadlineId: string): void;
  /** A public holiday that moved a term's end: its list is used, the holiday read. */
  holiday(loaded: LoadedRuleSet, name: string): void;
}

/**
 * The case clock: every deadline the given rule sets declare, computed from the case's events in
 * Europe/Bucharest, with its status as of `asOf` (no wall-clock time is read), sorted by due time.
 *
 * @param c - the validated case
 * @param sources - the rule sets whose deadlines apply (the provisional order's, the court order's, case management's)
 * @param provisionalOrder - the provisional-order decision (an order open until judgment has no 120-hour end)
 * @param asOf - the instant statuses are judged at, or undefined
 * @param choices - the counting choices
 * @param reads - records the parameters read and the counting methods applied
 * @returns the deadlines, sorted by `dueAt` (open or not-applicable ones last)
 * @example
 * computeCaseDeadlines(c, [opp2018], po, '2025-03-30T12:00:00+03:00', defaults, ctx)[0]
 * //=> { id: 'opp-to-prosecutor', dueAt: '2025-03-29T10:00:00+02:00', status: 'met', … }
 * @since 0.1.0
 */
export function computeCaseDeadlines(
  c: Case,
  sources: readonly LoadedRuleSet[],
  provisionalOrder: ProvisionalOrderResult,
  asOf: string | undefined,
  choices: CountingChoices,
  reads: DeadlineReads,
): DeadlineResult[] {
  const out: DeadlineResult[] = [];
  for (const loaded of sources) {
    for (const d of loaded.ruleSet.deadlines ?? []) {
      const made = one(c, loaded, d, provisionalOrder, asOf, choices, reads);
      if (made.status !== 'not-applicable') reads.counted(loaded, d.id);
      out.push(made);
    }
  }
  // By due time, each read once, then by id; a stable insertion sort (a dozen deadlines) over the
  // deadlines and their times side by side gives what a stable sort by the same order gives.
  const at = out.map((d) => (d.dueAt === null ? Number.POSITIVE_INFINITY : instantMs(d.dueAt)));
  for (let i = 1; i < out.length; i++) {
    const d = out[i]!;
    const t = at[i]!;
    let j = i - 1;
    while (j >= 0 && (at[j]! > t || (at[j] === t && out[j]!.id.localeCompare(d.id) > 0))) {
      out[j + 1] = out[j]!;
      at[j + 1] = at[j]!;
      j--;
    }
    out[j + 1] = d;
    at[j + 1] = t;
  }
  return out;
}

const notApplicable = new WeakMap<LoadedRuleSet, Map<string, DeadlineResult>>();

/** The parts of a deadline that depend on its rule set alone, not on the case: made once, frozen, shared. */
interface Declared {
  readonly citation: DeadlineResult['citation'];
  /** The citation when the order stays in force until the judgment: the rule that keeps it open. */
  readonly untilCitation: DeadlineResult['citation'];
  readonly provenance: DeadlineResult['provenance'];
  /** The counting block, by amount, shift and start (a few per deadline). */
  readonly countings: Map<string, DeadlineResult['counting']>;
  /** The counting block last given, and the counting rule the due time is computed by: most deadlines have one. */
  last?: { amount: number; shift: DeadlineResult['counting']['shift']; nextMidnightStart: boolean; counting: DeadlineResult['counting']; rule: Counting };
}
const declaredOf = new WeakMap<LoadedRuleSet, Map<string, Declared>>();

function declared(loaded: LoadedRuleSet, d: DeadlineDeclaration, param: Parameter): Declared {
  let byId = declaredOf.get(loaded);
  if (!byId) {
    byId = new Map();
    declaredOf.set(loaded, byId);
  }
  let found = byId.get(d.id);
  if (!found) {
    const untilRule = d.id === 'opp-end' ? loaded.ruleSet.rules.find((r) => r.event.type === 'until-judgment') : undefined;
    found = {
      citation: deepFreeze({ ...d.citation }),
      untilCitation: deepFreeze({ ...(untilRule?.citation ?? d.citation) }),
      provenance: deepFreeze(deadlineProvenance(loaded, d.counting.amount.param, param)),
      countings: new Map(),
    };
    byId.set(d.id, found);
  }
  return found;
}

function countingOf(parts: Declared, d: DeadlineDeclaration, amount: number, shift: DeadlineResult['counting']['shift'], nextMidnightStart: boolean): DeadlineResult['counting'] {
  const key = `${amount}|${shift}|${nextMidnightStart}`;
  let counting = parts.countings.get(key);
  if (!counting) {
    counting = deepFreeze({
      method: d.counting.method,
      amount,
      unit: d.counting.unit,
      shift,
      startsAt: nextMidnightStart ? ('next-midnight' as const) : ('start-instant' as const),
      timeZone: 'Europe/Bucharest' as const,
      status: d.status,
      // The note describes the rule set's own reading; where an option chose the other, it says so.
      ...(d.note === undefined ? {} : { note: shift !== d.counting.shift || nextMidnightStart ? `${d.note} This result applies the other reading, as its options ask.` : d.note }),
    });
    // A user rule set's deadline may take any number of amounts from the cases: keep a few.
    if (parts.countings.size < 64) parts.countings.set(key, counting);
  }
  return counting;
}

function one(
  c: Case,
  loaded: LoadedRuleSet,
  d: DeadlineDeclaration,
  provisionalOrder: ProvisionalOrderResult,
  asOf: string | undefined,
  choices: CountingChoices,
  reads: DeadlineReads,
): DeadlineResult {
  const rs = loaded.ruleSet;
  const ev = c.events ?? {};
  const param = reads.param(loaded, d.counting.amount.param)!;
  let amount = param.value as number;
  // The months a judgment set (checked against the law's maximum by decideProtectionOrder).
  const fromCase = d.amountFromCase === undefined ? undefined : ev[d.amountFromCase];
  if (fromCase !== undefined) amount = fromCase;
  const procedural = d.kind !== 'expiry';
  const nextMidnightStart = procedural && choices.hourTermStart === 'next-midnight' && d.counting.unit === 'hours';
  // Minute terms are emergency response times (the mobile team's 90 minutes), not procedural
  // terms: a Saturday-evening alert is not due on Monday.
  const shiftable = procedural && d.counting.unit !== 'minutes';
  const shift = shiftable && choices.workingDayShift === 'next-working-day' ? 'next-working-day' : d.counting.shift;
  const { startEvent, startAt } = earliestStart(ev, d);
  // An order the prosecutor filed stays in force until the first-instance judgment (Law 232/2025):
  // then the order's end is cited to the rule that keeps it open, not to the 120 hours.
  const untilJudgment = d.id === 'opp-end' && provisionalOrder.duration !== null && 'until' in provisionalOrder.duration;
  // A deadline whose start event the case lacks is the same for every such case: made once, frozen, shared.
  let idleOf: Map<string, DeadlineResult> | undefined;
  let idleKey: string | undefined;
  if (startAt === null) {
    idleKey = `${d.id}|${amount}|${shift}|${nextMidnightStart}|${untilJudgment}`;
    idleOf = notApplicable.get(loaded);
    if (!idleOf) {
      idleOf = new Map();
      notApplicable.set(loaded, idleOf);
    }
    const idle = idleOf.get(idleKey);
    if (idle) return idle;
  }
  // The parts that depend on the rule set alone are shared, frozen, between results.
  const parts = declared(loaded, d, param);
  let last = parts.last;
  if (last === undefined || last.amount !== amount || last.shift !== shift || last.nextMidnightStart !== nextMidnightStart) {
    const rule: Counting = { method: d.counting.method, amount, unit: d.counting.unit, shift };
    last = { amount, shift, nextMidnightStart, counting: countingOf(parts, d, amount, shift, nextMidnightStart), rule };
    parts.last = last;
  }
  const counting = last.counting;
  const base: Base = {
    id: d.id,
    ruleSet: rs.id,
    kind: d.kind,
    startEvent,
    startAt,
    citation: untilJudgment ? parts.untilCitation : parts.citation,
    provenance: parts.provenance,
    metBy: d.metBy,
  };
  if (startAt === null) {
    const made = deepFreeze(result(base, counting, null, 'not-applicable', 'START_EVENT_MISSING'));
    if (idleKey !== undefined && idleOf !== undefined && idleOf.size < 256) idleOf.set(idleKey, made);
    return made;
  }

  if (untilJudgment) {
    const judgment = ev.firstInstanceJudgmentAt ?? null;
    const ended = judgment !== null && asOf !== undefined && instantMs(asOf) >= instantMs(judgment);
    return result(base, counting, judgment, ended ? 'expired' : 'pending', judgment === null ? 'OPEN_UNTIL_FIRST_INSTANCE_JUDGMENT' : 'ENDS_AT_FIRST_INSTANCE_JUDGMENT', { openUntil: 'first-instance-judgment' });
  }

  const from = nextMidnightStart ? nextMidnight(startAt) : startAt;
  // The case schema accepted the start event; a next midnight is our own instant, checked again.
  const elapsedDue = (nextMidnightStart ? computeDue : computeCaseDue)(from, last.rule, eventPath(d.startEvent));
  const due = hoursAcrossClockChange(d, from, amount, elapsedDue, choices.provisionalOrderHours);
  if (due.shiftedFrom !== undefined) readHolidaysSkipped(due.shiftedFrom, due.dueAt, reads);
  const dueMs = instantMs(due.dueAt);
  const asOfMs = asOf === undefined ? undefined : instantMs(asOf);
  const endedAt = d.id === 'opp-end' ? endedByProsecutor(c, dueMs, asOfMs) : undefined;
  if (endedAt !== undefined) return result(base, counting, endedAt, 'expired', 'ENDED_BY_PROSECUTOR');
  const countingDue = due.readings === undefined ? counting : Object.freeze({ ...counting, acrossClockChange: Object.freeze(due.readings) });
  const shifted = due.shiftedFrom === undefined ? undefined : { shiftedFrom: due.shiftedFrom };
  if (d.kind !== 'deadline') {
    if (asOfMs !== undefined && asOfMs >= dueMs) return result(base, countingDue, due.dueAt, 'expired', 'END_PASSED', shifted);
    return result(base, countingDue, due.dueAt, 'pending', asOfMs === undefined ? 'NO_AS_OF' : 'NOT_YET_ENDED', shifted);
  }
  // An act recorded after the as-of instant had not happened yet as of then.
  const recorded = d.metBy === undefined ? undefined : ev[d.metBy];
  const metAt = recorded !== undefined && asOf !== undefined && instantMs(recorded) > instantMs(asOf) ? undefined : recorded;
  if (metAt !== undefined) {
    // dueAt is the first instant after the term: an act at or after it is late.
    const inTime = instantMs(metAt) < dueMs;
    return result(base, countingDue, due.dueAt, inTime ? 'met' : 'missed', inTime ? 'MET_IN_TIME' : 'MET_LATE', { ...shifted, metAt });
  }
  if (asOfMs !== undefined && asOfMs >= dueMs) return result(base, countingDue, due.dueAt, 'missed', 'DUE_PASSED_NOT_MET', shifted);
  return result(base, countingDue, due.dueAt, 'pending', asOfMs === undefined ? 'NO_AS_OF' : 'NOT_YET_DUE', shifted);
}

/** `events.<name>`, written once per event name (a start event of a shipped or a caller's rule set). */
function eventPath(name: string): string {
  let path = eventPaths.get(name);
  if (path === undefined) {
    path = `events.${name}`;
    if (eventPaths.size < 256) eventPaths.set(name, path);
  }
  return path;
}
const eventPaths = new Map<string, string>();

/** What every deadline of a result says before its counting and due time. */
interface Base {
  id: string;
  ruleSet: string;
  kind: DeadlineResult['kind'];
  startEvent: string;
  startAt: string | null;
  citation: DeadlineResult['citation'];
  provenance: DeadlineResult['provenance'];
  metBy: string | undefined;
}

/**
 * A deadline of the result, its fields in the one order results have always had them (`metBy`
 * after the provenance, then the due time, `openUntil`, `shiftedFrom`, `metAt`, the status): as
 * literals where nothing optional follows the due time, so that most are made in one allocation.
 * Frozen as made (every part it holds is frozen already: the counting, the citation, the
 * provenance), so freezing the result does not walk it again.
 */
function result(
  b: Base,
  counting: DeadlineResult['counting'],
  dueAt: string | null,
  status: DeadlineResult['status'],
  reason: string,
  more?: { openUntil?: 'first-instance-judgment'; shiftedFrom?: string; metAt?: string },
): DeadlineResult {
  const { id, ruleSet, kind, startEvent, startAt, citation, provenance, metBy } = b;
  if (more === undefined) {
    return Object.freeze(metBy === undefined
      ? { id, ruleSet, kind, startEvent, startAt, counting, citation, provenance, dueAt, status, reason }
      : { id, ruleSet, kind, startEvent, startAt, counting, citation, provenance, metBy, dueAt, status, reason });
  }
  const out: Record<string, unknown> = metBy === undefined
    ? { id, ruleSet, kind, startEvent, startAt, counting, citation, provenance, dueAt }
    : { id, ruleSet, kind, startEvent, startAt, counting, citation, provenance, metBy, dueAt };
  if (more.openUntil !== undefined) out['openUntil'] = more.openUntil;
  if (more.shiftedFrom !== undefined) out['shiftedFrom'] = more.shiftedFrom;
  if (more.metAt !== undefined) out['metAt'] = more.metAt;
  out['status'] = status;
  out['reason'] = reason;
  return Object.freeze(out) as DeadlineResult;
}

/**
 * An order's end counted in hours (the 120 hours) has two readings when a clock change falls inside
 * it (docs/legal-basis.md §7 leaves the counting unverified): physical hours, or the same wall-clock
 * hour N/24 days on. Both are reported, and the choice (by default the later) gives the end.
 */
function hoursAcrossClockChange(
  d: DeadlineDeclaration,
  from: string,
  amount: number,
  elapsed: { dueAt: string; shiftedFrom?: string },
  choice: CountingChoices['provisionalOrderHours'],
): { dueAt: string; shiftedFrom?: string; readings?: { elapsed: string; wallClock: string; used: 'elapsed' | 'wall-clock' } } {
  if (d.kind !== 'expiry' || d.counting.unit !== 'hours' || d.counting.method !== 'elapsed') return elapsed;
  const wallClock = wallClockHoursDue(from, amount);
  if (instantMs(wallClock) === instantMs(elapsed.dueAt)) return elapsed;
  const wallLater = instantMs(wallClock) > instantMs(elapsed.dueAt);
  const used = choice === 'wall-clock' || (choice === 'later' && wallLater) ? 'wall-clock' : 'elapsed';
  return { dueAt: used === 'wall-clock' ? wallClock : elapsed.dueAt, readings: { elapsed: elapsed.dueAt, wallClock, used } };
}

/**
 * When the prosecutor ended the provisional order before its hours ran out (docs/legal-basis.md §4),
 * the order ends then; a decision recorded after the as-of instant had not been taken yet.
 */
function endedByProsecutor(c: Case, dueMs: number, asOfMs: number | undefined): string | undefined {
  const at = c.events?.prosecutorDecidedAt;
  if (c.prosecutorDecision !== 'ended' || at === undefined) return undefined;
  const ms = instantMs(at);
  if (ms >= dueMs || (asOfMs !== undefined && ms > asOfMs)) return undefined;
  return bucharestInstant(ms);
}

/** The start event of a deadline: the earliest, among its start events, that the case has. */
function earliestStart(ev: NonNullable<Case['events']>, d: DeadlineDeclaration): { startEvent: string; startAt: string | null } {
  let best: { startEvent: string; startAt: string | null } = { startEvent: d.startEvent, startAt: ev[d.startEvent] ?? null };
  for (const name of d.alsoStartedBy ?? []) {
    const at = ev[name];
    if (at !== undefined && (best.startAt === null || instantMs(at) < instantMs(best.startAt))) best = { startEvent: name, startAt: at };
  }
  return best;
}

/** The day whose law applies to a deadline's source: the day of its start event, else a fallback. */
export function lawDay(instant: string | undefined, fallback: string): string {
  return instant === undefined ? fallback : bucharestDate(instant);
}

/**
 * The public holidays a shifted end passed over (from the last day of the term to the day before
 * the working day it moved to) decided that end: each is recorded, so its list is in `ruleSets`,
 * the holiday in `provenance`, and an unverified one warns.
 */
function readHolidaysSkipped(shiftedFrom: string, dueAt: string, reads: DeadlineReads): void {
  const last = bucharestDate(new Date(instantMs(shiftedFrom) - 1));
  const working = bucharestDate(new Date(instantMs(dueAt) - 1));
  for (let day = last; day < working; day = shiftDay(day, 1)) {
    const source = holidaySource(day);
    if (source !== undefined) reads.holiday(source.loaded, source.parameter);
  }
}

/** Where a deadline's amount comes from; a value the caller supplied says so, with the caller's source and what it replaced. */
function deadlineProvenance(loaded: LoadedRuleSet, name: string, param: Parameter): DeadlineResult['provenance'] {
  return markAssumed(loaded, name, { ruleSet: loaded.ruleSet.id, parameter: name, value: param.value as number, status: param.status, source: { ...param.citation } });
}
