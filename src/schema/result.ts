import { z } from 'zod';
import { citationSchema } from './citation.js';
import { isoDateSchema } from './dates.js';
import { sourceStatusSchema } from './status.js';

/** A rule set a result relied on, with the hash of its canonical content. */
export const ruleSetRefSchema = z.strictObject({
  id: z.string(),
  effectiveFrom: isoDateSchema,
  status: z.enum(['in-force', 'proposed']),
  origin: z.enum(['shipped', 'user']),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});

/** One group of a risk form, counted against its threshold. */
export const groupCountSchema = z.strictObject({
  id: z.string(),
  title: z.string(),
  items: z.array(z.string()),
  yes: z.int(),
  no: z.int(),
  unknown: z.int(),
  threshold: z.number(),
  met: z.boolean(),
});

/**
 * The determination of a police risk form.
 * `outcome`: `established` (risk whatever the unknown items turn out to be), `excluded` (no risk
 * whatever they turn out to be), `possible` (no risk now, but answers to unknown items could create it).
 */
export const riskAssessmentSchema = z.strictObject({
  form: z.string(),
  imminentRisk: z.boolean(),
  outcome: z.enum(['established', 'excluded', 'possible']),
  groups: z.array(groupCountSchema),
  decisiveItems: z.array(z.string()),
});

/** A value the result used, with the status of its source. */
export const provenanceEntrySchema = z.strictObject({
  ruleSet: z.string(),
  parameter: z.string(),
  value: z.union([z.number(), z.string(), z.boolean(), z.array(z.string())]),
  unit: z.string(),
  status: sourceStatusSchema,
  source: citationSchema,
});

/** One step of the reasoning: which rule, under which provision, and what it found. */
export const explanationEntrySchema = z.strictObject({
  ruleSet: z.string(),
  ruleId: z.string(),
  fired: z.boolean(),
  citation: citationSchema,
  code: z.string(),
  message: z.string(),
});

/** Something the reader must know: a value relied on that is not confirmed, proposed law, … */
export const warningSchema = z.strictObject({
  code: z.string(),
  message: z.string(),
  parameter: z.string().optional(),
  ruleSet: z.string().optional(),
});

/** Which protection regime governs the case on its date, and why. */
export const regimeResultSchema = z.strictObject({
  id: z.enum(['law-217-2003', 'law-26-2024', 'none']),
  ruleSet: z.string(),
  reason: z.string(),
  citation: citationSchema.nullable(),
});

/** Which police form applies, and whether it can decide. */
export const riskFormResultSchema = z.strictObject({
  series: z.string().nullable(),
  ruleSet: z.string().nullable(),
  selection: z.enum(['seed', 'law-scope']),
  available: z.boolean(),
  reason: z.string().nullable(),
});

/**
 * The final determination of imminent risk: from the form's count, or from the officer's recorded
 * finding where that raises it or where the form cannot decide. Never silently lowered.
 */
export const determinationSchema = z.strictObject({
  imminentRisk: z.boolean().nullable(),
  basis: z.enum(['form', 'officer-finding', 'none']),
  computed: z.boolean().nullable(),
  overridden: z.boolean(),
  direction: z.enum(['raised']).nullable(),
  officerReason: z.string().nullable(),
});

/** The police provisional protection order (OPP) for this case. */
export const provisionalOrderResultSchema = z.strictObject({
  available: z.boolean(),
  eligible: z.boolean(),
  reason: z.string(),
  measures: z.array(z.string()).nullable(),
  duration: z.union([z.strictObject({ hours: z.number() }), z.strictObject({ until: z.literal('first-instance-judgment') })]).nullable(),
  ruleSet: z.string().nullable(),
  lawDate: isoDateSchema,
});

/** The court protection order (OP) available for this case. */
export const protectionOrderResultSchema = z.strictObject({
  available: z.boolean(),
  reason: z.string(),
  maxMonths: z.number().nullable(),
  defaultMonths: z.number().nullable(),
  filers: z.array(z.string()).nullable(),
  measures: z.array(z.string()).nullable(),
  otherMeasures: z.array(z.string()).nullable(),
  ruleSet: z.string().nullable(),
  lawDate: isoDateSchema,
});

/** The offence of breaching an order, under the law in force on the breach day. */
export const breachResultSchema = z.strictObject({
  offence: z.boolean().nullable(),
  reason: z.string(),
  penaltyMonths: z.strictObject({ min: z.number(), max: z.number() }).nullable(),
  aggravated: z.boolean(),
  ruleSet: z.string().nullable(),
  lawDate: isoDateSchema,
});

/**
 * What `evaluate` returns.
 * @since 0.1.0
 */
export const resultSchema = z.strictObject({
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
  provenance: z.array(provenanceEntrySchema),
  explanation: z.array(explanationEntrySchema),
  warnings: z.array(warningSchema),
});
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
