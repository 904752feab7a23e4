import { parseDataText } from '../versions/parse-data-text.js';
import { readTextFile } from './read-text-file.js';

/**
 * Reads a JSON or YAML document (YAML when the name ends in `.yaml`/`.yml`) from a file, as the
 * library reads every file: at most `MAX_FILE_BYTES`, then `parseDataText` (a key given twice is
 * refused, errors give the line, never the text). For a case file, a stored result, any document
 * the caller will then validate.
 *
 * @param file - path to the file
 * @param options - `api`: the API name errors start with (default `readDataFile`)
 * @returns the parsed document (not yet validated against any schema)
 * @throws DvRulesError `FILE_NOT_READABLE` (missing, unreadable, too large) or `INVALID_JSON`, naming the file
 * @example
 * await evaluate(await readDataFile('case.yaml')) //=> { schemaVersion: 1, … }
 * @since 0.1.0
 */
export async function readDataFile(file: string, options: { api?: string } = {}): Promise<unknown> {
  const api = options.api ?? 'readDataFile';
  return parseDataText(await readTextFile(file, api), { file, api });
}
