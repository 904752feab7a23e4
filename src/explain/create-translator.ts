import type { Language } from '../schema/label-pack.js';
import type { LoadedLabelPack } from './parse-label-pack.js';
import { shippedLabelPacks } from './parse-label-pack.js';

/** Looks texts up by key in the chosen language and fills their placeholders. */
export interface Translator {
  readonly lang: Language;
  /** The text of `key`, or `fallback` (then undefined is never returned), filled with `params`. */
  t(key: string, params?: Readonly<Record<string, string | number>>, fallback?: string): string;
  /** Keys the user's pack should have had but lacked (filled from the shipped pack). */
  readonly missing: ReadonlySet<string>;
}

/**
 * A translator for one evaluation: the user's pack first, then the shipped pack of the language,
 * then the shipped English pack (recording the key as missing), then the given fallback text.
 *
 * @param lang - `ro` or `en`
 * @param user - an agency's label pack, or undefined
 * @returns the translator
 * @example
 * createTranslator('ro').t('ui.met') //=> 'ATINS'
 * @since 0.1.0
 */
export function createTranslator(lang: Language, user?: LoadedLabelPack): Translator {
  const shipped = shippedLabelPacks();
  const missing = new Set<string>();
  const fill = (text: string, params: Readonly<Record<string, string | number>>): string =>
    text.replace(/\{(\w+)\}/g, (whole, name: string) => (params[name] === undefined ? whole : String(params[name])));
  return {
    lang,
    missing,
    t(key, params = {}, fallback) {
      const own = user?.pack.labels[key] ?? shipped[lang].pack.labels[key];
      if (own !== undefined) return fill(own, params);
      const english = shipped.en.pack.labels[key];
      if (english !== undefined) {
        missing.add(key);
        return fill(english, params);
      }
      return fill(fallback ?? key, params);
    },
  };
}
