import type { Translator } from './create-translator.js';

/**
 * The words for an identifier a rule set or result uses (a measure, a filer, a form of
 * violence, a source status, a case event…), from the label `ui.<kind>.<id>`. An identifier
 * no pack labels (a caller's rule set may name a new measure) is shown as it is, so the output
 * still says everything the result says.
 *
 * @param t - the translator's `t`
 * @param kind - the label family: `measure`, `filer`, `violence-form`, `status`, `event`, …
 * @param id - the identifier
 * @returns its label, or `id`
 * @example
 * labelOf(createTranslator('ro').t, 'filer', 'prosecutor') //=> 'procurorul (în numele victimei)'
 * labelOf(createTranslator('ro').t, 'measure', 'agency-new-measure') //=> 'agency-new-measure'
 * @since 0.1.0
 */
export function labelOf(t: Translator['t'], kind: string, id: string): string {
  return t(`ui.${kind}.${id}`, {}, id);
}

/**
 * A list of identifiers in words, joined with commas (see `labelOf`).
 *
 * @param t - the translator's `t`
 * @param kind - the label family
 * @param ids - the identifiers, in order
 * @returns the labels joined by `, `
 * @example
 * labelsOf(createTranslator('en').t, 'filer', ['victim', 'prosecutor']) //=> 'the victim, the prosecutor (in the victim's name)'
 * @since 0.1.0
 */
export function labelsOf(t: Translator['t'], kind: string, ids: readonly string[]): string {
  return ids.map((id) => labelOf(t, kind, id)).join(', ');
}
