import { labelOf, type Translator } from '../../index.js';

/**
 * Who the aggressor is, in words of the session's language (`ui.relationship.<id>`).
 *
 * @param t - the session's `t`
 * @param relationship - a relationship id (`spouse`, `neighbour`, …)
 * @returns its label, or the id itself when none exists
 * @example
 * relationshipText(createTranslator('ro').t, 'neighbour') //=> 'vecin sau vecină'
 * @since 0.1.0
 */
export function relationshipText(t: Translator['t'], relationship: string): string {
  return labelOf(t, 'relationship', relationship);
}
