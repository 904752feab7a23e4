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

// What `safeOutput` lets through: the line end and the tab, and, with colour on, the SGR sequences
// (`ESC [ digits m`) that node:util's styleText writes. Every other escape sequence (OSC `ESC ]`,
// screen clearing `ESC [2J`, cursor moves) loses its ESC.
const SGR = /^\u001b\[[0-9;]*m/;
const C0 = /[\u0000-\u0008\u000b-\u001a\u001c-\u001f]/g; // ESC is dealt with above
// Invisible or reordering characters, and DEL and C1: written as a visible `\uXXXX` escape, which is
// also what JSON would read as the same character, so a JSON output keeps its meaning.
/** The class of those characters (also what `jsonLine` escapes, so a JSON line passes the gate unchanged). */
export const INVISIBLE_CHARS = '\\u007f-\\u009f\\u200b-\\u200f\\u2028\\u2029\\u202a-\\u202e\\u2060-\\u2064\\u2066-\\u2069\\ufeff';
const INVISIBLE = new RegExp(`[${INVISIBLE_CHARS}]`, 'g');
/** Anything the gate would change: a C0 control other than the line end and the tab (ESC included), or an invisible character. */
const NEEDS_GATE = new RegExp(`[\\u0000-\\u0008\\u000b-\\u001f${INVISIBLE_CHARS}]`);

/**
 * The single gate between the command line and its standard output: every text a command writes
 * passes here (`runCli` wraps the output), so text that came from input (an officer's reason, a
 * label pack, a user rule set's descriptions, a scenario's title, a file name) cannot move the
 * cursor, clear the screen, retitle the terminal or reorder what is read. A C0 control other than
 * the line end and the tab becomes `?`; an ESC does too, unless colour is on and it begins an SGR
 * (colour) sequence; DEL, C1, zero-width and bidirectional characters become a `\uXXXX` escape
 * (in JSON, the same character; on a terminal, visible). JSON output (control characters escaped
 * by `JSON.stringify`) passes unchanged in meaning.
 *
 * @param text - what a command writes
 * @param color - whether colour sequences are allowed (the output's `color`)
 * @returns the text, safe for a terminal
 * @example
 * safeOutput('\u001b]0;pwned\u0007reason\u001b[2J', false) //=> '?]0;pwned?reason?[2J'
 * @since 0.1.0
 */
export function safeOutput(text: string, color: boolean): string {
  // Most output has nothing to change (JSON lines escape all of it already): one scan, no copy.
  if (!NEEDS_GATE.test(text)) return text;
  let out = '';
  let from = 0;
  for (let i = text.indexOf('\u001b'); i >= 0; i = text.indexOf('\u001b', i + 1)) {
    const keep = color ? SGR.exec(text.slice(i, i + 16))?.[0] : undefined;
    out += `${text.slice(from, i)}${keep ?? '?'}`;
    from = i + (keep?.length ?? 1);
    if (keep !== undefined) i += keep.length - 1;
  }
  out += text.slice(from);
  return out.replace(C0, '?').replace(INVISIBLE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
