import type { Translator } from './create-translator.js';

/**
 * A rule-set parameter in words: `ui.param.<series>.<name>` where one series gives a name its own
 * meaning (`maxMonths` is a penalty limit in `ro-order-breach`, an order's duration elsewhere),
 * else `ui.param.<name>`, else the name itself (a caller's rule set may add parameters).
 *
 * @param t - the translator's `t`
 * @param ruleSet - the rule set's id (`<series>/<date>`) or its series
 * @param name - the parameter's name
 * @returns its label, or `name`
 * @example
 * parameterLabel(createTranslator('en').t, 'ro-order-breach/2020-08-22', 'maxMonths') //=> 'upper limit of the penalty, in months'
 * parameterLabel(createTranslator('ro').t, 'ro-law-217-2003-provisional-order/2018-12-28', 'durationHours') //=> 'durata ordinului provizoriu, în ore'
 * @since 0.1.0
 */
export function parameterLabel(t: Translator['t'], ruleSet: string, name: string): string {
  const series = ruleSet.split('/')[0] ?? ruleSet;
  return t(`ui.param.${series}.${name}`, {}, t(`ui.param.${name}`, {}, name));
}
