import {
  bucharestDate,
  bucharestInstant,
  createTranslator,
  labelOf,
  localCitation,
  stepDeadlineText,
  pluralKey,
  distinctWarnings,
  type CaseManagement,
  type DeadlineResult,
  type NextStep,
  type ProtectionGap,
  type Receipt,
  type Translator,
  type Warning,
} from '../index.js';
import { english } from './issue-lines.js';
import { textStyle } from './text-style.js';
import { displayWidth, padToWidth } from './display-width.js';

/** What `dv-rules deadlines` shows, and prints as is with `--json`. */
export interface DeadlinesView {
  asOf: string;
  deadlines: DeadlineResult[];
  protectionGaps: ProtectionGap[];
  provisionalOrderEndsAt: string | null;
  protectionOrderEndsAt: string | null;
  caseManagement: CaseManagement | null;
  /** The result's next steps that belong to a deadline, in checklist order. */
  steps?: NextStep[];
  /** The result's receipt (its asOf included), so a stored deadlines report can be verified like a result. */
  receipt: Receipt;
}

interface RenderOptions {
  /** The as-of instant is the current time, read by the CLI because no `--as-of` was given. */
  asOfFromClock: boolean;
  appliesProposedLaw: boolean;
  /** The calendar file written with `--ics`, if any. */
  ics: { file: string; events: number } | undefined;
  color: boolean;
  /** The translator of the result's language and label pack (default: the shipped English labels). */
  tr?: Pick<Translator, 't' | 'lang'>;
  /** The result's warnings, shown at the end (not part of the `--json` view). */
  warnings?: readonly Warning[];
  /** The register of the warnings' text (default `legal`). */
  register?: 'legal' | 'plain';
  /** The line naming the caller's assumptions (`assumptionsLine`), if any. */
  assumptions?: string | undefined;
}

type Words = Pick<Translator, 't' | 'lang'>;

/** The shipped English labels: the calendar file (`write-ics.ts`) is written in English. */
const en = english;

/**
 * What a deadline is, in words (`ui.deadline.<id>`); a user rule set's unknown id gets a generic
 * title naming its kind and id.
 *
 * @param d - the deadline
 * @param tr - the translator (default English)
 * @returns the title
 * @example
 * deadlineTitle({ id: 'opp-end', kind: 'expiry' }) //=> 'Provisional order ends'
 * @since 0.1.0
 */
export function deadlineTitle(d: Pick<DeadlineResult, 'id' | 'kind'>, tr: Words = en()): string {
  return tr.t(`ui.deadline.${d.id}`, {}, tr.t(`ui.deadline.generic.${d.kind}`, { id: d.id }));
}

/**
 * An instant in Bucharest local time, `2025-04-02 11:00 EEST` (seconds only when not zero). With
 * `asEnd`, a 00:00 instant is the end of the day before, since a due time is the first instant
 * after the term: `end of 2025-02-28 (24:00 EET)`.
 *
 * @param instant - ISO-8601 with offset
 * @param asEnd - read 00:00 as 24:00 of the day before
 * @param tr - the translator (default English)
 * @returns the local time
 * @example
 * localTime('2025-03-01T00:00:00+02:00', true) //=> 'end of 2025-02-28 (24:00 EET)'
 * @since 0.1.0
 */
export function localTime(instant: string, asEnd = false, tr: Words = en()): string {
  const ms = Date.parse(instant);
  const local = bucharestInstant(ms);
  const zone = zoneName(local.slice(19));
  if (asEnd && local.slice(11, 19) === '00:00:00') return tr.t('ui.deadlines.end-of', { day: bucharestDate(new Date(ms - 1)), zone });
  return `${local.slice(0, 10)} ${local.slice(11, local.slice(17, 19) === '00' ? 16 : 19)} ${zone}`;
}

function zoneName(offset: string): string {
  if (offset === '+02:00') return 'EET';
  if (offset === '+03:00') return 'EEST';
  return `UTC${offset}`;
}

/**
 * How a deadline is counted, in words: `120 h elapsed`, `30 calendar days, ending 24:00`, …
 *
 * @param d - the deadline
 * @param tr - the translator (default English)
 * @returns the text
 * @example
 * countingText(oppEnd, createTranslator('ro')) //=> '120 de ore scurse'
 * @since 0.1.0
 */
export function countingText(d: DeadlineResult, tr: Words = en()): string {
  const { t } = tr;
  if (d.openUntil !== undefined) return t('ui.deadlines.counting.until-judgment');
  const c = d.counting;
  const key = c.method === 'elapsed' ? `elapsed-${c.unit === 'minutes' ? 'minutes' : 'hours'}` : c.method;
  let text = t(pluralKey(tr.lang, `ui.deadlines.counting.${key}`, c.amount), { amount: c.amount });
  // Across a clock change the end may be the wall-clock reading (5 days to the hour of issue).
  if (c.acrossClockChange?.used === 'wall-clock') text += t('ui.deadlines.counting.wall-clock');
  if (c.startsAt === 'next-midnight') text += t('ui.deadlines.counting.next-midnight');
  if (c.amount !== d.provenance.value) text += t('ui.deadlines.counting.given', { value: d.provenance.value });
  if (c.shift === 'next-working-day') text += t('ui.deadlines.counting.shift');
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

function styleOf(color: boolean): Style {
  const ts = textStyle(color);
  const byStatus: Record<DeadlineResult['status'], (s: string) => string> = { pending: ts.yellow, met: ts.green, missed: ts.red, expired: ts.dim, 'not-applicable': ts.dim };
  return { bold: ts.bold, dim: ts.dim, status: (status, s) => byStatus[status](s) };
}

/**
 * The readable case clock `dv-rules deadlines` prints, in the result's language: one row per
 * deadline (id, due time, status) with what it is, its start, its counting and its source below;
 * the deadlines whose start event is not in the case; the protection gaps; the orders' ends; who
 * makes the initial assessment; the result's warnings.
 *
 * @param view - the deadlines of a result
 * @param options - how to print, and the translator
 * @returns the text, ending with a newline
 * @example
 * renderDeadlines(view, { asOfFromClock: false, appliesProposedLaw: false, ics: undefined, color: false, tr: createTranslator('ro') }).split('\n')[0]
 * //=> 'Termenele cazului, ora României, la 2025-03-30 12:00 EEST'
 * @since 0.1.0
 */
export function renderDeadlines(view: DeadlinesView, options: RenderOptions): string {
  const s = styleOf(options.color);
  const tr = options.tr ?? en();
  const { t } = tr;
  const asOfMs = Date.parse(view.asOf);
  const lines: string[] = [];
  const title = t('ui.deadlines.title-word');
  const first = t(options.asOfFromClock ? 'ui.deadlines.title-clock' : 'ui.deadlines.title', { at: localTime(view.asOf, false, tr) });
  lines.push(first.startsWith(title) ? `${s.bold(title)}${first.slice(title.length)}` : first);
  if (options.appliesProposedLaw) lines.push(s.bold(t('ui.deadlines.proposed')));
  if (options.assumptions !== undefined) lines.push(s.bold(options.assumptions));
  lines.push('');

  const applicable = view.deadlines.filter((d) => d.status !== 'not-applicable');
  const missing = view.deadlines.filter((d) => d.status === 'not-applicable');
  // The plain register names a deadline by what it is; the legal one by its id, with the title below.
  const plain = options.register === 'plain';
  const name = (d: DeadlineResult): string => (plain ? deadlineTitle(d, tr) : d.id);
  // Columns as wide as their longest entry, in terminal columns: Romanian due times
  // ("sfârșitul zilei …") and titles are longer, and their letters are not one UTF-16 unit each.
  const dues = applicable.map((d) => dueText(d, tr));
  const firstColumn = t(plain ? 'ui.deadlines.column.deadline' : 'ui.deadlines.column.id');
  const idWidth = Math.max(plain ? 0 : 25, displayWidth(firstColumn), ...(plain ? applicable : view.deadlines).map((d) => displayWidth(name(d))));
  const dueWidth = Math.max(35, ...dues.map(displayWidth));
  if (applicable.length === 0) lines.push(t('ui.deadlines.none-running'));
  else lines.push(s.bold(`${padToWidth(firstColumn, idWidth + 1)}${padToWidth(t('ui.deadlines.column.due'), dueWidth + 1)}${t('ui.deadlines.column.status')}`));
  for (const [i, d] of applicable.entries()) {
    lines.push(`${padToWidth(name(d), idWidth)} ${padToWidth(dues[i] ?? '', dueWidth)} ${s.status(d.status, t(`ui.deadlines.status.${d.status}`, {}, d.status))}`);
    if (!plain) lines.push(`    ${deadlineTitle(d, tr)}`);
    const detail = statusDetail(d, asOfMs, tr);
    if (detail !== '') lines.push(`    ${s.status(d.status, detail)}`);
    const event = labelOf(t, 'event', d.startEvent);
    const counting = countingText(d, tr);
    lines.push(`    ${d.startAt === null ? t('ui.deadlines.from-no-time', { event, counting }) : t('ui.deadlines.from', { event, at: localTime(d.startAt, false, tr), counting })}`);
    const citation = citationLine(localCitation(d.citation, tr));
    lines.push(s.dim(`    ${plain ? t('ui.deadlines.source-plain', { citation }) : t('ui.deadlines.source', { citation, status: d.provenance.status, ruleSet: d.ruleSet })}`));
  }
  if (missing.length > 0) {
    lines.push('');
    lines.push(s.bold(t('ui.deadlines.not-running')));
    for (const d of missing) {
      const row = t('ui.deadlines.not-running-row', { title: deadlineTitle(d, tr), event: labelOf(t, 'event', d.startEvent) });
      lines.push(plain ? `  ${row}` : `  ${padToWidth(d.id, idWidth)} ${row}`);
    }
  }

  lines.push('');
  if (view.protectionGaps.length === 0) {
    lines.push(`${s.bold(t('ui.deadlines.gaps'))}: ${t('ui.deadlines.gaps-none')}`);
  } else {
    lines.push(s.bold(t('ui.deadlines.gaps-heading')));
    for (const g of view.protectionGaps) lines.push(`  ${gapText(g, tr)}`);
  }

  lines.push('');
  lines.push(s.bold(t('ui.deadlines.orders')));
  const opp = t('ui.deadlines.opp-ends');
  const op = t('ui.deadlines.op-ends');
  const width = Math.max(displayWidth(opp), displayWidth(op)) + 2;
  lines.push(`  ${padToWidth(opp, width)}${orderEnd(view.provisionalOrderEndsAt, view.deadlines.find((d) => d.id === 'opp-end'), tr)}`);
  lines.push(`  ${padToWidth(op, width)}${orderEnd(view.protectionOrderEndsAt, view.deadlines.find((d) => d.id === 'op-end'), tr)}`);

  lines.push('');
  lines.push(`${s.bold(t('ui.deadlines.assessment'))}: ${assignee(view.caseManagement, tr, plain)}`);

  const steps = view.steps ?? [];
  if (steps.length > 0) {
    lines.push('');
    lines.push(s.bold(t('ui.deadlines.steps')));
    for (const step of steps) {
      // A step that applies only if a circumstance holds says so here too, as in the checklist.
      const cond = step.ifText === null ? '' : `(${t('ui.next-steps.if', { condition: step.ifText })}) `;
      lines.push(`  ${t('ui.deadlines.step', { order: step.order })}: [${t(`ui.next-steps.actor.${step.actor}`, {}, step.actor)}] ${cond}${step.text}`);
      lines.push(`     ${stepDeadlineText(step, tr, (at) => localTime(at, true, tr)) ?? ''}`);
    }
  }

  if (options.ics !== undefined) {
    lines.push('');
    lines.push(t(pluralKey(tr.lang, 'ui.deadlines.calendar', options.ics.events), { count: options.ics.events, file: options.ics.file }));
  }
  const warnings = options.warnings ?? [];
  if (warnings.length > 0) {
    lines.push('');
    lines.push(s.bold(t('ui.warnings')));
    for (const { text } of distinctWarnings(warnings, tr, options.register ?? 'legal')) lines.push(`  ! ${text}`);
  }
  lines.push('');
  lines.push(s.dim(t('ui.deadlines.note')));
  return `${lines.join('\n')}\n`;
}

function dueText(d: DeadlineResult, tr: Words): string {
  if (d.dueAt === null) return d.openUntil === undefined ? '-' : tr.t('ui.deadlines.due-judgment');
  return localTime(d.dueAt, true, tr);
}

function statusDetail(d: DeadlineResult, asOfMs: number, tr: Words): string {
  const { t } = tr;
  const left = d.dueAt === null ? undefined : span(Date.parse(d.dueAt) - asOfMs, tr);
  const withLeft = (key: string): string => (left === undefined ? t(key) : t(`${key}-left`, { left }));
  const at = d.metAt === undefined ? '' : localTime(d.metAt, false, tr);
  const done = d.metBy === undefined ? t('ui.deadlines.done-unnamed', { at }) : t('ui.deadlines.done', { event: labelOf(t, 'event', d.metBy), at });
  const moved = d.shiftedFrom === undefined ? '' : t('ui.deadlines.moved', { at: localTime(d.shiftedFrom, true, tr) });
  switch (d.reason) {
    case 'MET_IN_TIME':
      return `${t('ui.deadlines.detail.met-in-time', { done })}${moved}`;
    case 'MET_LATE':
      return `${t('ui.deadlines.detail.met-late', { done })}${moved}`;
    case 'DUE_PASSED_NOT_MET':
      return `${d.metBy === undefined ? t('ui.deadlines.detail.due-passed-unnamed') : t('ui.deadlines.detail.due-passed', { event: labelOf(t, 'event', d.metBy) })}${moved}`;
    case 'NOT_YET_DUE':
      return `${withLeft('ui.deadlines.detail.not-yet-due')}${moved}`;
    case 'NOT_YET_ENDED':
      return `${withLeft(d.kind === 'period' ? 'ui.deadlines.detail.open' : 'ui.deadlines.detail.in-force')}${moved}`;
    case 'END_PASSED':
      return `${t(d.kind === 'period' ? 'ui.deadlines.detail.closed' : 'ui.deadlines.detail.ended')}${moved}`;
    case 'OPEN_UNTIL_FIRST_INSTANCE_JUDGMENT':
      return t('ui.deadlines.detail.open-until-judgment');
    case 'ENDS_AT_FIRST_INSTANCE_JUDGMENT':
      if (d.status === 'expired') return t('ui.deadlines.detail.ended-at-judgment');
      return left === undefined ? t('ui.deadlines.detail.open-until-judgment') : t('ui.deadlines.detail.until-judgment-left', { left });
    case 'NO_AS_OF':
      return `${t('ui.deadlines.detail.no-as-of')}${moved}`;
    default:
      return `${d.reason}${moved}`;
  }
}

function gapText(g: ProtectionGap, tr: Words): string {
  const from = localTime(g.from, false, tr);
  if (g.to === null) return tr.t('ui.deadlines.gap-open', { from });
  const length = span(Date.parse(g.to) - Date.parse(g.from), tr);
  return tr.t(g.ongoing ? 'ui.deadlines.gap-ongoing' : 'ui.deadlines.gap', { from, to: localTime(g.to, false, tr), length });
}

function orderEnd(endsAt: string | null, d: DeadlineResult | undefined, tr: Words): string {
  const { t } = tr;
  if (endsAt !== null) {
    const at = localTime(endsAt, true, tr);
    return d?.openUntil === undefined ? at : t('ui.deadlines.order-end-judgment', { at });
  }
  if (d?.openUntil !== undefined) return t('ui.deadlines.order-open-until');
  if (d === undefined) return t('ui.deadlines.order-none');
  return t('ui.deadlines.order-not-issued', { event: labelOf(t, 'event', d.startEvent) });
}

function assignee(cm: CaseManagement | null, tr: Words, plain: boolean): string {
  const { t } = tr;
  if (cm === null) return t('ui.deadlines.assessment-none');
  const who = labelOf(t, 'assessor', cm.initialAssessmentBy ?? 'undecided');
  const reason = t(`ui.deadlines.assessment-reason.${cm.reason}`, {}, cm.reason);
  return plain ? t('ui.deadlines.assessment-line-plain', { who, reason }) : t('ui.deadlines.assessment-line', { who, reason, ruleSet: cm.ruleSet });
}

/** A length of time in days, hours and minutes: `4 d 23 h`, `45 min` (`4 zile și 23 de ore`). */
function span(ms: number, tr: Words): string {
  const { t } = tr;
  const minutes = Math.max(0, Math.round(ms / 60_000));
  const d = Math.floor(minutes / 1440);
  const h = Math.floor((minutes % 1440) / 60);
  const m = minutes % 60;
  const part = (unit: string, n: number): string => t(pluralKey(tr.lang, `ui.span.${unit}`, n), { n });
  const parts = [d > 0 ? part('days', d) : '', h > 0 ? part('hours', h) : '', m > 0 && d === 0 ? part('minutes', m) : ''].filter(Boolean);
  if (parts.length === 0) return t('ui.span.under-a-minute');
  return parts.reduce((first, second) => t('ui.span.two', { first, second }));
}
