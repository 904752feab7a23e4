// DEL, the C1 controls (\u0085 is a line end for some readers) and the two Unicode line
// separators: JSON.stringify leaves them raw; a terminal or a reader that splits on them would not.
const UNSAFE = /[\u007f-\u009f\u2028\u2029]/g;

/**
 * One value as one line of NDJSON: compact JSON, with every character that a terminal would obey
 * or a line reader would split on written as a `\uXXXX` escape (the same value for any JSON parser).
 *
 * @param value - the value to write
 * @returns its JSON text and a newline
 * @example
 * jsonLine({ a: 'x\u2028y' }) //=> '{"a":"x\\u2028y"}\n'
 * @since 0.1.0
 */
export function jsonLine(value: unknown): string {
  // These characters occur only inside JSON strings, where an escape means the same character.
  return `${JSON.stringify(value).replace(UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}\n`;
}
