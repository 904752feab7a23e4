import { z } from 'zod';
import { isoDateTimeSchema } from './dates.js';
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
  /**
   * Which police form applies from 2024-08-31: `seed` (default; the founding documents' reading:
   * 2018 form for current or former spouses and partners, 2024 form for anyone else) or
   * `law-scope` (2018 form for every Law 217/2003 case, 2024 form for Law 26/2024 cases).
   */
  formSelection: z.enum(['seed', 'law-scope']).optional(),
  /** The instant deadlines are judged at (pending / missed). Default: none, statuses say `pending` only from events. */
  asOf: isoDateTimeSchema.optional(),
});
export type EvaluateOptions = z.infer<typeof evaluateOptionsSchema>;
