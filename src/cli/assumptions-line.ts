import { parameterLabel, type Assumption, type Translator } from '../index.js';
import { safeText } from './safe-text.js';

/**
 * The one line a readable output gives the caller's assumptions (a result's
 * `receipt.options.assumptions`, or those an impact report rests on), each with its source, or
 * undefined when there are none.
 *
 * @param list - the assumptions
 * @param tr - the translator of the output
 * @returns the line
 * @example
 * assumptionsLine(result.receipt.options.assumptions, createTranslator('en'))
 * //=> 'Assumed by the caller (1): ro-order-breach/2025-12-15 in force from 2026-01-10 (source: MO 1234/2026)'
 * @since 0.1.0
 */
export function assumptionsLine(list: readonly Assumption[], tr: Pick<Translator, 't'>): string | undefined {
  if (list.length === 0) return undefined;
  const { t } = tr;
  const items = list.map((a) =>
    a.effectiveFrom !== undefined
      ? t('ui.assumption.effective-from', { ruleSet: a.ruleSet, value: a.effectiveFrom, source: safeText(a.source) })
      : t('ui.assumption.parameter', { ruleSet: a.ruleSet, parameter: parameterLabel(t, a.ruleSet, a.parameter ?? ''), value: safeText(show(a.value)), source: safeText(a.source) }),
  );
  return `${t('ui.assumptions', { count: list.length })}: ${items.join('; ')}`;
}

function show(value: string | number | boolean | readonly string[] | undefined): string {
  return Array.isArray(value) ? value.join(', ') : String(value);
}
