import { z } from 'zod';
import { isoDateTimeSchema } from './dates.js';
import { relationshipSchema } from './relationship.js';

/** An answer to a risk-form item. `unknown` (or a missing key) counts as not YES, as on paper. */
export const answerSchema = z.enum(['yes', 'no', 'unknown']);
export type Answer = z.infer<typeof answerSchema>;

/**
 * Answers keyed by item id (`q1`…). Which ids exist is fixed by the form in force on the
 * incident date; an id the form does not have is refused.
 */
export const answersSchema = z.record(z.string().regex(/^q[1-9][0-9]?$/, 'Expected an item id q1…q99'), answerSchema);

/**
 * A case, as an agency system or the CLI hands it to `evaluate`. Every object is strict: an
 * unknown field is refused, so a typo in a legal field never passes silently.
 * @since 0.1.0
 */
export const caseSchema = z.strictObject({
  schemaVersion: z.literal(1),
  incidentAt: isoDateTimeSchema.describe('When the incident happened, ISO-8601 with offset'),
  relationship: relationshipSchema,
  riskForm: z
    .strictObject({
      answers: answersSchema,
    })
    .optional(),
});
export type Case = z.infer<typeof caseSchema>;
