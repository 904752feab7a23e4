import { DvRulesError, parseDataText } from '../index.js';
import { readDataFile } from '../node/index.js';
import type { CliIo } from './io.js';
import { usageError } from './parse-command-args.js';
import { refuseNonRegularFile } from './regular-file.js';
import { sniffText } from './sniff-input.js';

/**
 * Reads the document a command works on: a file (JSON, or YAML by extension), or standard input
 * when the argument is `-` or absent (JSON when it starts with `{` or `[`, YAML otherwise). With
 * no argument on a terminal it says what it expects instead of waiting for input.
 */
export async function readCaseInput(arg: string | undefined, io: CliIo, api: string): Promise<unknown> {
  expectInput(arg, io, api);
  if (arg !== undefined && arg !== '-') {
    await refuseNonRegularFile(arg, api);
    return readDataFile(arg, { api });
  }
  const text = await io.readStdin();
  const problem = sniffText(text);
  if (problem === 'empty') throw new DvRulesError('INVALID_JSON', `${api}: standard input is empty`, [{ path: '$', message: 'Empty input' }], 'standard input');
  if (problem === 'binary') throw new DvRulesError('INVALID_JSON', `${api}: standard input is not text: it holds binary data`, [{ path: '$', message: 'Not text' }], 'standard input');
  if (problem === 'utf-16') {
    throw new DvRulesError('INVALID_JSON', `${api}: standard input is written in UTF-16, not UTF-8`, [{ path: '$', message: 'Not UTF-8' }], 'standard input');
  }
  return parseDataText(text, { format: /^\uFEFF?\s*[[{]/.test(text) ? 'json' : 'yaml', file: 'standard input', api });
}

/**
 * Refuses to wait silently: a command given no input file while standard input is a terminal
 * says what it expects (`-` still reads what is typed there).
 *
 * @param arg - the file argument, `-` or undefined
 * @param io - whether standard input is a terminal
 * @param api - the command, named in the message
 * @throws DvRulesError `INVALID_ARGUMENTS` with no file on a terminal
 * @example
 * expectInput(undefined, { stdinIsTTY: true, … }, 'evaluate') // throws: evaluate needs a case …
 * @since 0.1.0
 */
export function expectInput(arg: string | undefined, io: Pick<CliIo, 'stdinIsTTY'>, api: string): void {
  if (arg !== undefined || io.stdinIsTTY !== true) return;
  throw usageError(
    `${api} needs a case: a JSON or YAML file (dv-rules ${api} case.json), or one piped in (cat case.json | dv-rules ${api})`,
    `"dv-rules ${api} -" reads a case typed here, ended by Ctrl-D; dv-rules ${api} --help lists the flags`,
  );
}
