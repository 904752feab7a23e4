import type { Assumption } from '../schema/assumption.js';
import { canonicalJson } from './canonical-json.js';
import { assumedRuleSet } from './assumed-rule-set.js';
import type { LoadedRuleSet } from './parse-rule-set.js';
import type { RuleSetRegistry } from './rule-set-registry.js';

const memo = new WeakMap<RuleSetRegistry, Map<string, RuleSetRegistry>>();
const MEMO_LIMIT = 64;

/**
 * The registry with the caller's (already checked) assumptions applied: each rule set they name
 * replaced by its assumed copy, its series re-sorted by in-force day. Memoised by the
 * assumptions' canonical JSON, so repeated calls with equal assumptions share the registry and
 * the compiled rule sets.
 *
 * @param base - the registry of the shipped and the caller's rule sets
 * @param assumptions - the assumptions (`checkAssumptions` found no issue)
 * @returns the registry the evaluation uses
 * @example
 * resolveRuleSet(assumedRegistry(ruleSetRegistry(), [{ ruleSet: 'ro-order-breach/2025-12-15', effectiveFrom: '2026-01-10', source: 'MO' }]), 'ro-order-breach', '2026-01-05')?.ruleSet.id
 * //=> 'ro-order-breach/2020-08-22'
 * @since 0.1.0
 */
export function assumedRegistry(base: RuleSetRegistry, assumptions: readonly Assumption[]): RuleSetRegistry {
  const key = canonicalJson(assumptions);
  let byKey = memo.get(base);
  const hit = byKey?.get(key);
  if (hit) return hit;
  const series = new Map<string, readonly LoadedRuleSet[]>(base.series);
  for (const [name, list] of base.series) {
    if (!list.some((l) => assumptions.some((a) => a.ruleSet === l.ruleSet.id))) continue;
    const changed = list.map((l) => {
      const mine = assumptions.filter((a) => a.ruleSet === l.ruleSet.id);
      return mine.length === 0 ? l : assumedRuleSet(l, mine);
    });
    series.set(name, changed.sort((a, b) => a.ruleSet.effectiveFrom.localeCompare(b.ruleSet.effectiveFrom)));
  }
  const registry: RuleSetRegistry = { series };
  if (!byKey) {
    byKey = new Map();
    memo.set(base, byKey);
  }
  if (byKey.size < MEMO_LIMIT) byKey.set(key, registry);
  return registry;
}
