import { z } from 'zod';
import { isLoadedRuleSet, type LoadedRuleSet } from '../versions/parse-rule-set.js';

/**
 * Options of `evaluate`. Unknown options are refused like unknown case fields.
 * @since 0.1.0
 */
export const evaluateOptionsSchema = z.strictObject({
  /** Rule sets from `parseRuleSet` / `loadRuleSetFile`; they replace shipped ones with the same id. */
  ruleSets: z
    .array(z.custom<LoadedRuleSet>(isLoadedRuleSet, 'Expected a rule set returned by parseRuleSet or loadRuleSetFile'))
    .max(100)
    .optional(),
  /** Consider proposed law (never in force); results then say so. Default false. */
  includeProposed: z.boolean().optional(),
});
export type EvaluateOptions = z.infer<typeof evaluateOptionsSchema>;
