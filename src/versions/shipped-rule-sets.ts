import policeRiskForm20181228 from '../../rules/ro-police-risk-form/2018-12-28.json';
import { parseRuleSet, type LoadedRuleSet } from './parse-rule-set.js';

/** Every rule-set file under rules/, by path. A test fails when a file is missing here. */
const SHIPPED: Record<string, unknown> = {
  'rules/ro-police-risk-form/2018-12-28.json': policeRiskForm20181228,
};

let cache: readonly LoadedRuleSet[] | undefined;

/**
 * The rule sets shipped with the library, validated on first use like any user's rule set.
 *
 * @returns every shipped rule set, frozen
 * @example
 * shippedRuleSets().map((l) => l.ruleSet.id) //=> ['ro-police-risk-form/2018-12-28', …]
 * @since 0.1.0
 */
export function shippedRuleSets(): readonly LoadedRuleSet[] {
  cache ??= Object.freeze(
    Object.entries(SHIPPED).map(([file, data]) => parseRuleSet(data, { file, origin: 'shipped' })),
  );
  return cache;
}
