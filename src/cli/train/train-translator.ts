import { createTranslator, type Language, type LoadedLabelPack, type Translator } from '../../index.js';
import { TRAIN_TEXTS_EN } from './train-texts-en.js';
import { TRAIN_TEXTS_RO } from './train-texts-ro.js';

/**
 * The translator of a training session: the public `createTranslator` (the agency's pack, then
 * the shipped pack), falling back to the trainer's own texts for `ui.train.*` keys the shipped
 * packs do not hold yet. Once the keys are in `labels/*.json`, the packs win and this table is
 * only a safety net.
 *
 * @param lang - `ro` or `en`
 * @param labels - an agency's label pack (its official item wording), or undefined
 * @returns a translator whose `t` never returns a bare key for a trainer text
 * @example
 * createTrainTranslator('ro').t('ui.train.count.met') //=> 'prag atins'
 * @since 0.1.0
 */
export function createTrainTranslator(lang: Language, labels?: LoadedLabelPack): Translator {
  const base = createTranslator(lang, labels);
  const own = lang === 'ro' ? TRAIN_TEXTS_RO : TRAIN_TEXTS_EN;
  return {
    lang,
    missing: base.missing,
    t: (key, params, fallback) => base.t(key, params, own[key] ?? TRAIN_TEXTS_EN[key] ?? fallback),
  };
}

/**
 * Who the aggressor is, in words of the session's language.
 *
 * @param t - the session's `t`
 * @param relationship - a relationship id (`spouse`, `neighbour`, …)
 * @returns its label, or the id itself when none exists
 * @example
 * relationshipText(createTrainTranslator('ro').t, 'neighbour') //=> 'vecin sau vecină'
 * @since 0.1.0
 */
export function relationshipText(t: Translator['t'], relationship: string): string {
  return t(`ui.train.relationship.${relationship}`, {}, relationship);
}
