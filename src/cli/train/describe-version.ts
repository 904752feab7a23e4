import { caseSchema, itemList, labelOf, type Answer, type Fixture, type Result } from '../../index.js';
import { inSessionLanguage } from './in-session-language.js';
import { bucharestWallClock } from './bucharest-clock.js';
import { relationshipText } from './train-translator.js';
import type { TrainSession } from './train-session.js';

/**
 * The answers of a risk form in three lists (YES, NO, not known), the way a trainee reads a
 * completed form. Items of the form that were not answered at all count as not known.
 *
 * @param answers - answers by item id
 * @param itemIds - every item of the form, when known (from the result), else only the answered ones
 * @param t - the session's `t`
 * @returns three lines
 * @example
 * answerLines({ q1: 'yes', q2: 'no' }, ['q1', 'q2', 'q3'], t) //=> ['YES: question 1', 'NO: question 2', 'not known: question 3']
 * @since 0.1.0
 */
export function answerLines(answers: Readonly<Record<string, Answer>>, itemIds: readonly string[] | undefined, t: TrainSession['t']): string[] {
  const ids = itemIds ?? Object.keys(answers);
  const list = (a: Answer): string => {
    const hit = ids.filter((id) => (answers[id] ?? 'unknown') === a);
    return hit.length > 0 ? itemList(hit, t) : t('ui.train.fact.none');
  };
  return [t('ui.train.fact.yes', { items: list('yes') }), t('ui.train.fact.no', { items: list('no') }), t('ui.train.fact.unknown', { items: list('unknown') })];
}

/**
 * What the trainee is told about one version of a scenario before deciding: the incident and who
 * the aggressor is, the reading used to choose the police form when the fixture sets one, the
 * answers, the officer's recorded finding, the victim's position and the dated events.
 *
 * @param fixture - the version
 * @param result - its result when `evaluate` gave one (for the form's full list of items)
 * @param s - the session
 * @returns the lines, unindented
 * @example
 * factLines(fixture, result, s)[0] //=> 'Incident: 2023-07-18 10:00 (aggressor: partner)'
 * @since 0.1.0
 */
export function factLines(fixture: Fixture, result: Result | undefined, s: TrainSession): string[] {
  const { t } = s;
  const parsed = caseSchema.safeParse(fixture.case);
  if (!parsed.success) return [s.style.dim(JSON.stringify(fixture.case))];
  const c = parsed.data;
  const lines = [t('ui.train.fact.incident', { at: bucharestWallClock(c.incidentAt), relationship: relationshipText(t, c.relationship) })];
  const selection = fixture.options?.formSelection;
  if (selection) lines.push(t('ui.train.fact.form-selection', { reading: t(`ui.train.form-selection.${selection}`) }));
  if (!c.riskForm) lines.push(t('ui.train.fact.no-form'));
  else {
    lines.push(...answerLines(c.riskForm.answers, result?.riskAssessment?.items.map((i) => i.id), t));
    const f = c.riskForm.officerFinding;
    if (f) lines.push(t('ui.train.fact.officer-finding', { value: f.imminentRisk ? t('ui.imminent-risk') : t('ui.no-imminent-risk'), reason: inSessionLanguage(f.reason, s.tr.lang) }));
  }
  if (c.victimOpposesProvisionalOrder !== undefined) {
    lines.push(t(c.victimOpposesProvisionalOrder ? 'ui.train.fact.victim-opposes' : 'ui.train.fact.victim-does-not-oppose'));
  }
  if (c.victimRequestsProvisionalOrder) lines.push(t('ui.train.fact.victim-requests'));
  if (c.victimCannotWriteRequest) lines.push(t('ui.train.fact.victim-cannot-write'));
  if (c.aggressorHadPriorProtectionOrder) lines.push(t('ui.train.fact.prior-order'));
  if (c.priorBreachConviction) lines.push(t('ui.train.fact.prior-breach'));
  for (const [key, value] of Object.entries(c.events ?? {})) {
    if (value === undefined) continue;
    const event = key === 'breachAt' ? t(`ui.event.breachAt.${c.breachedOrder ?? 'court'}`) : labelOf(t, 'event', key);
    lines.push(t('ui.train.fact.event', { event, at: typeof value === 'number' ? value : bucharestWallClock(value) }));
  }
  return lines;
}
