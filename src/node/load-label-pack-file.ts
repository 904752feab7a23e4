import { parseLabelPack, type LoadedLabelPack } from '../explain/parse-label-pack.js';
import { readDataFile } from './read-data-file.js';

/**
 * Reads and validates a label-pack file (JSON, or YAML by extension): the file is read as
 * `readDataFile` reads, then checked by `parseLabelPack`.
 *
 * @param file - path to the pack
 * @returns the validated pack
 * @throws DvRulesError `FILE_NOT_READABLE`, `INVALID_JSON` or `INVALID_LABEL_PACK`, naming the file
 * @example
 * (await loadLabelPackFile('agency/ro-official.json')).pack.lang //=> 'ro'
 * @since 0.1.0
 */
export async function loadLabelPackFile(file: string): Promise<LoadedLabelPack> {
  return parseLabelPack(await readDataFile(file, { api: 'loadLabelPackFile' }), { file, origin: 'user' });
}
