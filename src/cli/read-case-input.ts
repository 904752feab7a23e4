import { parseDataText } from '../index.js';
import { readDataFile } from '../node/index.js';
import type { CliIo } from './io.js';

/**
 * Reads the document a command works on: a file (JSON, or YAML by extension), or standard input
 * when the argument is `-` or absent.
 */
export async function readCaseInput(arg: string | undefined, io: CliIo, api: string): Promise<unknown> {
  if (arg === undefined || arg === '-') return parseDataText(await io.readStdin(), { format: 'json', file: 'standard input', api });
  return readDataFile(arg, { api });
}
