import * as util from 'node:util';

/** The few styles the CLI uses; with colour off, each returns its text unchanged. */
export interface TextStyle {
  bold(s: string): string;
  dim(s: string): string;
  red(s: string): string;
  green(s: string): string;
  yellow(s: string): string;
}

type Format = 'bold' | 'dim' | 'red' | 'green' | 'yellow';

/**
 * The CLI's styles, written by `node:util`'s `styleText` (no escape code is written by hand).
 * Whether to colour is decided once by the caller (`colorEnabled`), so the stream check of
 * `styleText` is turned off; a Node 20 without `styleText` (before 20.12) prints plain text.
 *
 * @param color - whether colour is on
 * @returns the styles
 * @example
 * textStyle(false).bold('Why') //=> 'Why'
 * textStyle(true).bold('Why') //=> '\u001b[1mWhy\u001b[22m'
 * @since 0.1.0
 */
export function textStyle(color: boolean): TextStyle {
  const styleText = (util as { styleText?: typeof util.styleText }).styleText;
  const make = (format: Format) => (s: string): string =>
    color && styleText !== undefined ? styleText(format, s, { validateStream: false }) : s;
  return { bold: make('bold'), dim: make('dim'), red: make('red'), green: make('green'), yellow: make('yellow') };
}
