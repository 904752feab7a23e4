import { z } from 'zod';
import { lazyShape } from './lazy-shape.js';
import { isoDateSchema } from './dates.js';
import { parameterSchema } from './rule-set.js';

/** At most this many assumptions per evaluation. */
export const MAX_ASSUMPTIONS = 100;

/**
 * A correction an agency makes to a value our sources do not confirm: for one rule set, either a
 * parameter's value (in the parameter's own unit and shape) or the day the rule set takes effect,
 * with the source that says so. Applied by `evaluate` (option `assumptions`), marked
 * `caller-supplied` in `provenance`, and recorded in the receipt. A `confirmed` value, or an
 * in-force day not marked uncertain, is refused (docs/integrating.md, "Corrections by an agency").
 * @example
 * { ruleSet: 'ro-order-breach/2025-12-15', effectiveFrom: '2026-01-10', source: 'Monitorul Oficial nr. 1234/2026-01-07' }
 * @since 0.1.0
 */
export const assumptionSchema = z
  .strictObject(lazyShape(() => ({
    /** The rule set's id, `series/YYYY-MM-DD` (its shipped in-force day, also when `effectiveFrom` moves it). */
    ruleSet: z.string().min(1).max(200),
    /** A parameter of that rule set; with `value`. */
    parameter: z.string().regex(/^[a-zA-Z][a-zA-Z0-9]*$/, 'Expected a parameter name').max(80).optional(),
    /** The value, of the parameter's type (a list for a list parameter), in its unit. */
    value: parameterSchema.shape.value.optional(),
    /** When given, must equal the parameter's unit (a guard against hours given for days). */
    unit: parameterSchema.shape.unit.optional(),
    /** The day the rule set takes effect, instead of the uncertain one shipped; alone, without `parameter`. */
    effectiveFrom: isoDateSchema.optional(),
    /** Who or what says so: the Gazette issue, a court decision, the agency's legal memo (1 to 2,000 characters, no control characters). */
    source: z.string().min(1).max(2000).regex(/^\P{Cc}*$/u, 'Must not contain control characters'),
  })))
  .superRefine((a, ctx) => {
    const value = a.parameter !== undefined || a.value !== undefined || a.unit !== undefined;
    if (value && a.effectiveFrom !== undefined) ctx.addIssue({ code: 'custom', path: ['effectiveFrom'], message: 'Give either a parameter with its value or effectiveFrom, not both' });
    else if (!value && a.effectiveFrom === undefined) ctx.addIssue({ code: 'custom', path: [], message: 'Give a parameter with its value, or effectiveFrom' });
    else if (value && a.parameter === undefined) ctx.addIssue({ code: 'custom', path: ['parameter'], message: 'Name the parameter the value is for' });
    else if (value && a.value === undefined) ctx.addIssue({ code: 'custom', path: ['value'], message: 'Give the value of the parameter' });
  });
export type Assumption = z.infer<typeof assumptionSchema>;

/** A list of assumptions, as option `assumptions` and as an `--assume` file hold it. */
export const assumptionListSchema = z.array(assumptionSchema).max(MAX_ASSUMPTIONS);
