import { z } from 'zod';
import { lazyShape } from './lazy-shape.js';
import { citationSchema } from './citation.js';
import { isoDateSchema } from './dates.js';
import { provenanceStatusSchema, sourceStatusSchema } from './status.js';
import { assumptionSchema } from './assumption.js';
import { nextStepSchema, referralsSchema } from './next-steps.js';

/** A rule set a result relied on, with the hash of its canonical content. */
export const ruleSetRefSchema = z.strictObject(lazyShape(() => ({
  id: z.string(),
  effectiveFrom: isoDateSchema,
  status: z.enum(['in-force', 'proposed']),
  origin: z.enum(['shipped', 'user']),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
})));

/** One group of a risk form, counted against its threshold. */
export const groupCountSchema = z.strictObject(lazyShape(() => ({
  id: z.string(),
  title: z.string(),
  items: z.array(z.string()),
  yes: z.int(),
  no: z.int(),
  unknown: z.int(),
  threshold: z.number(),
  met: z.boolean(),
})));

/**
 * The smallest sets of answer changes that would flip `imminentRisk`, computed exactly. Each option
 * says how many answers of which group must change (`to-yes` or `to-no`) and which items qualify.
 * `changes: null` means no change of answers can flip it.
 */
export const minimalFlipsSchema = z.strictObject(lazyShape(() => ({
  direction: z.enum(['establish', 'remove']),
  changes: z.int().nullable(),
  options: z.array(
    z.strictObject({
      changes: z.array(
        z.strictObject({ group: z.string(), direction: z.enum(['to-yes', 'to-no']), count: z.int(), candidates: z.array(z.string()) }),
      ),
    }),
  ),
})));
export type MinimalFlips = z.infer<typeof minimalFlipsSchema>;

/**
 * The determination of a police risk form.
 * `outcome`: `established` (risk whatever the unknown items turn out to be), `excluded` (no risk
 * whatever they turn out to be), `possible` (no risk now, but answers to unknown items could create it).
 */
export const riskAssessmentSchema = z.strictObject(lazyShape(() => ({
  form: z.string(),
  imminentRisk: z.boolean(),
  outcome: z.enum(['established', 'excluded', 'possible']),
  groups: z.array(groupCountSchema),
  decisiveItems: z.array(z.string()),
  /** Every item of the form with its answer and its label in the requested language. */
  items: z.array(z.strictObject({ id: z.string(), group: z.string(), answer: z.enum(['yes', 'no', 'unknown']), label: z.string() })),
  minimalFlips: minimalFlipsSchema,
})));

const parameterValueSchema = z.union([z.number(), z.string(), z.boolean(), z.array(z.string())]);

/**
 * One thing that decided the result, with the status of its source (docs/case-and-result.md,
 * "What provenance lists"): a parameter read, a rule that ran, or a deadline's counting method applied.
 */
export const provenanceEntrySchema = z.discriminatedUnion('kind', [
  /** A parameter whose value or status the decision read. */
  z.strictObject(lazyShape(() => ({
    kind: z.literal('parameter'),
    ruleSet: z.string(),
    parameter: z.string(),
    value: parameterValueSchema,
    unit: z.string(),
    /** `caller-supplied` for a value the caller's assumption gave (`options.assumptions`). */
    status: provenanceStatusSchema,
    source: citationSchema,
    /** Present when `status` is `caller-supplied`: the caller's source, and the value and status it replaced. */
    assumed: z
      .strictObject({ source: z.string(), replaced: z.strictObject({ value: parameterValueSchema, status: sourceStatusSchema }) })
      .optional(),
  }))),
  /**
   * A rule that ran (was evaluated), whether it fired or not (the explanation says which);
   * `status` null where the rule set declares none for it (its citation is then its source).
   */
  z.strictObject(lazyShape(() => ({
    kind: z.literal('rule'),
    ruleSet: z.string(),
    rule: z.string(),
    status: sourceStatusSchema.nullable(),
    source: citationSchema,
  }))),
  /** The counting method of a deadline computed from its start event (its start, method and shift). */
  z.strictObject(lazyShape(() => ({
    kind: z.literal('counting'),
    ruleSet: z.string(),
    deadline: z.string(),
    method: z.string(),
    status: sourceStatusSchema,
    source: citationSchema,
  }))),
]);

/** One step of the reasoning: which rule, under which provision, and what it found. */
export const explanationEntrySchema = z.strictObject(lazyShape(() => ({
  ruleSet: z.string(),
  ruleId: z.string(),
  fired: z.boolean(),
  citation: citationSchema,
  code: z.string(),
  message: z.string(),
})));

/** Something the reader must know: a value relied on that is not confirmed, proposed law, … */
export const warningSchema = z.strictObject(lazyShape(() => ({
  code: z.string(),
  message: z.string(),
  parameter: z.string().optional(),
  ruleSet: z.string().optional(),
})));

/** Which protection regime governs the case on its date, and why. */
export const regimeResultSchema = z.strictObject(lazyShape(() => ({
  id: z.enum(['law-217-2003', 'law-26-2024', 'none']),
  ruleSet: z.string(),
  reason: z.string(),
  citation: citationSchema.nullable(),
})));

/** Which police form applies, and whether it can decide. */
export const riskFormResultSchema = z.strictObject(lazyShape(() => ({
  series: z.string().nullable(),
  ruleSet: z.string().nullable(),
  selection: z.enum(['seed', 'law-scope']),
  available: z.boolean(),
  reason: z.string().nullable(),
  /** The day whose law chose and scored the form: the day it was filled in (`events.riskAssessedAt`), else the incident day. */
  lawDate: isoDateSchema,
})));

/**
 * The final determination of imminent risk: from the form's count, or from the officer's recorded
 * finding where that raises it or where the form cannot decide. Never silently lowered.
 */
export const determinationSchema = z.strictObject(lazyShape(() => ({
  imminentRisk: z.boolean().nullable(),
  basis: z.enum(['form', 'officer-finding', 'none']),
  computed: z.boolean().nullable(),
  overridden: z.boolean(),
  direction: z.enum(['raised']).nullable(),
  officerReason: z.string().nullable(),
})));

/** The police provisional protection order (OPP) for this case. */
export const provisionalOrderResultSchema = z.strictObject(lazyShape(() => ({
  available: z.boolean(),
  eligible: z.boolean(),
  reason: z.string(),
  measures: z.array(z.string()).nullable(),
  duration: z.union([z.strictObject({ hours: z.number() }), z.strictObject({ until: z.literal('first-instance-judgment') })]).nullable(),
  endsAt: z.string().nullable().describe('When the order ends, where computable from events.provisionalOrderIssuedAt'),
  ruleSet: z.string().nullable(),
  lawDate: isoDateSchema,
})));

/** The court protection order (OP) available for this case. */
export const protectionOrderResultSchema = z.strictObject(lazyShape(() => ({
  available: z.boolean(),
  reason: z.string(),
  maxMonths: z.number().nullable(),
  defaultMonths: z.number().nullable(),
  filers: z.array(z.string()).nullable(),
  measures: z.array(z.string()).nullable(),
  otherMeasures: z.array(z.string()).nullable(),
  endsAt: z.string().nullable().describe('When the order ends, where computable from events.protectionOrderIssuedAt'),
  ruleSet: z.string().nullable(),
  lawDate: isoDateSchema,
})));

/** The offence of breaching an order, under the law in force on the breach day. */
export const breachResultSchema = z.strictObject(lazyShape(() => ({
  offence: z.boolean().nullable(),
  reason: z.string(),
  penaltyMonths: z.strictObject({ min: z.number(), max: z.number() }).nullable(),
  aggravated: z.boolean(),
  ruleSet: z.string().nullable(),
  lawDate: isoDateSchema,
})));

/**
 * One deadline of the case clock: what starts it, when it falls due (the first instant after the
 * term, Bucharest local time), whether it was met, how it is counted, and its source.
 * `status`: `pending` (not yet due, or no `asOf` to judge by), `met` / `missed` (a `deadline` kind,
 * by its met-by event or `asOf`), `expired` (an order's end or a period has passed by `asOf`),
 * `not-applicable` (its start event is not in the case).
 */
export const deadlineResultSchema = z.strictObject(lazyShape(() => ({
  id: z.string(),
  ruleSet: z.string(),
  kind: z.enum(['deadline', 'expiry', 'period']),
  startEvent: z.string(),
  startAt: z.string().nullable(),
  dueAt: z.string().nullable(),
  shiftedFrom: z.string().optional(),
  openUntil: z.literal('first-instance-judgment').optional(),
  status: z.enum(['pending', 'met', 'missed', 'expired', 'not-applicable']),
  reason: z.string(),
  metBy: z.string().optional(),
  metAt: z.string().optional(),
  counting: z.strictObject({
    method: z.enum(['elapsed', 'calendar-days', 'months', 'cpc-days']),
    amount: z.number(),
    unit: z.enum(['minutes', 'hours', 'days', 'months']),
    shift: z.enum(['none', 'next-working-day']),
    startsAt: z.enum(['start-instant', 'next-midnight']),
    timeZone: z.literal('Europe/Bucharest'),
    /** The source status of the counting method itself (not of the amount): `unverified` where it is our interpretation; warned about. */
    status: sourceStatusSchema,
    /** Why the counting is as it is, where the rule set says. */
    note: z.string().optional(),
    /**
     * An order's hours that span a clock change: the end by physical hours, by the wall clock (the
     * same hour, N/24 days on), and which one `dueAt` is (option `provisionalOrderHours`).
     */
    acrossClockChange: z.strictObject({ elapsed: z.string(), wallClock: z.string(), used: z.enum(['elapsed', 'wall-clock']) }).optional(),
  }),
  citation: citationSchema,
  provenance: z.strictObject({
    ruleSet: z.string(),
    parameter: z.string(),
    value: z.number(),
    status: provenanceStatusSchema,
    source: citationSchema,
    /** Present when `status` is `caller-supplied`: the caller's source, and the value and status it replaced. */
    assumed: z.strictObject({ source: z.string(), replaced: z.strictObject({ value: parameterValueSchema, status: sourceStatusSchema }) }).optional(),
  }),
})));

/** A time in which proceedings were open but neither a provisional nor a court order was in force. */
export const protectionGapSchema = z.strictObject(lazyShape(() => ({
  from: z.string(),
  to: z.string().nullable(),
  ongoing: z.boolean(),
  reason: z.string(),
})));

/** Who makes the initial assessment (seed: case manager, or the local case responsible beyond one hour's travel). */
export const caseManagementSchema = z.strictObject(lazyShape(() => ({
  initialAssessmentBy: z.enum(['case-manager', 'local-case-responsible']).nullable(),
  reason: z.string(),
  ruleSet: z.string(),
})));

/**
 * What an auditor needs to reproduce a result: the library and schema versions, every rule set
 * with its content hash, the hash of the validated case and the options. No wall-clock time, so
 * the same case and options always give the same receipt.
 */
export const receiptSchema = z.strictObject(lazyShape(() => ({
  library: z.strictObject({ name: z.literal('dv-rules-ro'), version: z.string() }),
  schemaVersion: z.literal(1),
  ruleSets: z.array(z.strictObject({ id: z.string(), effectiveFrom: isoDateSchema, sha256: z.string() })),
  inputSha256: z.string().regex(/^[0-9a-f]{64}$/),
  /** SHA-256 of the result's canonical JSON without this receipt: an edited stored result no longer verifies. */
  resultSha256: z.string().regex(/^[0-9a-f]{64}$/),
  options: z.strictObject({
    includeProposed: z.boolean(),
    formSelection: z.enum(['seed', 'law-scope']),
    asOf: z.string().nullable(),
    hourTermStart: z.enum(['clock', 'next-midnight']),
    workingDayShift: z.enum(['as-declared', 'next-working-day']),
    provisionalOrderHours: z.enum(['later', 'elapsed', 'wall-clock']),
    userRuleSets: z.array(z.strictObject({ id: z.string(), sha256: z.string() })),
    lang: z.enum(['ro', 'en']),
    register: z.enum(['legal', 'plain']),
    labels: z.strictObject({ name: z.string(), sha256: z.string() }).nullable(),
    /** Option `actLaw`: which day's law judged each act. */
    actLaw: z.enum(['act-day', 'incident-day']),
    /** Option `assumptions`, as given (validated): the corrections the result rests on. `ruleSets[].sha256` stays the shipped hash. */
    assumptions: z.array(assumptionSchema),
  }),
})));
export type Receipt = z.infer<typeof receiptSchema>;

/**
 * What `evaluate` returns.
 * @since 0.1.0
 */
export const resultSchema = z.strictObject(lazyShape(() => ({
  schemaVersion: z.literal(1),
  incidentDate: isoDateSchema.describe('The incident day in Europe/Bucharest, which picks the law in force'),
  ruleSets: z.array(ruleSetRefSchema),
  appliesProposedLaw: z.boolean().describe('True when a proposed (not in force) rule set was applied on request'),
  regime: regimeResultSchema,
  riskForm: riskFormResultSchema.nullable(),
  riskAssessment: riskAssessmentSchema.nullable(),
  determination: determinationSchema,
  violenceForms: z.array(z.string()),
  provisionalOrder: provisionalOrderResultSchema,
  protectionOrder: protectionOrderResultSchema,
  breach: breachResultSchema.nullable(),
  deadlines: z.array(deadlineResultSchema),
  protectionGaps: z.array(protectionGapSchema),
  caseManagement: caseManagementSchema.nullable(),
  nextSteps: z.array(nextStepSchema).describe('What the officer and the services do next, in order, each with its condition, deadline, source and status'),
  referrals: referralsSchema.describe('Where the victim and the perpetrator are referred, and the child-protection route'),
  asOf: z.string().nullable().describe('The instant deadline statuses are judged at (options.asOf), or null'),
  provenance: z.array(provenanceEntrySchema),
  explanation: z.array(explanationEntrySchema),
  warnings: z.array(warningSchema),
  receipt: receiptSchema,
})));
export type Result = z.infer<typeof resultSchema>;
export type RiskAssessment = z.infer<typeof riskAssessmentSchema>;
export type GroupCount = z.infer<typeof groupCountSchema>;
export type ProvenanceEntry = z.infer<typeof provenanceEntrySchema>;
export type ExplanationEntry = z.infer<typeof explanationEntrySchema>;
export type Warning = z.infer<typeof warningSchema>;
export type RuleSetRef = z.infer<typeof ruleSetRefSchema>;
export type RegimeResult = z.infer<typeof regimeResultSchema>;
export type Determination = z.infer<typeof determinationSchema>;
export type ProvisionalOrderResult = z.infer<typeof provisionalOrderResultSchema>;
export type ProtectionOrderResult = z.infer<typeof protectionOrderResultSchema>;
export type BreachResult = z.infer<typeof breachResultSchema>;
export type DeadlineResult = z.infer<typeof deadlineResultSchema>;
export type ProtectionGap = z.infer<typeof protectionGapSchema>;
export type CaseManagement = z.infer<typeof caseManagementSchema>;
