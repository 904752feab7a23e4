import { parseRuleSet, ruleSetInForce, shippedRuleSets, type LoadedRuleSet } from '../../index.js';
import { usageError } from '../parse-command-args.js';

/** Rule sets that replace shipped ones, and for each replaced id the id of the rule set whose content it carries. */
export interface Replacement {
  ruleSets: LoadedRuleSet[];
  names: Map<string, string>;
}

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
export function lawOfRuleSets(date: string): Replacement {
  const shipped = shippedRuleSets().filter((l) => l.ruleSet.status === 'in-force');
  const out: Replacement = { ruleSets: [], names: new Map() };
  for (const l of shipped) {
    const inForce = ruleSetInForce(l.ruleSet.series, date);
    const source = inForce === null || inForce.id === l.ruleSet.id ? undefined : shipped.find((s) => s.ruleSet.id === inForce.id);
    if (source === undefined) continue;
    out.ruleSets.push(replacing(l, source, `the law of ${date}`));
    out.names.set(l.ruleSet.id, source.ruleSet.id);
  }
  return out;
}

/**
 * The shipped law as if one rule set had never been made: that rule set's content replaced by the
 * content of the one before it in its series (under its id and dates). `dv-rules impact --change ID`
 * compares each case without the change against the law as shipped, so the report shows what that
 * one version changed and nothing else.
 *
 * @param id - a shipped rule set in force, with a predecessor in its series
 * @returns the one replacing rule set, named after the predecessor whose content it carries
 * @throws DvRulesError `INVALID_ARGUMENTS` for an id not shipped, proposed, or first of its series
 * @example
 * withoutRuleSet('ro-law-217-2003-protection-order/2023-07-23').names.get('ro-law-217-2003-protection-order/2023-07-23')
 * //=> 'ro-law-217-2003-protection-order/2012-05-12'
 * @since 0.1.0
 */
export function withoutRuleSet(id: string): Replacement {
  const all = shippedRuleSets();
  const changed = all.find((l) => l.ruleSet.id === id);
  if (changed === undefined) throw usageError(`--change ${id.slice(0, 80)} is not a shipped rule set`, 'dv-rules rules lists the rule sets by id');
  if (changed.ruleSet.status !== 'in-force') throw usageError(`--change ${id} is proposed law`, 'measure a bill with --include-proposed');
  const dayBefore = new Date(Date.parse(`${changed.ruleSet.effectiveFrom}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
  const previous = ruleSetInForce(changed.ruleSet.series, dayBefore);
  const source = previous === null ? undefined : all.find((l) => l.ruleSet.id === previous.id);
  if (source === undefined) throw usageError(`--change ${id} is the first rule set of its series: there is no law before it to compare with`);
  return { ruleSets: [replacing(changed, source, `${id} without its change`)], names: new Map([[id, source.ruleSet.id]]) };
}

/** A user rule set with `source`'s content under `replaced`'s id and validity window. */
function replacing(replaced: LoadedRuleSet, source: LoadedRuleSet, file: string): LoadedRuleSet {
  const { effectiveFromUncertainty: _uncertainty, effectiveTo: _to, ...content } = source.ruleSet;
  const r = replaced.ruleSet;
  const copy = { ...content, id: r.id, effectiveFrom: r.effectiveFrom, ...(r.effectiveTo === undefined ? {} : { effectiveTo: r.effectiveTo }) };
  return parseRuleSet(JSON.parse(JSON.stringify(copy)) as unknown, { origin: 'user', file });
}
