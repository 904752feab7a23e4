import { parseRuleSet, ruleSetInForce, shippedRuleSets, type LoadedRuleSet } from '../../index.js';

/**
 * The law in force on one day, made to apply on every day: for each shipped rule set in force, the
 * rule set of its series in force on `date`, under the first one's id and dates (so it replaces it
 * for every case), as a user rule set. A series with nothing in force on `date` (a law not yet made)
 * is left as shipped; proposed law is never included. `dv-rules impact --law-of DATE` compares each
 * case under the law of its own dates with the law of DATE.
 *
 * @param date - the day whose law applies, `YYYY-MM-DD`
 * @returns the replacing rule sets, and for each its id the id of the rule set whose content it carries
 * @example
 * lawOfRuleSets('2023-07-22').names.get('ro-law-217-2003-protection-order/2023-07-23') //=> 'ro-law-217-2003-protection-order/2012-05-12'
 * @since 0.1.0
 */
export function lawOfRuleSets(date: string): { ruleSets: LoadedRuleSet[]; names: Map<string, string> } {
  const shipped = shippedRuleSets().filter((l) => l.ruleSet.status === 'in-force');
  const ruleSets: LoadedRuleSet[] = [];
  const names = new Map<string, string>();
  for (const l of shipped) {
    const inForce = ruleSetInForce(l.ruleSet.series, date);
    const source = inForce === null || inForce.id === l.ruleSet.id ? undefined : shipped.find((s) => s.ruleSet.id === inForce.id);
    if (source === undefined) continue;
    // The content is the source's; the dates are the replaced rule set's, and so is its window's end.
    const { effectiveFromUncertainty: _uncertainty, effectiveTo: _to, ...content } = source.ruleSet;
    const copy = { ...content, id: l.ruleSet.id, effectiveFrom: l.ruleSet.effectiveFrom, ...(l.ruleSet.effectiveTo === undefined ? {} : { effectiveTo: l.ruleSet.effectiveTo }) };
    ruleSets.push(parseRuleSet(JSON.parse(JSON.stringify(copy)) as unknown, { origin: 'user', file: `the law of ${date}` }));
    names.set(l.ruleSet.id, source.ruleSet.id);
  }
  return { ruleSets, names };
}
