import type { NextStep } from '../schema/next-steps.js';
import type { Result } from '../schema/result.js';
import { citationText } from './citation-text.js';
import { localCitation } from './local-citation.js';
import type { Translator } from './create-translator.js';
import { labelOf } from './label-of.js';
import { pluralKey } from './plural-key.js';

/** The checklist in words: a heading and its lines, indented by the caller. */
export interface NextStepsBlock {
  heading: string;
  lines: string[];
}

type Words = Pick<Translator, 't' | 'lang'>;

const STEP_SERIES = new Set(['ro-police-intervention', 'ro-referrals']);

/**
 * Whether a rule set id belongs to a step series, whose fired rules a reader sees as the checklist.
 *
 * @param ruleSet - a rule-set id
 * @returns true for the intervention steps and the referrals
 * @example
 * isStepRuleSet('ro-referrals/2018-12-07') //=> true
 * @since 0.1.0
 */
export function isStepRuleSet(ruleSet: string): boolean {
  return STEP_SERIES.has(ruleSet.split('/')[0] ?? '');
}

/**
 * A step's deadline in words: what it is, its term from its start event, and its due time with
 * its status where the case's events give one (else when it starts).
 *
 * @param step - a step with a deadline
 * @param tr - the translator of the result's language
 * @param time - formats an instant as Bucharest wall-clock time
 * @param asOf - the result's `asOf`: `null` says no instant judged the statuses, so a pending one
 * reads "not judged" instead of "pending" (left out: the status as it is)
 * @returns the line, or null for a step with no deadline
 * @example
 * stepDeadlineText(sendToProsecutor, createTranslator('en'), local)
 * //=> 'Police send the provisional order to the prosecutor: 24 h from “provisional order issued” · due 2025-06-02 22:00 EEST (pending)'
 * @since 0.1.0
 */
export function stepDeadlineText(step: NextStep, tr: Words, time: (instant: string) => string, asOf?: string | null): string | null {
  const d = step.deadline;
  if (d === null) return null;
  const { t } = tr;
  const title = t(`ui.deadline.${d.id}`, {}, d.id);
  const start = d.term === null ? '' : labelOf(t, 'event', d.term.startEvent);
  const term = d.term === null ? title : t(pluralKey(tr.lang, `ui.next-steps.term.${d.term.unit}`, d.term.amount), { title, amount: d.term.amount, start });
  const when =
    d.dueAt !== null
      ? t('ui.next-steps.due', { due: time(d.dueAt), status: statusText(d.status, asOf, tr) })
      : d.term === null ? '' : t('ui.next-steps.not-started', { start });
  return when === '' ? term : `${term} · ${when}`;
}

// Without an as-of instant nothing is judged: "pending" would read as "still running" when the
// due time may be long past, so the status says it was not judged.
function statusText(status: string | null, asOf: string | null | undefined, tr: Words): string {
  if ((status ?? 'pending') === 'pending' && asOf === null) return tr.t('ui.deadlines.status.unjudged');
  return tr.t(`ui.deadlines.status.${status ?? 'pending'}`, {}, status ?? 'pending');
}

/**
 * The numbered checklist of a result ("what the officer does now"), then the referrals: each step
 * with who does it, "if …" where the case does not state a circumstance it depends on, its
 * deadline and, in the legal register, its source and status; the victim's services, the
 * perpetrator's programme, the interventions never to refer to with the reason, and the child-
 * protection route with the adult deadlines that do not apply.
 *
 * @param result - an `evaluate` result
 * @param tr - the translator of the result's language (and label pack)
 * @param time - formats an instant as Bucharest wall-clock time
 * @returns the blocks: the checklist, then the referrals (when there are any)
 * @example
 * describeNextSteps(result, createTranslator('en'), local)[0]?.lines[0]
 * //=> '1. [Police] The officer who filled in the risk form issues the provisional order; …'
 * @since 0.1.0
 */
export function describeNextSteps(result: Result, tr: Words, time: (instant: string) => string): NextStepsBlock[] {
  const { t } = tr;
  const register = result.receipt.options.register;
  const legal = register === 'legal';
  const steps: string[] = [];
  for (const s of result.nextSteps) {
    const cond = s.ifText === null ? '' : `(${t('ui.next-steps.if', { condition: s.ifText })}) `;
    steps.push(`${s.order}. [${t(`ui.next-steps.actor.${s.actor}`, {}, s.actor)}] ${cond}${s.text}`);
    const deadline = stepDeadlineText(s, tr, time, result.asOf);
    if (deadline !== null) steps.push(`   ⏱ ${deadline}`);
    // A source line starts with "§": the source, with its title in the reader's language.
    if (legal) steps.push(`   § ${t('ui.next-steps.source', { citation: citationText(localCitation(s.citation, tr)), status: s.status })}`);
  }
  if (steps.length === 0) steps.push(t('ui.next-steps.none'));
  const blocks: NextStepsBlock[] = [{ heading: t(`ui.next-steps.heading.${register}`), lines: steps }];

  const r = result.referrals;
  const more: string[] = [];
  const source = (x: { citation: NextStep['citation']; status: NextStep['status'] | 'caller-supplied' }): string[] =>
    legal ? [`  § ${t('ui.next-steps.source', { citation: citationText(localCitation(x.citation, tr)), status: x.status })}`] : [];
  if (r.victim) more.push(`${t(`ui.referrals.victim.${register}`)}: ${r.victim.services.map((x) => x.text).join(', ')}`, ...source(r.victim));
  if (r.perpetrator) {
    more.push(`${t(`ui.referrals.perpetrator.${register}`)}: ${[...r.perpetrator.referTo, ...r.perpetrator.ifNoProgramme].map((x) => x.text).join('; ')}`, ...source(r.perpetrator));
    more.push(`${t(`ui.referrals.never.${register}`)}:`);
    for (const n of r.perpetrator.neverReferTo) more.push(`  ✗ ${n.reason}`);
  }
  for (const c of r.childProtection) {
    const deadlines = c.adultDeadlinesNotApplying.map((id) => t(`ui.deadline.${id}`, {}, id)).join('; ');
    more.push(`${c.applies === 'if' ? `(${t('ui.next-steps.if', { condition: t(`message.condition.${c.for === 'victim' ? 'victimIsMinor' : 'childrenPresent'}.yes`) })}) ` : ''}${t(`ui.referrals.child.${register}`, { deadlines, who: t(`ui.referrals.child-for.${c.for}`) })}`);
  }
  if (more.length > 0) blocks.push({ heading: t('ui.referrals.heading'), lines: more });
  return blocks;
}
