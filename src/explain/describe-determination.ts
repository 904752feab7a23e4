import type { Result } from '../schema/result.js';
import type { Translator } from './create-translator.js';
import { pluralKey } from './plural-key.js';

/** The determination in words: the verdict, how sure it is, and the lines that explain it. */
export interface DeterminationText {
  /** `IMMINENT RISK`, `NO IMMINENT RISK` or `NO DETERMINATION`. */
  verdict: string;
  /** How sure a count-based verdict is (`established: …`), or '' where the officer's finding decided or no form was scored. */
  outcome: string;
  /** The officer's finding (raised, decided alone, or agrees) and each group's count against its threshold. */
  details: string[];
}

/**
 * The determination of a result in its words: the verdict; for a verdict of the form's count,
 * whether the open items could still change it; the officer's recorded finding when the case has
 * one (it raised the count's result, decided alone, or agrees with the count); and each group's
 * count against its threshold (`questions 1–7: 2 YES, 4 NO, 1 unknown; threshold 2; MET`).
 *
 * @param result - an `evaluate` result
 * @param tr - the translator of the result's language
 * @returns the verdict, the outcome and the detail lines
 * @example
 * describeDetermination(result, createTranslator('ro')).details[0] //=> 'întrebările 1–7: 2 DA, 4 NU, 1 necunoscut; prag 2; ATINS'
 * @since 0.1.0
 */
export function describeDetermination(result: Result, tr: Pick<Translator, 't' | 'lang'>): DeterminationText {
  const { t } = tr;
  const d = result.determination;
  const ra = result.riskAssessment;
  const verdict = d.imminentRisk === null ? t('ui.no-determination') : d.imminentRisk ? t('ui.imminent-risk') : t('ui.no-imminent-risk');
  const outcome = ra && d.basis === 'form' ? t(`ui.outcome.${ra.outcome}`) : '';
  const details: string[] = [];
  if (d.officerReason !== null) {
    const reason = d.officerReason.trim();
    if (d.basis !== 'officer-finding') details.push(t('ui.officer-agrees', { reason }));
    else {
      details.push(t(d.overridden ? 'ui.officer-raised' : 'ui.officer-sole', { reason }));
      if (d.computed !== null) details.push(t('ui.computed-was', { value: d.computed ? t('ui.imminent-risk') : t('ui.no-imminent-risk') }));
    }
  }
  for (const g of ra?.groups ?? []) {
    const met = g.met ? t('ui.met') : t('ui.not-met');
    details.push(t(pluralKey(tr.lang, 'ui.group-line', g.unknown), { group: g.title, yes: g.yes, no: g.no, unknown: g.unknown, threshold: g.threshold, met }));
  }
  return { verdict, outcome, details };
}
