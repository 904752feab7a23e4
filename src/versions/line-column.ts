/**
 * `line L, column C` (both from 1) of an offset into a text: how errors point at input without
 * quoting it.
 *
 * @param text - the document
 * @param offset - a UTF-16 offset into it
 * @returns the position, for a message
 * @example
 * lineColumn('{\n "a": 1}', 3) //=> 'line 2, column 2'
 * @since 0.1.0
 */
export function lineColumn(text: string, offset: number): string {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    start = i + 1;
  }
  return `line ${line}, column ${offset - start + 1}`;
}
