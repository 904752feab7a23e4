// Made on first use: creating a segmenter loads ICU's break data (some 7 ms), which a command
// that prints no table (most runs of the CLI) should not pay at start-up.
let segmenter: Intl.Segmenter | undefined;
// East Asian wide and fullwidth ranges, and emoji, which a terminal draws two columns wide.
const WIDE = /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|\p{Extended_Pictographic}/u;

/**
 * How many terminal columns a text takes: one per grapheme (a letter and its combining marks,
 * such as a decomposed `ș`, are one column), two for wide and emoji graphemes. String length
 * counts UTF-16 units instead, which misaligns columns.
 *
 * @param text - text without control characters
 * @returns the width in columns
 * @example
 * displayWidth('s\u0326fârșit') //=> 7
 * @since 0.1.0
 */
export function displayWidth(text: string): number {
  segmenter ??= new Intl.Segmenter('ro', { granularity: 'grapheme' });
  let width = 0;
  for (const { segment } of segmenter.segment(text)) width += WIDE.test(segment) ? 2 : 1;
  return width;
}

/**
 * The text padded with spaces to `width` columns (by `displayWidth`), for aligned tables.
 *
 * @param text - the cell
 * @param width - the column's width
 * @returns the padded text (unchanged when already as wide)
 * @example
 * padToWidth('Ț', 3) //=> 'Ț  '
 * @since 0.1.0
 */
export function padToWidth(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}
