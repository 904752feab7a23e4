import type { Warning } from '../schema/result.js';
import { englishTranslator, type Translator } from './create-translator.js';
import { parameterLabel } from './parameter-label.js';

/**
 * A result's warning as a reader sees it. The legal register gives its code and its full text,
 * rule-set ids and all; the plain register a text without ids or codes (`ui.warning-plain.<code>`,
 * filled from the warning's `parameter` in words), or the full text where no plain one exists.
 *
 * @param w - a warning of the result
 * @param tr - the translator of the result's language
 * @param register - `legal` or `plain`
 * @returns the text
 * @example
 * warningText({ code: 'PARAMETER_UNVERIFIED', message: '…', parameter: 'forms', ruleSet: 'ro-law-217-2003-violence-forms/2020-07-09' }, createTranslator('ro'), 'plain')
 * //=> 'O valoare folosită aici (formele de violență prevăzute de lege) nu este verificată în sursele noastre; …'
 * @since 0.1.0
 */
export function warningText(w: Warning, tr: Pick<Translator, 't'>, register: 'legal' | 'plain'): string {
  if (register === 'legal') return `[${w.code}] ${localNote(w, tr)}`;
  const parameter = w.parameter === undefined ? '' : parameterLabel(tr.t, w.ruleSet ?? '', w.parameter);
  return tr.t(`ui.warning-plain.${w.code}`, { parameter }, w.message);
}

/**
 * The warning's message with the rule set's note on its uncertain effective date (English, as the
 * rule-set file writes it) in the reader's language, from `ui.effective-date-note.<rule-set id>`.
 */
function localNote(w: Warning, tr: Pick<Translator, 't'>): string {
  if (w.code !== 'EFFECTIVE_DATE_UNCERTAIN' || w.ruleSet === undefined) return w.message;
  const key = `ui.effective-date-note.${w.ruleSet}`;
  const original = englishTranslator().t(key, {}, '');
  return original === '' ? w.message : w.message.replace(original, tr.t(key, {}, original));
}

/**
 * A result's warnings as a reader sees them, each text once: in the plain register several
 * warnings can read alike (a counting warning per rule set, say), and a person is told it once.
 *
 * @param warnings - the result's warnings, in order
 * @param tr - the translator of the result's language
 * @param register - `legal` or `plain`
 * @returns the first warning of each distinct text, with its text
 * @example
 * distinctWarnings(result.warnings, createTranslator('ro'), 'plain').map((x) => x.text)
 * @since 0.1.0
 */
export function distinctWarnings(warnings: readonly Warning[], tr: Pick<Translator, 't'>, register: 'legal' | 'plain'): Array<{ warning: Warning; text: string }> {
  const seen = new Set<string>();
  const out: Array<{ warning: Warning; text: string }> = [];
  for (const warning of warnings) {
    const text = warningText(warning, tr, register);
    if (seen.has(text)) continue;
    seen.add(text);
    out.push({ warning, text });
  }
  return out;
}
