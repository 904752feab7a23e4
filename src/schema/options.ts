import { z } from 'zod';
import { lazyShape } from './lazy-shape.js';
import { isoDateTimeSchema } from './dates.js';
import { assumptionListSchema } from './assumption.js';
import { isLoadedLabelPack, type LoadedLabelPack } from '../explain/parse-label-pack.js';
import { languageSchema } from './label-pack.js';
import { isLoadedRuleSet, type LoadedRuleSet } from '../versions/parse-rule-set.js';

/**
 * Options of `evaluate`. Unknown options are refused like unknown case fields.
 * @since 0.1.0
 */
export const evaluateOptionsSchema = z.strictObject(lazyShape(() => ({
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
  /** The instant deadline statuses are judged at. Without it the result reads no clock: unmet deadlines are `pending` (reason NO_AS_OF). */
  asOf: isoDateTimeSchema.optional(),
  /** Hour terms (24 h, 48 h, 72 h) run from the event's clock time (`clock`, default) or from 00:00 of the next day (`next-midnight`, CPC art. 181 pt. 1). The provisional order's 120 hours always run from its hour of issue. */
  hourTermStart: z.enum(['clock', 'next-midnight']).optional(),
  /** Shift procedural deadlines that end on a non-working day only where the rule set says (`as-declared`, default) or always (`next-working-day`). Order ends never shift. */
  workingDayShift: z.enum(['as-declared', 'next-working-day']).optional(),
  /**
   * The provisional order's hours (120) when a clock change falls inside them: `later` (default; the
   * later end of the two readings, so protection is never shortened), `elapsed` (physical hours: one
   * hour later in spring, one earlier in autumn than the wall clock) or `wall-clock` (5 days to the
   * hour of issue). Our sources do not settle it (docs/legal-basis.md, section 7); the deadline says which it used.
   */
  provisionalOrderHours: z.enum(['later', 'elapsed', 'wall-clock']).optional(),
  /** Language of explanations, warnings and labels: `en` (default, or the label pack's) or `ro`. */
  lang: languageSchema.optional(),
  /** `legal` (default: citations, parameters and statuses) or `plain` (short sentences, no jargon). */
  register: z.enum(['legal', 'plain']).optional(),
  /** An agency's label pack from `parseLabelPack` / `loadLabelPackFile` (its official item wording, for example). */
  /**
   * Which day's law judges each act: `act-day` (default; the form on the day it was filled in, the
   * provisional order on its issue day, the court order on its filing or issue day, a breach on its
   * day, each with the regime in force that day) or `incident-day` (every act under the law of the
   * incident day, except a breach, which is always judged on its own day). The sources do not settle
   * it; the default never denies a route that the law of the act's day gives. Results say so with
   * `ACT_JUDGED_ON_ITS_DAY` wherever the two readings differ (under `incident-day`: `ACT_JUDGED_ON_INCIDENT_DAY`).
   */
  actLaw: z.enum(['act-day', 'incident-day']).optional(),
  /**
   * Which engine runs the rule sets: `compiled` (default; synchronous closures and decision
   * diagrams, in Node and browsers) or `reference` (json-rules-engine, through `evaluate` only: the
   * path the compiled one is proven equal to). Results are the same.
   */
  engine: z.enum(['compiled', 'reference']).optional(),
  /**
   * Corrections an agency makes, with their source: a value for a parameter, or the in-force day of
   * a rule set whose day is uncertain (see `assumptionSchema`). Anything `confirmed` is refused.
   * The result uses them, says so (`ASSUMPTION_APPLIED`, `caller-supplied` in `provenance`) and
   * the receipt records them.
   */
  assumptions: assumptionListSchema.optional(),
  labels: z.custom<LoadedLabelPack>(isLoadedLabelPack, 'Expected a label pack returned by parseLabelPack or loadLabelPackFile').optional(),
})));
export type EvaluateOptions = z.infer<typeof evaluateOptionsSchema>;
