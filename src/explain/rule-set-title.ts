import type { Translator } from './create-translator.js';
import { shippedLabelPacks } from './parse-label-pack.js';

/**
 * The words of a rule set, in the translator's language, from `ui.rule-set.<id>.<part>`; the
 * rule-set file itself stays in English (it is hashed and never edited). The shipped translation
 * is used only while the text it translates is the text given: a rule set of a caller's own that
 * reuses a shipped id (the verified 2024 form, an agency's correction) has other words, and keeps
 * them. An agency's pack may word its own rule sets with the same keys.
 */
function ruleSetText(t: Translator['t'], id: string, part: 'title' | 'summary', own: string): string {
  const key = `ui.rule-set.${id}.${part}`;
  const shippedEnglish = shippedLabelPacks().en.pack.labels[key];
  if (shippedEnglish !== undefined && shippedEnglish !== own) return own;
  return t(key, {}, own);
}

/**
 * A rule set's title in the reader's language (`ui.rule-set.<id>.title`), or its own title when no
 * pack words it or when it is not the shipped rule set of that id.
 *
 * @param t - the translator's `t`
 * @param ruleSet - the rule set, or its line of `listRuleSets()`
 * @returns the title
 * @example
 * ruleSetTitle(createTranslator('ro').t, listRuleSets().find((r) => r.id === 'ro-order-breach/2018-07-21')!)
 * //=> 'Încălcarea ordinului instanței sau a celui provizoriu: de la 1 lună la 1 an'
 * @since 0.1.0
 */
export function ruleSetTitle(t: Translator['t'], ruleSet: { readonly id: string; readonly title: string }): string {
  return ruleSetText(t, ruleSet.id, 'title', ruleSet.title);
}

/**
 * A rule set's summary (what it changed) in the reader's language (`ui.rule-set.<id>.summary`),
 * on the same terms as `ruleSetTitle`.
 *
 * @param t - the translator's `t`
 * @param ruleSet - the rule set, or any object with its id and English summary
 * @returns the summary
 * @example
 * ruleSetSummary(createTranslator('ro').t, { id: 'ro-law-217-2003-violence-forms/2020-07-09', summary: 'Law 106/2020 adds cyber violence as an eighth form.' })
 * //=> 'Legea nr. 106/2020 adaugă violența cibernetică drept a opta formă.'
 * @since 0.1.0
 */
export function ruleSetSummary(t: Translator['t'], ruleSet: { readonly id: string; readonly summary: string }): string {
  return ruleSetText(t, ruleSet.id, 'summary', ruleSet.summary);
}
