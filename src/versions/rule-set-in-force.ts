import { z } from 'zod';
import { DvRulesError, issuesFromZod } from '../errors.js';
import { isoDateSchema } from '../schema/dates.js';
import { summaries, type RuleSetSummary } from './list-rule-sets.js';
import { resolveRuleSet } from './resolve-rule-set.js';
import { ruleSetRegistry } from './rule-set-registry.js';

const argsSchema = z.strictObject({ series: z.string().min(1).max(120), date: isoDateSchema, includeProposed: z.boolean().optional() });

/**
 * Which shipped rule set of a series is in force on a day: the question an auditor asks first.
 *
 * @param series - a series slug, e.g. `ro-law-217-2003-protection-order`
 * @param date - the day, `YYYY-MM-DD` (Europe/Bucharest)
 * @param options - `includeProposed`: consider proposed law
 * @returns the summary of the rule set in force, or `null` when none is (before the first version)
 * @throws DvRulesError `INVALID_ARGUMENTS` for a malformed series or date
 * @example
 * ruleSetInForce('ro-law-217-2003-protection-order', '2023-07-23')?.id //=> 'ro-law-217-2003-protection-order/2023-07-23'
 * @since 0.1.0
 */
export function ruleSetInForce(series: string, date: string, options: { includeProposed?: boolean } = {}): RuleSetSummary | null {
  const parsed = argsSchema.safeParse({ series, date, ...options });
  if (!parsed.success) throw new DvRulesError('INVALID_ARGUMENTS', 'ruleSetInForce: invalid arguments', issuesFromZod(parsed.error));
  const found = resolveRuleSet(ruleSetRegistry(), series, date, options);
  const summary = found ? summaries().find((s) => s.id === found.ruleSet.id) : undefined;
  return summary ? { ...summary, statuses: { ...summary.statuses } } : null;
}
