import type { Translator } from './create-translator.js';

/**
 * A risk form in words (`form.<series>.name`): what a reader is told instead of a rule-set id. A
 * caller's form that no pack names keeps its id.
 *
 * @param t - the translator's `t`
 * @param ruleSet - the form's rule-set id (`<series>/<date>`)
 * @returns the name
 * @example
 * formName(createTranslator('ro').t, 'ro-police-risk-form/2018-12-28') //=> 'formularul de risc al poliției din 2018'
 * @since 0.1.0
 */
export function formName(t: Translator['t'], ruleSet: string): string {
  return t(`form.${ruleSet.split('/')[0] ?? ruleSet}.name`, {}, ruleSet);
}
