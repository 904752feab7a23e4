import { DvRulesError } from '../errors.js';
import type { LoadedRuleSet } from './parse-rule-set.js';
import { shippedRuleSets } from './shipped-rule-sets.js';
import type { Assumption } from '../schema/assumption.js';
import { assumedRegistry } from './assumed-registry.js';

/**
 * The rule sets one evaluation may use: the shipped ones, with any the caller supplied
 * replacing a shipped set of the same id or extending a series.
 */
export interface RuleSetRegistry {
  /** Every rule set of a series, oldest first. */
  readonly series: ReadonlyMap<string, readonly LoadedRuleSet[]>;
}

const registries = new WeakMap<readonly LoadedRuleSet[], RuleSetRegistry>();
let shippedRegistry: RuleSetRegistry | undefined;

/**
 * Builds the registry of rule sets by series. Two rule sets of one series with the same date and
 * the same status would leave a day with two laws: that is refused.
 *
 * @param extra - user-supplied rule sets (already validated); they win over shipped ones with the same id
 * @param assumptions - the caller's corrections (already checked, see `checkAssumptions`), applied to copies
 * @returns the registry
 * @throws DvRulesError `INVALID_RULE_SET` when two rule sets collide
 * @example
 * ruleSetRegistry().series.get('ro-police-risk-form')?.length //=> 1
 * @since 0.1.0
 */
export function ruleSetRegistry(extra: readonly LoadedRuleSet[] = [], assumptions: readonly Assumption[] = []): RuleSetRegistry {
  if (assumptions.length > 0) return assumedRegistry(ruleSetRegistry(extra), assumptions);
  if (extra.length === 0 && shippedRegistry) return shippedRegistry;
  const cached = registries.get(extra);
  if (cached) return cached;
  const byId = new Map<string, LoadedRuleSet>();
  for (const l of shippedRuleSets()) byId.set(l.ruleSet.id, l);
  const userIds = new Set<string>();
  for (const l of extra) {
    if (userIds.has(l.ruleSet.id)) {
      throw new DvRulesError('INVALID_RULE_SET', `evaluate: rule set ${l.ruleSet.id} was supplied twice`, [{ path: 'id', message: 'Duplicate rule set id' }], l.file);
    }
    userIds.add(l.ruleSet.id);
    byId.set(l.ruleSet.id, l);
  }
  const series = new Map<string, LoadedRuleSet[]>();
  for (const l of byId.values()) {
    const list = series.get(l.ruleSet.series) ?? [];
    const clash = list.find((o) => o.ruleSet.effectiveFrom === l.ruleSet.effectiveFrom && o.ruleSet.status === l.ruleSet.status);
    if (clash) {
      throw new DvRulesError(
        'INVALID_RULE_SET',
        `evaluate: rule sets ${clash.ruleSet.id} and ${l.ruleSet.id} both take effect on ${l.ruleSet.effectiveFrom}`,
        [{ path: 'effectiveFrom', message: 'Two rule sets of one series take effect on the same day' }],
        l.file,
      );
    }
    list.push(l);
    series.set(l.ruleSet.series, list);
  }
  for (const list of series.values()) list.sort((a, b) => a.ruleSet.effectiveFrom.localeCompare(b.ruleSet.effectiveFrom));
  if (extra.length > 0) checkKinds(series);
  const registry: RuleSetRegistry = { series };
  if (extra.length === 0) shippedRegistry = registry;
  else registries.set(extra, registry);
  return registry;
}

/**
 * Every rule set of a series is of one kind, and a `risk-form` event names a series of risk forms:
 * a user rule set of another kind in a shipped series, or a regime naming a deadline series as
 * its form, would reach the engine with facts its rules do not read. The user's file is named.
 */
function checkKinds(series: ReadonlyMap<string, readonly LoadedRuleSet[]>): void {
  const refuse = (l: LoadedRuleSet, path: string, message: string): never => {
    throw new DvRulesError('INVALID_RULE_SET', `evaluate: rule set ${l.ruleSet.id} does not fit the rule sets it runs with`, [{ path, message }], l.file);
  };
  for (const list of series.values()) {
    const first = list.find((l) => l.origin === 'shipped') ?? list[0];
    for (const l of list) {
      if (first && l.ruleSet.kind !== first.ruleSet.kind) refuse(l.origin === 'user' ? l : first, 'kind', `Series ${l.ruleSet.series} holds rule sets of kind ${first.ruleSet.kind}, not ${l.ruleSet.kind}`);
      l.ruleSet.rules.forEach((rule, r) => {
        const named = rule.event.type === 'risk-form' ? rule.event.params?.['series'] : undefined;
        const target = typeof named === 'string' ? series.get(named)?.[0] : undefined;
        if (target && target.ruleSet.kind !== 'risk-form') refuse(l, `rules[${r}].event.params.series`, `Series ${named} is of kind ${target.ruleSet.kind}, not a risk form`);
      });
    }
  }
}
