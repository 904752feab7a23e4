import { parseRuleSet, shippedRuleSets, type Assumption, type LoadedRuleSet } from '../../index.js';
import { usageError } from '../parse-command-args.js';

/**
 * Rule sets that replace shipped ones, for each replaced id the id of the rule set whose content it
 * carries, and the caller's assumptions as they apply to that law: an in-force day assumed for a
 * rule set chose the law and still moves that rule set (its copy keeps the window the day is
 * assumed in); a value assumed for a rule set follows its content into each copy that carries it,
 * and is dropped where the content is gone.
 */
export interface Replacement {
  ruleSets: LoadedRuleSet[];
  names: Map<string, string>;
  assumptions: Assumption[];
}

/** The day a rule set takes effect, as the caller assumes it or as shipped. */
function dayOf(l: LoadedRuleSet, assumptions: readonly Assumption[]): string {
  return assumptions.find((a) => a.ruleSet === l.ruleSet.id && a.effectiveFrom !== undefined)?.effectiveFrom ?? l.ruleSet.effectiveFrom;
}

/** The shipped rule set of a series in force on a day (never proposed law), with the assumed in-force days. */
function inForce(shipped: readonly LoadedRuleSet[], series: string, date: string, assumptions: readonly Assumption[]): LoadedRuleSet | undefined {
  const versions = shipped
    .filter((l) => l.ruleSet.series === series && l.ruleSet.status === 'in-force' && dayOf(l, assumptions) <= date && (l.ruleSet.effectiveTo === undefined || date <= l.ruleSet.effectiveTo))
    .sort((a, b) => dayOf(a, assumptions).localeCompare(dayOf(b, assumptions)));
  return versions.at(-1);
}

/** The assumptions for the law after `names` (replaced id → id of the content it carries). */
function assumptionsFor(assumptions: readonly Assumption[], names: ReadonlyMap<string, string>): Assumption[] {
  const out: Assumption[] = [];
  for (const a of assumptions) {
    if (!names.has(a.ruleSet) || a.effectiveFrom !== undefined) out.push(a);
    if (a.parameter === undefined) continue;
    for (const [replaced, source] of names) if (source === a.ruleSet) out.push({ ...a, ruleSet: replaced });
  }
  return out;
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
export function lawOfRuleSets(date: string, assumptions: readonly Assumption[] = []): Replacement {
  const shipped = shippedRuleSets().filter((l) => l.ruleSet.status === 'in-force');
  const ruleSets: LoadedRuleSet[] = [];
  const names = new Map<string, string>();
  for (const l of shipped) {
    const source = inForce(shipped, l.ruleSet.series, date, assumptions);
    if (source === undefined || source === l) continue;
    ruleSets.push(replacing(l, source, dayOf(l, assumptions) !== l.ruleSet.effectiveFrom, `the law of ${date}`));
    names.set(l.ruleSet.id, source.ruleSet.id);
  }
  return { ruleSets, names, assumptions: assumptionsFor(assumptions, names) };
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
export function withoutRuleSet(id: string, assumptions: readonly Assumption[] = []): Replacement {
  const all = shippedRuleSets();
  const changed = all.find((l) => l.ruleSet.id === id);
  if (changed === undefined) throw usageError(`--change ${id.slice(0, 80)} is not a shipped rule set`, 'dv-rules rules lists the rule sets by id');
  if (changed.ruleSet.status !== 'in-force') throw usageError(`--change ${id} is proposed law`, 'measure a bill with --include-proposed');
  const from = dayOf(changed, assumptions);
  const dayBefore = new Date(Date.parse(`${from}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
  const source = inForce(all, changed.ruleSet.series, dayBefore, assumptions);
  if (source === undefined) throw usageError(`--change ${id} is the first rule set of its series: there is no law before it to compare with`);
  const names = new Map([[id, source.ruleSet.id]]);
  return { ruleSets: [replacing(changed, source, from !== changed.ruleSet.effectiveFrom, `${id} without its change`)], names, assumptions: assumptionsFor(assumptions, names) };
}

/**
 * A user rule set with `source`'s content under `replaced`'s id and validity window; with
 * `keepWindow`, also `replaced`'s window of uncertainty, so the in-force day the caller assumes for
 * `replaced` moves the copy as it would have moved the original.
 */
function replacing(replaced: LoadedRuleSet, source: LoadedRuleSet, keepWindow: boolean, file: string): LoadedRuleSet {
  const { effectiveFromUncertainty: _uncertainty, effectiveTo: _to, ...content } = source.ruleSet;
  const r = replaced.ruleSet;
  const window = keepWindow && r.effectiveFromUncertainty !== undefined ? { effectiveFromUncertainty: r.effectiveFromUncertainty } : {};
  const copy = { ...content, id: r.id, effectiveFrom: r.effectiveFrom, ...window, ...(r.effectiveTo === undefined ? {} : { effectiveTo: r.effectiveTo }) };
  return parseRuleSet(JSON.parse(JSON.stringify(copy)) as unknown, { origin: 'user', file });
}
