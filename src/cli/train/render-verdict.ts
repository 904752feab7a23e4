import type { Result } from '../../index.js';
import { flipLines } from '../render-result.js';
import type { TrainSession } from './train-session.js';

type RiskAssessment = NonNullable<Result['riskAssessment']>;

/**
 * The running count of each group against its threshold, one line per group, as shown after every
 * answer: "questions 1–7: 2/2 YES — threshold met".
 *
 * @param ra - the risk assessment of the answers so far (open items unknown)
 * @param t - the session's `t`
 * @returns one line per group
 * @example
 * countLines(ra, t) //=> ['questions 1–7: 2/2 YES — threshold met', 'questions 8–21: 0/6 YES — needs 6 more, 14 still open']
 * @since 0.1.0
 */
export function countLines(ra: RiskAssessment, t: TrainSession['t']): string[] {
  return ra.groups.map((g) => {
    const status = g.met
      ? t('ui.train.count.met')
      : g.yes + g.unknown < g.threshold
        ? t('ui.train.count.unreachable')
        : t('ui.train.count.needs', { need: g.threshold - g.yes, open: g.unknown });
    return t('ui.train.count', { group: g.title, yes: g.yes, threshold: g.threshold, status });
  });
}

/**
 * The determination explained for a trainee: the verdict and how sure it is, the officer's finding
 * where it decided, each group's count against its threshold, the answers that decided, the open
 * items that could still change it, and which answers would change it (`flipLines`). Where no
 * form could be scored, the reason instead.
 *
 * @param result - an `evaluate` result
 * @param s - the session (language and style)
 * @returns the lines, unindented
 * @example
 * verdictLines(result, s)[0] //=> 'Determination: IMMINENT RISK (established: no answer to the open items can remove it)'
 * @since 0.1.0
 */
export function verdictLines(result: Result, s: TrainSession): string[] {
  const { t } = s;
  const d = result.determination;
  const ra = result.riskAssessment;
  const verdict = d.imminentRisk === null ? t('ui.no-determination') : d.imminentRisk ? t('ui.imminent-risk') : t('ui.no-imminent-risk');
  const outcome = ra && d.basis === 'form' ? ` (${t(`ui.outcome.${ra.outcome}`)})` : '';
  const lines = [`${s.style.bold(t('ui.determination'))}: ${s.style.bold(verdict)}${outcome}`];
  if (d.basis === 'officer-finding') {
    lines.push(`  ${t(d.overridden ? 'ui.officer-raised' : 'ui.officer-sole', { reason: d.officerReason ?? '' })}`);
    if (d.computed !== null) lines.push(`  ${t('ui.computed-was', { value: d.computed ? t('ui.imminent-risk') : t('ui.no-imminent-risk') })}`);
  }
  if (result.riskForm === null) lines.push(`  ${t('ui.no-risk-form')}`);
  else if (ra === null) lines.push(`  ${t(`reason.${result.riskForm.reason ?? 'NO_RULE_DECIDED'}`)}`);
  if (ra === null) return lines;

  for (const g of ra.groups) {
    const met = g.met ? t('ui.met') : t('ui.not-met');
    lines.push(`  ${t('ui.group-line', { group: g.title, yes: g.yes, no: g.no, unknown: g.unknown, threshold: g.threshold, met })}`);
  }
  const deciding = ra.groups.filter((g) => g.met);
  if (deciding.length > 0) {
    lines.push(s.style.bold(t('ui.answers-decided')));
    for (const g of deciding) {
      const yes = ra.items.filter((i) => i.group === g.id && i.answer === 'yes').map((i) => i.id);
      lines.push(`  ${t('ui.yes-on', { group: g.title, items: yes.join(', ') })}`);
    }
  }
  if (ra.decisiveItems.length > 0) lines.push(`${s.style.bold(t('ui.open-items'))}: ${ra.decisiveItems.join(', ')}`);
  lines.push(s.style.bold(t('ui.what-would-change')));
  for (const line of flipLines(ra, s.tr)) lines.push(`  ${line}`);
  return lines;
}
