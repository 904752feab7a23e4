// C0 and C1 controls, DEL, the Unicode line and paragraph separators and the bidirectional
// overrides and isolates: a terminal obeys them (or a reader is misled by them), so text that came
// from input never reaches a terminal with them.
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/**
 * Text that came from input (a file name, a path into the document, a fixture's name), made safe
 * to print on a terminal or in a report: every control character is replaced by `?`.
 *
 * @param text - the text
 * @returns the text without control characters
 * @example
 * safeText('case\u001b[2J.json') //=> 'case?[2J.json'
 * @since 0.1.0
 */
export function safeText(text: string): string {
  return text.replace(UNSAFE, '?');
}
