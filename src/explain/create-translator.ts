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

/** The words of `sourceStatusSchema` and of a rule set's `status`. */
const STATUS_WORDS: ReadonlySet<string> = new Set(['confirmed', 'reported', 'seed', 'unverified', 'caller-supplied', 'in-force', 'proposed']);

/**
 * A translator for one evaluation: the user's pack first, then the shipped pack of the language,
 * then the shipped English pack (recording the key as missing), then the given fallback text.
 *
 * A `{status}` placeholder whose value is a status word (`reported`, `unverified`, `in-force`, …)
 * is filled with that status's label (`ui.status.<word>`): messages are built where the rule set
 * is read, with the raw word, and a Romanian message must not carry an English status.
 *
 * @param lang - `ro` or `en`
 * @param user - an agency's label pack, or undefined
 * @returns the translator
 * @example
 * createTranslator('ro').t('ui.met') //=> 'ATINS'
 * createTranslator('ro').t('ui.deadlines.source', { citation: 'Legea 217/2003', status: 'reported', ruleSet: 'x' }) //=> 'sursa: Legea 217/2003 · din surse secundare · x'
 * @since 0.1.0
 */
export function createTranslator(lang: Language, user?: LoadedLabelPack): Translator {
  const shipped = shippedLabelPacks();
  const missing = new Set<string>();
  const own = (key: string): string | undefined => {
    const labels = [user?.pack.labels, shipped[lang].pack.labels];
    for (const l of labels) if (l !== undefined && Object.hasOwn(l, key)) return l[key];
    return undefined;
  };
  const lookup = (key: string): string | undefined => {
    const text = own(key);
    if (text !== undefined) return text;
    if (!Object.hasOwn(shipped.en.pack.labels, key)) return undefined;
    missing.add(key);
    return shipped.en.pack.labels[key];
  };
  const value = (name: string, v: string | number): string => {
    if (name === 'status' && typeof v === 'string' && STATUS_WORDS.has(v)) return lookup(`ui.status.${v}`) ?? v;
    return String(v);
  };
  const fill = (text: string, params: Readonly<Record<string, string | number>>): string =>
    text.replace(/\{(\w+)\}/g, (whole, name: string) => {
      const v = Object.hasOwn(params, name) ? params[name] : undefined;
      return v === undefined ? whole : value(name, v);
    });
  return {
    lang,
    missing,
    t(key, params = {}, fallback) {
      const text = lookup(key);
      return fill(text ?? fallback ?? key, params);
    },
  };
}

let english: Translator | undefined;
/**
 * The shipped English labels' translator, made once and shared: the library's own English words
 * (a warning's note, a condition's words, the calendar file, a report's issues) read it.
 *
 * @returns the translator of `createTranslator('en')`
 * @example
 * englishTranslator().t('ui.met') //=> 'MET'
 * @since 0.1.0
 */
export function englishTranslator(): Translator {
  english ??= createTranslator('en');
  return english;
}
