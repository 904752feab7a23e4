import type { FactType } from '../engine/known-facts.js';
import type { Condition, RuleSet } from './rule-set.js';

const UNKNOWN = 'unknown';

/**
 * The checks that keep "unknown means unknown" true in the step kinds (`intervention-steps`,
 * `referrals`). A circumstance the case may not state (`yes` / `no` / `unknown`) may only be
 * tested as `in [<word>, "unknown"]`: an unknown answer then keeps the step, and the step shows as
 * "if <word>". Such a test may not sit under `any` or `not`, where an unknown answer could not be
 * read off the condition tree as one plain "if".
 *
 * @param rs - a rule set that passed the schema
 * @param facts - the facts its kind may read
 * @param add - records an issue at a path
 * @example
 * checkStepConditions(steps, knownFacts(steps), add) // adds nothing for the shipped rule sets
 * @since 0.1.0
 */
export function checkStepConditions(rs: RuleSet, facts: ReadonlyMap<string, FactType>, add: (path: string, message: string) => void): void {
  if (rs.kind !== 'intervention-steps' && rs.kind !== 'referrals') return;
  const isTri = (fact: string): boolean => {
    const f = facts.get(fact);
    return f?.type === 'word' && f.values.includes(UNKNOWN);
  };
  const walk = (c: Condition, path: string, guarded: boolean): void => {
    if ('all' in c) return c.all.forEach((x, i) => walk(x, `${path}.all[${i}]`, guarded));
    if ('any' in c) return c.any.forEach((x, i) => walk(x, `${path}.any[${i}]`, true));
    if ('not' in c) return walk(c.not, `${path}.not`, true);
    if (!isTri(c.fact)) return;
    if (guarded) add(path, `Fact "${c.fact}" may be unknown: test it under "all" only, never under "any" or "not"`);
    const ok = c.operator === 'in' && Array.isArray(c.value) && c.value.length === 2 && c.value.includes(UNKNOWN) && c.value.some((v) => v !== UNKNOWN);
    if (!ok) add(path, `Fact "${c.fact}" may be unknown: test it as {"operator": "in", "value": ["yes" or "no", "unknown"]}, so that an unknown answer shows the step as "if …"`);
  };
  rs.rules.forEach((rule, r) => walk(rule.conditions, `rules[${r}].conditions`, false));
}
