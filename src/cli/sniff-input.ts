import { readFile, stat } from 'node:fs/promises';
import { MAX_FILE_BYTES } from '../index.js';

/** Why a document could not be parsed, when the reason is not its syntax. */
export type InputProblem = 'empty' | 'utf-16' | 'binary';

/**
 * Whether text (decoded as UTF-8) is empty, was written in UTF-16 (a UTF-16 file read as UTF-8
 * starts with two replacement characters, its byte-order mark, or has a NUL in every other byte),
 * or is not text at all (NUL bytes anywhere else: binary data). Each would otherwise be reported
 * as a syntax error.
 *
 * @param text - the text
 * @returns the problem, or undefined when the text is neither
 * @example
 * sniffText(' \n') //=> 'empty'
 * sniffText('{"a":1}') //=> undefined
 * sniffText('{\u0000"\u0000}\u0000') //=> 'utf-16'
 * @since 0.1.0
 */
export function sniffText(text: string): InputProblem | undefined {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (body.trim() === '') return 'empty';
  const nul = body.indexOf('\u0000');
  if (nul === -1) return body.startsWith('\uFFFD\uFFFD') ? 'utf-16' : undefined;
  // UTF-16 text is mostly letters of the first 256 code points: a NUL in every other byte, on one
  // side only. NULs anywhere else are binary data (an image, a program, random bytes).
  const sample = body.slice(body.startsWith('\uFFFD\uFFFD') ? 2 : 0, 4096);
  const nuls = [0, 0];
  for (let i = 0; i < sample.length; i++) if (sample.charCodeAt(i) === 0) nuls[i % 2]! += 1;
  const half = Math.max(1, Math.floor(sample.length / 2));
  const [even, odd] = nuls as [number, number];
  return Math.max(even, odd) >= half * 0.5 && Math.min(even, odd) <= half * 0.1 ? 'utf-16' : 'binary';
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
