import type { LoadedRuleSet } from './parse-rule-set.js';
import type { RuleSetRegistry } from './rule-set-registry.js';

/**
 * The rule set of a series in force on a day: the one with the latest `effectiveFrom` on or before
 * that day, unless its own `effectiveTo` has passed (then nothing of that series is in force).
 * Proposed rule sets are considered only when asked for, and then win over in-force ones from
 * their date. A day before the first version gives `undefined`, never the nearest version.
 *
 * @param registry - from `ruleSetRegistry`
 * @param series - the series slug, e.g. `ro-police-risk-form`
 * @param date - the day, `YYYY-MM-DD` in Europe/Bucharest
 * @param options - `includeProposed`: consider proposed law
 * @returns the rule set in force, or `undefined`
 * @example
 * resolveRuleSet(ruleSetRegistry(), 'ro-police-risk-form', '2018-12-27') //=> undefined
 * @since 0.1.0
 */
export function resolveRuleSet(
  registry: RuleSetRegistry,
  series: string,
  date: string,
  options: { includeProposed?: boolean } = {},
): LoadedRuleSet | undefined {
  const list = registry.series.get(series) ?? [];
  let found: LoadedRuleSet | undefined;
  for (const l of list) {
    if (l.ruleSet.status === 'proposed' && options.includeProposed !== true) continue;
    if (l.ruleSet.effectiveFrom > date) break;
    if (found && found.ruleSet.effectiveFrom === l.ruleSet.effectiveFrom && l.ruleSet.status !== 'proposed') continue;
    found = l;
  }
  if (found?.ruleSet.effectiveTo !== undefined && found.ruleSet.effectiveTo < date) return undefined;
  return found;
}
