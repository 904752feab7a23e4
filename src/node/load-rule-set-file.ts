import { parseRuleSet, type LoadedRuleSet } from '../versions/parse-rule-set.js';
import { readDataFile } from './read-data-file.js';

/**
 * Reads and validates a rule-set file (JSON, or YAML by extension) supplied by a user: the file
 * is read as `readDataFile` reads, then checked by `parseRuleSet`.
 *
 * @param file - path to the rule-set file
 * @returns the validated, frozen rule set
 * @throws DvRulesError `FILE_NOT_READABLE`, `INVALID_JSON` or `INVALID_RULE_SET`, naming the file
 * @example
 * (await loadRuleSetFile('agency/form-2024.json')).ruleSet.kind //=> 'risk-form'
 * @since 0.1.0
 */
export async function loadRuleSetFile(file: string): Promise<LoadedRuleSet> {
  const data = await readDataFile(file, { api: 'loadRuleSetFile' });
  return parseRuleSet(data, { file, origin: 'user' });
}
