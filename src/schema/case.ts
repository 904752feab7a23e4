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

/** What the officer recorded as their own finding, with the reason (always required). */
export const officerFindingSchema = z.strictObject({
  imminentRisk: z.boolean(),
  reason: z.string().min(1).max(2000),
});

const instant = isoDateTimeSchema;

/**
 * The case clock: when each procedural event happened (ISO-8601 with offset), plus the months a
 * judgment set and the case manager's travel time.
 */
export const caseEventsSchema = z.strictObject({
  provisionalOrderIssuedAt: instant.optional(),
  provisionalOrderCommunicatedAt: instant.optional(),
  sentToProsecutorAt: instant.optional(),
  prosecutorDecidedAt: instant.optional(),
  prosecutorFiledAt: instant.optional(),
  protectionOrderFiledAt: instant.optional(),
  firstInstanceJudgmentAt: instant.optional(),
  protectionOrderIssuedAt: instant.optional(),
  protectionOrderMonths: z.int().min(1).max(36).optional(),
  caseRegisteredAt: instant.optional(),
  initialAssessmentAt: instant.optional(),
  interventionPlanAt: instant.optional(),
  policeAlertedMobileTeamAt: instant.optional(),
  mobileTeamArrivedAt: instant.optional(),
  caseManagerTravelMinutes: z.int().min(0).max(10_000).optional(),
  breachAt: instant.optional(),
});
export type CaseEvents = z.infer<typeof caseEventsSchema>;

/**
 * A case, as an agency system or the CLI hands it to `evaluate`. Every object is strict: an
 * unknown field is refused, so a typo in a legal field never passes silently.
 * @since 0.1.0
 */
export const caseSchema = z
  .strictObject({
    schemaVersion: z.literal(1),
    incidentAt: isoDateTimeSchema.describe('When the incident happened, ISO-8601 with offset'),
    relationship: relationshipSchema,
    riskForm: z
      .strictObject({
        answers: answersSchema,
        officerFinding: officerFindingSchema.optional(),
      })
      .optional(),
    /** Law 217/2003: the provisional order is issued unless the victim opposes (absent = no objection recorded). */
    victimOpposesProvisionalOrder: z.boolean().optional(),
    /** Law 26/2024: the provisional order is issued at the victim's request (absent = no request). */
    victimRequestsProvisionalOrder: z.boolean().optional(),
    /** Law 26/2024: the victim cannot write the request, so police proceed on their evidence. */
    victimCannotWriteRequest: z.boolean().optional(),
    /** The aggressor was subject to an earlier protection order (used only by proposed law). */
    aggressorHadPriorProtectionOrder: z.boolean().optional(),
    /** The aggressor was already convicted of breaching an order (Law 232/2025). */
    priorBreachConviction: z.boolean().optional(),
    /** Which order `events.breachAt` breached; required with it. */
    breachedOrder: z.enum(['court', 'provisional']).optional(),
    events: caseEventsSchema.optional(),
  })
  .superRefine((c, ctx) => {
    if (c.events?.breachAt !== undefined && c.breachedOrder === undefined) {
      ctx.addIssue({ code: 'custom', path: ['breachedOrder'], message: 'Required when events.breachAt is given: "court" or "provisional"' });
    }
  });
export type Case = z.infer<typeof caseSchema>;
