import { bucharestDate, bucharestInstant } from '../deadlines/bucharest.js';
import type { CaseManagement, DeadlineResult, ProtectionGap } from '../index.js';

/** What `dv-rules deadlines` shows, and prints as is with `--json`. */
export interface DeadlinesView {
  asOf: string;
  deadlines: DeadlineResult[];
  protectionGaps: ProtectionGap[];
  provisionalOrderEndsAt: string | null;
  protectionOrderEndsAt: string | null;
  caseManagement: CaseManagement | null;
}

interface RenderOptions {
  /** The as-of instant is the current time, read by the CLI because no `--as-of` was given. */
  asOfFromClock: boolean;
  appliesProposedLaw: boolean;
  /** The calendar file written with `--ics`, if any. */
  ics: { file: string; events: number } | undefined;
  color: boolean;
}

const TITLES: ReadonlyMap<string, string> = new Map([
  ['opp-end', 'Provisional order ends'],
  ['opp-to-prosecutor', 'Police send the provisional order to the prosecutor'],
  ['opp-prosecutor-decision', 'Prosecutor confirms or ends the provisional order'],
  ['opp-challenge', 'Time to challenge the provisional order in court ends'],
  ['op-decision', 'Court decides on the protection order application'],
  ['op-end', 'Court protection order ends'],
  ['initial-assessment', 'Social services make the initial assessment'],
  ['intervention-plan', 'Individualised intervention plan drawn up'],
  ['mobile-team-on-scene', 'Mobile team on the scene after the police alert'],
]);

const KIND_WORD = { deadline: 'Deadline', expiry: 'End', period: 'Period' } as const;

/** A short English description of a deadline, by id (a user rule set's unknown id gets a generic one). */
export function deadlineTitle(d: Pick<DeadlineResult, 'id' | 'kind'>): string {
  return TITLES.get(d.id) ?? `${KIND_WORD[d.kind]} ${d.id}`;
}

/**
 * An instant in Bucharest local time, `2025-04-02 11:00 EEST` (seconds only when not zero). With
 * `asEnd`, a 00:00 instant is the end of the day before, since a due time is the first instant
 * after the term: `end of 2025-02-28 (24:00 EET)`.
 */
export function localTime(instant: string, asEnd = false): string {
  const ms = Date.parse(instant);
  const local = bucharestInstant(ms);
  const zone = zoneName(local.slice(19));
  if (asEnd && local.slice(11, 19) === '00:00:00') return `end of ${bucharestDate(new Date(ms - 1))} (24:00 ${zone})`;
  return `${local.slice(0, 10)} ${local.slice(11, local.slice(17, 19) === '00' ? 16 : 19)} ${zone}`;
}

function zoneName(offset: string): string {
  if (offset === '+02:00') return 'EET';
  if (offset === '+03:00') return 'EEST';
  return `UTC${offset}`;
}

/** How a deadline is counted, in words: `120 h elapsed`, `30 calendar days, ending 24:00`, … */
export function countingText(d: DeadlineResult): string {
  if (d.openUntil !== undefined) return 'until the first-instance judgment (an order the prosecutor filed, Law 232/2025)';
  const c = d.counting;
  const texts = {
    elapsed: `${c.amount} ${c.unit === 'minutes' ? 'min' : 'h'} elapsed`,
    'calendar-days': `${c.amount} calendar days, ending 24:00`,
    'cpc-days': `${c.amount} free days (neither the first nor the last day counts, CPC art. 181 pt. 2), ending 24:00`,
    months: `${c.amount} months, corresponding day (or the month's last day), ending 24:00`,
  };
  let text = texts[c.method];
  if (c.startsAt === 'next-midnight') text += ', from 00:00 of the day after the start (CPC art. 181 pt. 1)';
  if (c.amount !== d.provenance.value) text += ` (given in the case; the law's default is ${d.provenance.value})`;
  if (c.shift === 'next-working-day') text += '; an end on a weekend or public holiday moves to the next working day';
  return text;
}

/** A citation in one line: title, article. */
export function citationLine(c: { title: string; article?: string | undefined }): string {
  return [c.title, c.article].filter(Boolean).join(', ');
}

interface Style {
  bold(s: string): string;
  dim(s: string): string;
  status(status: DeadlineResult['status'], s: string): string;
}

const plain: Style = { bold: (s) => s, dim: (s) => s, status: (_, s) => s };
const STATUS_COLOUR: Record<DeadlineResult['status'], number> = { pending: 33, met: 32, missed: 31, expired: 2, 'not-applicable': 2 };
const ansi: Style = {
  bold: (s) => `\u001b[1m${s}\u001b[22m`,
  dim: (s) => `\u001b[2m${s}\u001b[22m`,
  status: (status, s) => (STATUS_COLOUR[status] === 2 ? `\u001b[2m${s}\u001b[22m` : `\u001b[${STATUS_COLOUR[status]}m${s}\u001b[39m`),
};

/**
 * The readable case clock `dv-rules deadlines` prints: one row per deadline (id, due time, status)
 * with what it is, its start, its counting and its source below; the deadlines whose start event
 * is not in the case; the protection gaps; the orders' ends; who makes the initial assessment.
 */
export function renderDeadlines(view: DeadlinesView, options: RenderOptions): string {
  const s = options.color ? ansi : plain;
  const asOfMs = Date.parse(view.asOf);
  const lines: string[] = [];
  const asOfNote = options.asOfFromClock ? ' (the current time: no --as-of given)' : '';
  lines.push(`${s.bold('Case clock')}, Europe/Bucharest, as of ${localTime(view.asOf)}${asOfNote}`);
  if (options.appliesProposedLaw) lines.push(s.bold('! Applies proposed law, not in force (--include-proposed)'));
  lines.push('');

  const applicable = view.deadlines.filter((d) => d.status !== 'not-applicable');
  const missing = view.deadlines.filter((d) => d.status === 'not-applicable');
  if (applicable.length === 0) lines.push('No deadline runs: the case has none of their start events.');
  else lines.push(s.bold(`${'ID'.padEnd(26)}${'DUE'.padEnd(36)}STATUS`));
  for (const d of applicable) {
    lines.push(`${d.id.padEnd(25)} ${dueText(d).padEnd(35)} ${s.status(d.status, d.status)}`);
    lines.push(`    ${deadlineTitle(d)}`);
    const detail = statusDetail(d, asOfMs);
    if (detail !== '') lines.push(`    ${s.status(d.status, detail)}`);
    lines.push(`    from ${d.startEvent} ${d.startAt === null ? '' : localTime(d.startAt)} · ${countingText(d)}`);
    lines.push(s.dim(`    source: ${citationLine(d.citation)} · ${d.provenance.status} · ${d.ruleSet}`));
  }
  if (missing.length > 0) {
    lines.push('');
    lines.push(s.bold('Not running (their start event is not in the case)'));
    for (const d of missing) lines.push(`  ${d.id.padEnd(25)} ${deadlineTitle(d)}; starts at ${d.startEvent}`);
  }

  lines.push('');
  if (view.protectionGaps.length === 0) {
    lines.push(`${s.bold('Protection gaps')}: none`);
  } else {
    lines.push(s.bold('Protection gaps (court proceedings open, no order in force)'));
    for (const g of view.protectionGaps) lines.push(`  ${gapText(g)}`);
  }

  lines.push('');
  lines.push(s.bold('Orders'));
  lines.push(`  Provisional order ends:       ${orderEnd(view.provisionalOrderEndsAt, view.deadlines.find((d) => d.id === 'opp-end'))}`);
  lines.push(`  Court protection order ends:  ${orderEnd(view.protectionOrderEndsAt, view.deadlines.find((d) => d.id === 'op-end'))}`);

  lines.push('');
  lines.push(`${s.bold('Initial assessment by')}: ${assignee(view.caseManagement)}`);

  if (options.ics !== undefined) {
    lines.push('');
    lines.push(`Calendar: ${options.ics.events} pending deadline${options.ics.events === 1 ? '' : 's'} written to ${options.ics.file}`);
  }
  lines.push('');
  lines.push(s.dim('A due time is the first instant after the term: an act done before it is in time. "end of D" is 24:00 of day D.'));
  return `${lines.join('\n')}\n`;
}

function dueText(d: DeadlineResult): string {
  if (d.dueAt === null) return d.openUntil === undefined ? '-' : 'at the first-instance judgment';
  return localTime(d.dueAt, true);
}

function statusDetail(d: DeadlineResult, asOfMs: number): string {
  const left = d.dueAt === null ? '' : `, ${span(Date.parse(d.dueAt) - asOfMs)} left`;
  const met = d.metAt === undefined ? '' : `${d.metBy ?? 'done'} ${localTime(d.metAt)}`;
  const moved = d.shiftedFrom === undefined ? '' : `; moved from ${localTime(d.shiftedFrom, true)}, not a working day`;
  switch (d.reason) {
    case 'MET_IN_TIME':
      return `met in time: ${met}${moved}`;
    case 'MET_LATE':
      return `missed: done late, ${met}${moved}`;
    case 'DUE_PASSED_NOT_MET':
      return `missed: no ${d.metBy ?? 'act'} before the due time${moved}`;
    case 'NOT_YET_DUE':
      return `not yet due${left}${moved}`;
    case 'NOT_YET_ENDED':
      return `${d.kind === 'period' ? 'open' : 'in force'}${left}${moved}`;
    case 'END_PASSED':
      return `${d.kind === 'period' ? 'closed' : 'ended'} before the as-of time${moved}`;
    case 'OPEN_UNTIL_FIRST_INSTANCE_JUDGMENT':
      return 'in force until the first-instance judgment, which the case does not have yet';
    case 'ENDS_AT_FIRST_INSTANCE_JUDGMENT':
      return d.status === 'expired' ? 'ended at the first-instance judgment' : `in force until the first-instance judgment${left}`;
    case 'NO_AS_OF':
      return `no as-of time to judge by${moved}`;
    default:
      return `${d.reason}${moved}`;
  }
}

function gapText(g: ProtectionGap): string {
  const from = localTime(g.from);
  if (g.to === null) return `from ${from}, open-ended: no judgment yet`;
  const length = span(Date.parse(g.to) - Date.parse(g.from));
  return `from ${from} to ${localTime(g.to)} (${length})${g.ongoing ? ', still open at the as-of time: no judgment yet' : ''}`;
}

function orderEnd(endsAt: string | null, d: DeadlineResult | undefined): string {
  if (endsAt !== null) return `${localTime(endsAt, true)}${d?.openUntil === undefined ? '' : ' (the first-instance judgment)'}`;
  if (d?.openUntil !== undefined) return 'at the first-instance judgment, not given yet';
  if (d === undefined) return 'no such order for this case';
  return `not issued in the case (no ${d.startEvent})`;
}

function assignee(cm: CaseManagement | null): string {
  if (cm === null) return 'not a social-services case (no registration, mobile-team alert or travel time in the case)';
  const reasons: Record<string, string> = {
    TRAVEL_OVER_THRESHOLD: "the case manager's travel time is over the threshold",
    TRAVEL_WITHIN_THRESHOLD: "the case manager's travel time is within the threshold",
    TRAVEL_TIME_UNKNOWN: 'give events.caseManagerTravelMinutes to decide',
  };
  const who = cm.initialAssessmentBy === null ? 'undecided' : cm.initialAssessmentBy.replaceAll('-', ' ');
  return `${who} (${Object.hasOwn(reasons, cm.reason) ? reasons[cm.reason] : cm.reason}) · ${cm.ruleSet}`;
}

/** A length of time in days, hours and minutes: `4 d 23 h`, `45 min`. */
function span(ms: number): string {
  const minutes = Math.max(0, Math.round(ms / 60_000));
  const d = Math.floor(minutes / 1440);
  const h = Math.floor((minutes % 1440) / 60);
  const m = minutes % 60;
  const parts = [d > 0 ? `${d} d` : '', h > 0 ? `${h} h` : '', m > 0 && d === 0 ? `${m} min` : ''].filter(Boolean);
  return parts.length === 0 ? 'less than a minute' : parts.join(' ');
}
