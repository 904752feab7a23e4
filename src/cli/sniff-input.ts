import { readFile, stat } from 'node:fs/promises';
import { MAX_FILE_BYTES } from '../index.js';

/** Why a document could not be parsed, when the reason is not its syntax. */
export type InputProblem = 'empty' | 'utf-16';

/**
 * Whether text (decoded as UTF-8) is empty or was written in UTF-16: a UTF-16 file read as
 * UTF-8 starts with two replacement characters (its byte-order mark) or has a NUL in every other
 * byte. Both would otherwise be reported as a syntax error.
 *
 * @param text - the text
 * @returns the problem, or undefined when the text is neither
 * @example
 * sniffText(' \n') //=> 'empty'
 * sniffText('{"a":1}') //=> undefined
 * @since 0.1.0
 */
export function sniffText(text: string): InputProblem | undefined {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (body.trim() === '') return 'empty';
  if (body.startsWith('\uFFFD\uFFFD') || body.includes('\u0000')) return 'utf-16';
  return undefined;
}

/**
 * `sniffText` for a file that could not be parsed; undefined when it cannot be read again or is
 * larger than the library reads.
 *
 * @param file - the file's path
 * @returns the problem, or undefined
 * @example
 * await sniffFile('empty.json') //=> 'empty'
 * @since 0.1.0
 */
export async function sniffFile(file: string): Promise<InputProblem | undefined> {
  try {
    if ((await stat(file)).size > MAX_FILE_BYTES) return undefined;
    return sniffText((await readFile(file)).toString('utf8'));
  } catch {
    return undefined;
  }
}
