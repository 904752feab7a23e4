import { z } from 'zod';
import { lazyShape } from './lazy-shape.js';
import { isoDateTimeSchema } from './dates.js';
import { relationshipSchema } from './relationship.js';
import { caseCircumstancesSchema } from './case-circumstances.js';

/** An answer to a risk-form item. `unknown` (or a missing key) counts as not YES, as on paper. */
export const answerSchema = z.enum(['yes', 'no', 'unknown']);
export type Answer = z.infer<typeof answerSchema>;

/**
 * Answers keyed by item id (`q1`…). Which ids exist is fixed by the form in force on the
 * incident date; an id the form does not have is refused.
 */
export const answersSchema = z.record(z.string().regex(/^q[1-9][0-9]?$/, 'Expected an item id q1…q99'), answerSchema);

/** What the officer recorded as their own finding, with the reason (always required). */
export const officerFindingSchema = z.strictObject(lazyShape(() => ({
  imminentRisk: z.boolean(),
  // A reason of spaces only is no reason: the finding must say why. Invisible characters (zero-width
  // spaces and joiners, format and control characters) do not count either, or a reason that shows
  // as blank would pass.
  reason: z.string().max(2000).regex(/[^\s\p{Cf}\p{Cc}\p{Z}\u115F\u1160\u3164\uFFA0]/u, 'The reason must say why: it cannot be empty, spaces or invisible characters only'),
})));

const instant = isoDateTimeSchema;

/**
 * The case clock: when each procedural event happened (ISO-8601 with offset), plus the months a
 * judgment set and the case manager's travel time.
 */
export const caseEventsSchema = z.strictObject(lazyShape(() => ({
  riskAssessedAt: instant.describe('The police risk form was filled in (its day chooses the form in force; default: the incident)').optional(),
  provisionalOrderIssuedAt: instant.describe('Police issued the provisional protection order (starts its 120 hours)').optional(),
  provisionalOrderCommunicatedAt: instant.describe('The provisional order was communicated (starts the 48-hour challenge period)').optional(),
  sentToProsecutorAt: instant.describe('Police sent the provisional order to the prosecutor (meets the 24-hour deadline)').optional(),
  prosecutorDecidedAt: instant.describe('The prosecutor confirmed or ended the provisional order (meets the 48-hour deadline)').optional(),
  prosecutorFiledAt: instant.describe('The prosecutor filed the confirmed order in court (an application for a court order)').optional(),
  protectionOrderFiledAt: instant.describe('An application for a court protection order was filed (starts the 72-hour decision term)').optional(),
  firstInstanceJudgmentAt: instant.describe('The first-instance court decided on the protection order').optional(),
  protectionOrderIssuedAt: instant.describe('The court protection order was issued (its duration runs from this day)').optional(),
  protectionOrderMonths: z.int().min(1).max(36).describe('Months the judgment set; absent = the default of the law in force on the issue day').optional(),
  caseRegisteredAt: instant.describe('Social services registered the case (starts the 72-hour assessment and the 30-day plan)').optional(),
  initialAssessmentAt: instant.describe('The initial assessment (social investigation) was made').optional(),
  interventionPlanAt: instant.describe('The individualised intervention plan was drawn up').optional(),
  policeAlertedMobileTeamAt: instant.describe('Police alerted the mobile team (starts its 90 minutes)').optional(),
  mobileTeamArrivedAt: instant.describe('The mobile team arrived on the scene').optional(),
  caseManagerTravelMinutes: z.int().min(0).max(10_000).describe("The case manager's travel time to the victim, in minutes").optional(),
  breachAt: instant.describe('A measure of an order was breached (requires breachedOrder)').optional(),
})));
export type CaseEvents = z.infer<typeof caseEventsSchema>;

/**
 * A case, as an agency system or the CLI hands it to `evaluate`. Every object is strict: an
 * unknown field is refused, so a typo in a legal field never passes silently.
 * @since 0.1.0
 */
export const caseSchema = z
  .strictObject(lazyShape(() => ({
    schemaVersion: z.literal(1),
    incidentAt: isoDateTimeSchema.describe('When the incident happened, ISO-8601 with offset'),
    relationship: relationshipSchema,
    riskForm: z
      .strictObject({
        answers: answersSchema,
        officerFinding: officerFindingSchema.optional(),
      })
      .optional(),
    victimOpposesProvisionalOrder: z.boolean().describe('Law 217/2003: the provisional order is issued unless the victim opposes (absent = no objection recorded).').optional(),
    victimRequestsProvisionalOrder: z.boolean().describe("Law 26/2024: the provisional order is issued at the victim's request (absent = no request).").optional(),
    victimCannotWriteRequest: z.boolean().describe('Law 26/2024: the victim cannot write the request, so police proceed on their evidence.').optional(),
    aggressorHadPriorProtectionOrder: z.boolean().describe('The aggressor was subject to an earlier protection order (used only by proposed law).').optional(),
    priorBreachConviction: z.boolean().describe('The aggressor was already convicted of breaching an order (Law 232/2025).').optional(),
    breachedOrder: z.enum(['court', 'provisional']).describe('Which order `events.breachAt` breached; required with it.').optional(),
    prosecutorDecision: z
      .enum(['confirmed', 'ended'])
      .describe('What the prosecutor decided at `events.prosecutorDecidedAt` (required with this field): the provisional order confirmed, or ended then.')
      .optional(),
    events: caseEventsSchema.optional(),
    circumstances: caseCircumstancesSchema.describe('Who is involved and what the place offers, for the next steps; a missing field means unknown').optional(),
  })))
  .superRefine((c, ctx) => {
    if (c.events?.breachAt !== undefined && c.breachedOrder === undefined) {
      ctx.addIssue({ code: 'custom', path: ['breachedOrder'], message: 'Required when events.breachAt is given: "court" or "provisional"' });
    }
    if (c.prosecutorDecision !== undefined && c.events?.prosecutorDecidedAt === undefined) {
      ctx.addIssue({ code: 'custom', path: ['events', 'prosecutorDecidedAt'], message: 'Required when prosecutorDecision is given: when the prosecutor decided' });
    }
    // Only a confirmed order is filed in court by the prosecutor (docs/legal-basis.md §4).
    if (c.prosecutorDecision === 'ended' && c.events?.prosecutorFiledAt !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['events', 'prosecutorFiledAt'], message: 'A provisional order the prosecutor ended is not filed in court; only a confirmed one is' });
    }
  });
export type Case = z.infer<typeof caseSchema>;
/**
 * A case as a caller writes it, for typing the object passed to `evaluate` (which itself accepts
 * `unknown`, because it validates whatever it is given).
 * @since 0.1.0
 */
export type CaseInput = z.input<typeof caseSchema>;
