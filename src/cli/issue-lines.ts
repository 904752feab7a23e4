import { createTranslator, type ErrorIssue, type Translator } from '../index.js';
import { systemCodesInWords } from './describe-error.js';
import { localizedError, type ErrorData } from './localized-error.js';
import { safeText } from './safe-text.js';

/** Most issues listed for a person (a terminal, a report's text, JUnit, TAP); the JSON lists them all. */
export const MAX_SHOWN_ISSUES = 10;

/**
 * The issues of an error as lines for a person: `at <path>: <message>` for each of the first
 * `MAX_SHOWN_ISSUES`, then `… and N more (--json lists them all)`, in the translator's words. The
 * terminal's errors (`printError`), the fixtures reporters and the impact report all list issues
 * with this, so they are bounded alike. Control characters of paths and messages become `?`.
 *
 * @param issues - paths and messages, in the reader's language already (see `errorIssueLines`)
 * @param tr - the translator of the words `at` and `… and N more`
 * @returns the lines, none without issues
 * @example
 * issueLines([{ path: 'incidentAt', message: 'Invalid ISO datetime' }], createTranslator('en')) //=> ['at incidentAt: Invalid ISO datetime']
 * @since 0.1.0
 */
export function issueLines(issues: readonly ErrorIssue[], tr: Pick<Translator, 't'>): string[] {
  const lines = issues.slice(0, MAX_SHOWN_ISSUES).map((i) => `${tr.t('ui.error.at')} ${safeText(i.path)}: ${safeText(systemCodesInWords(i.message))}`);
  if (issues.length > MAX_SHOWN_ISSUES) lines.push(tr.t('ui.error.more', { count: issues.length - MAX_SHOWN_ISSUES }));
  return lines;
}

/**
 * The issues of an error (a `DvRulesError`, or the error object of a report) as `issueLines`, in
 * the translator's language: in English as the library words them; in another language worded by
 * `localizedError` from their paths and messages, as the Romanian terminal words them.
 *
 * @param error - the error, or its data
 * @param tr - the translator of the output (`--lang`); without it, English
 * @returns the lines
 * @example
 * errorIssueLines({ code: 'INVALID_CASE', message: 'evaluate: the case is invalid', issues: [{ path: 'colour', message: 'Unknown field: not part of the schema' }] }, createTranslator('ro'))
 * //=> ['la colour: câmp necunoscut, care nu face parte din schemă']
 * @since 0.1.0
 */
export function errorIssueLines(error: ErrorData, tr: Translator = english()): string[] {
  return issueLines(tr.lang === 'en' ? error.issues : localizedError(error, { tr }).issues, tr);
}

let en: Translator | undefined;
/** The shipped English labels' translator, made once, for every English text of the command line (the CLI reads the library through its public entry only; the library has its own). */
export function english(): Translator {
  en ??= createTranslator('en');
  return en;
}
