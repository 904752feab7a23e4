import { parseDataText, readDataFile } from '../versions/load-rule-set-file.js';
import type { CliIo } from './io.js';

/**
 * Reads the document a command works on: a file (JSON, or YAML by extension), or standard input
 * when the argument is `-` or absent.
 */
export async function readCaseInput(arg: string | undefined, io: CliIo, api: string): Promise<unknown> {
  if (arg === undefined || arg === '-') return parseDataText(await io.readStdin(), 'json', api, 'standard input');
  return readDataFile(arg, api);
}
