import type { Language } from '../schema/label-pack.js';

/** The plural forms the label packs write for a counted text: `<key>.one`, `<key>.few`, `<key>.other`. */
export type PluralForm = 'one' | 'few' | 'other';

/**
 * The label key of a counted text for `n`: `<key>.one`, `<key>.few` or `<key>.other`. Romanian
 * needs three forms: one (`1 oră`), few (`0`, `2`–`19` and any number ending in 01–19: `5 ore`,
 * `101 ore`) and other, which takes "de" (`20 de ore`, `120 de ore`, `100 de ore`); a fraction
 * is "few" (`1,5 luni`). English has one and other, so its `few` text repeats `other`. Written out
 * rather than taken from `Intl.PluralRules`, so the packs never depend on the ICU data a Node
 * build happens to ship.
 *
 * @param lang - the language of the text
 * @param key - the key without its form, e.g. `ui.duration-hours`
 * @param n - the number the text counts
 * @returns the key with its form
 * @example
 * pluralKey('ro', 'ui.duration-hours', 120) //=> 'ui.duration-hours.other'
 * pluralKey('ro', 'ui.duration-hours', 12) //=> 'ui.duration-hours.few'
 * pluralKey('en', 'ui.duration-hours', 1) //=> 'ui.duration-hours.one'
 * @since 0.1.0
 */
export function pluralKey(lang: Language, key: string, n: number): string {
  return `${key}.${pluralForm(lang, n)}`;
}

/**
 * The plural form of `n` in `lang` (see `pluralKey`).
 *
 * @param lang - `ro` or `en`
 * @param n - the number
 * @returns `one`, `few` or `other`
 * @example
 * pluralForm('ro', 20) //=> 'other'
 * @since 0.1.0
 */
export function pluralForm(lang: Language, n: number): PluralForm {
  if (n === 1) return 'one';
  if (lang === 'en') return 'other';
  if (!Number.isInteger(n)) return 'few';
  const lastTwo = Math.abs(n) % 100;
  return n === 0 || (lastTwo >= 1 && lastTwo <= 19) ? 'few' : 'other';
}
