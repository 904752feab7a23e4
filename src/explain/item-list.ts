import type { Translator } from './create-translator.js';

/**
 * Items named as a reader of the form knows them: by their number on the form ("questions 2, 5
 * and 7", "întrebările 2, 5 și 7"), not by their ids (`q2`). Every shipped and user item id is
 * `q<N>`; an id of another shape is kept as it is.
 *
 * @param ids - item ids, in the order to name them
 * @param t - the translator's `t` of the text's language
 * @returns the phrase, with the noun in the singular for one item
 * @example
 * itemList(['q2', 'q5', 'q7'], createTranslator('en').t) //=> 'questions 2, 5 and 7'
 * @since 0.1.0
 */
export function itemList(ids: readonly string[], t: Translator['t']): string {
  const names = ids.map((id) => /^q(\d+)$/.exec(id)?.[1] ?? id);
  if (names.length === 1) return t('ui.items.single', { item: names[0] ?? '' });
  const last = names[names.length - 1] ?? '';
  return t('ui.items.list', { items: names.slice(0, -1).join(', '), last });
}
