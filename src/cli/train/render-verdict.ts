import { describeChanges, describeDetermination, itemList, pluralKey, type Result } from '../../index.js';
import type { TrainSession } from './train-session.js';

type RiskAssessment = NonNullable<Result['riskAssessment']>;

/**
 * The running count of each group against its threshold, one line per group, as shown after every
 * answer: "questions 1–7: 2/2 YES — threshold met".
 *
 * @param ra - the risk assessment of the answers so far (open items unknown)
 * @param s - the session (its translator, for the plural of "questions still open")
 * @returns one line per group
 * @example
 * countLines(ra, s) //=> ['questions 1–7: 2/2 YES — threshold met', 'questions 8–21: 0/6 YES — needs 6 more, 14 still open']
 * @since 0.1.0
 */
export function countLines(ra: RiskAssessment, s: Pick<TrainSession, 't' | 'tr'>): string[] {
  const { t } = s;
  return ra.groups.map((g) => {
    const status = g.met
      ? t('ui.train.count.met')
      : g.yes + g.unknown < g.threshold
        ? t('ui.train.count.unreachable')
        : t(pluralKey(s.tr.lang, 'ui.train.count.needs', g.unknown), { need: g.threshold - g.yes, open: g.unknown });
    return t('ui.train.count', { group: g.title, yes: g.yes, threshold: g.threshold, status });
  });
}

/**
 * The determination explained for a trainee: the verdict and how sure it is, the officer's finding
 * where the case has one, each group's count against its threshold, the answers that decided, the
 * open items that could still change it, and which answers would change it (`describeChanges`).
 * Where no form could be scored, the reason instead.
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
  const ra = result.riskAssessment;
  const d = describeDetermination(result, s.tr);
  const lines = [`${s.style.bold(t('ui.determination'))}: ${s.style.bold(d.verdict)}${d.outcome === '' ? '' : ` (${d.outcome})`}`];
  if (result.riskForm === null) lines.push(`  ${t('ui.no-risk-form')}`);
  else if (ra === null) lines.push(`  ${t(`reason.${result.riskForm.reason ?? 'NO_RULE_DECIDED'}`)}`);
  for (const line of d.details) lines.push(`  ${line}`);
  if (ra === null) return lines;

  const deciding = ra.groups.filter((g) => g.met);
  if (deciding.length > 0) {
    lines.push(s.style.bold(t('ui.answers-decided')));
    for (const g of deciding) {
      const yes = ra.items.filter((i) => i.group === g.id && i.answer === 'yes').map((i) => i.id);
      lines.push(`  ${t('ui.yes-on', { group: g.title, items: itemList(yes, t) })}`);
    }
  }
  if (ra.decisiveItems.length > 0) lines.push(`${s.style.bold(t('ui.open-items'))}: ${itemList(ra.decisiveItems, t)}`);
  const change = describeChanges(result, s.tr);
  if (change) {
    lines.push(s.style.bold(change.heading));
    for (const line of change.lines) lines.push(`  ${line}`);
  }
  return lines;
}
