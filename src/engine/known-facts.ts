import type { RuleSet } from '../schema/rule-set.js';

/**
 * The facts a rule set's rules may read, fixed by its kind. A rule naming any other fact is
 * refused when the rule set is loaded, so a typo cannot make a condition silently false.
 *
 * @param ruleSet - a rule set that passed the schema
 * @returns fact name -> what the fact holds (used in explanations)
 * @example
 * knownFacts(form2018).get('yes:questions-1-7') //=> { kind: 'count', group: 'questions-1-7' }
 * @since 0.1.0
 */
export function knownFacts(ruleSet: RuleSet): Map<string, { kind: 'count'; group: string }> {
  const facts = new Map<string, { kind: 'count'; group: string }>();
  if (ruleSet.kind === 'risk-form') {
    for (const group of ruleSet.groups ?? []) facts.set(`yes:${group.id}`, { kind: 'count', group: group.id });
  }
  return facts;
}
