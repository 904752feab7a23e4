import { z } from 'zod';
import { lazyShape } from './lazy-shape.js';
import { countingMethodSchema } from '../deadlines/counting.js';
import { citationSchema } from './citation.js';
import { isoDateSchema } from './dates.js';
import { sourceStatusSchema } from './status.js';

/**
 * The operators a rule set may use. Anything else (custom operators, operator decorators,
 * jsonpath `path`s, shared `condition` references, code) is refused when a rule set is loaded.
 * @since 0.1.0
 */
export const whitelistedOperators = [
  'equal',
  'notEqual',
  'lessThan',
  'lessThanInclusive',
  'greaterThan',
  'greaterThanInclusive',
  'in',
  'notIn',
  'contains',
  'doesNotContain',
] as const;
export const operatorSchema = z.enum(whitelistedOperators);

const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:[-.][a-z0-9]+)*$/, 'Expected a lower-case slug (letters, digits, "-", ".")')
  .max(120);

/** A reference to one of the rule set's own parameters: `{ "param": "thresholdQuestions1To7" }`. */
export const parameterRefSchema = z.strictObject(lazyShape(() => ({
  param: z.string().regex(/^[a-zA-Z][a-zA-Z0-9]*$/, 'Expected a parameter name').max(80),
})));

/**
 * A leaf condition. Numbers never appear as literals: a numeric comparison names a parameter,
 * so every number a rule uses carries its status and citation.
 */
export const factConditionSchema = z.strictObject(lazyShape(() => ({
  fact: z
    .string()
    .regex(/^[a-zA-Z][a-zA-Z0-9]*(?:[.:-][a-zA-Z0-9]+)*$/, 'Expected a fact name')
    .max(120),
  operator: operatorSchema,
  // A number is never a literal here: every threshold and term is a cited parameter (`{"param": …}`).
  value: z.union([
    parameterRefSchema,
    z.string().max(200),
    z.boolean(),
    z.array(z.string().max(200)).max(100),
  ], { error: 'Expected a parameter ({"param": …}), a word, true or false, or a list of words: a number is always a parameter, never a literal' }),
})));
export type FactCondition = z.infer<typeof factConditionSchema>;

export type Condition =
  | FactCondition
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition };

const MAX_CONDITIONS = 50;
export const conditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    factConditionSchema,
    z.strictObject(lazyShape(() => ({ all: z.array(conditionSchema).min(1).max(MAX_CONDITIONS) }))),
    z.strictObject(lazyShape(() => ({ any: z.array(conditionSchema).min(1).max(MAX_CONDITIONS) }))),
    z.strictObject(lazyShape(() => ({ not: conditionSchema }))),
  ]),
);

/** A rule's top-level condition must be a boolean combination, as json-rules-engine requires. */
export const topConditionSchema = z.union([
  z.strictObject(lazyShape(() => ({ all: z.array(conditionSchema).max(MAX_CONDITIONS) }))),
  z.strictObject(lazyShape(() => ({ any: z.array(conditionSchema).max(MAX_CONDITIONS) }))),
  z.strictObject(lazyShape(() => ({ not: conditionSchema }))),
]);

/**
 * One rule: json-rules-engine's `{ conditions, event }` plus an id, a description in our own
 * words and the citation of the provision it implements.
 */
export const ruleSchema = z.strictObject(lazyShape(() => ({
  id: slug,
  description: z.string().min(1).max(1000),
  citation: citationSchema,
  /**
   * The status of the rule's own source (LEGAL-BASIS): listed with the rule in `provenance`.
   * Shipped rules give it here, or (steps and referrals) in `event.params.status`; both must agree.
   */
  status: sourceStatusSchema.optional(),
  priority: z.int().min(1).max(100).optional(),
  conditions: topConditionSchema,
  event: z.strictObject({
    type: slug,
    params: z.record(z.string().regex(/^[a-zA-Z][a-zA-Z0-9]*$/), z.union([z.string().max(200), z.boolean()])).optional(),
  }),
})));
export type Rule = z.infer<typeof ruleSchema>;

/** A legal value with its unit, the status of its source and where it comes from. */
export const parameterSchema = z.strictObject(lazyShape(() => ({
  value: z.union([z.number(), z.string().max(500), z.boolean(), z.array(z.string().max(200)).max(200)]),
  unit: z.enum(['count', 'hours', 'minutes', 'days', 'months', 'ratio', 'date', 'list', 'flag', 'text']),
  status: sourceStatusSchema,
  citation: citationSchema,
  description: z.string().min(1).max(1000),
  note: z.string().max(2000).optional(),
})));
export type Parameter = z.infer<typeof parameterSchema>;

/** An item of a risk form: its id, its group and the key of its label in a label pack. */
export const formItemSchema = z.strictObject(lazyShape(() => ({
  id: z.string().regex(/^q[1-9][0-9]?$/, 'Expected an item id q1…q99'),
  group: slug,
  labelKey: z.string().min(1).max(200),
})));

/** A group of risk-form items, counted together against the threshold parameter it names. */
export const formGroupSchema = z.strictObject(lazyShape(() => ({
  id: slug,
  title: z.string().min(1).max(200),
  thresholdParameter: z.string().regex(/^[a-zA-Z][a-zA-Z0-9]*$/),
})));

/** The case events a deadline can start from or be met by (see the case's `events`). */
export const caseEventSchema = z.enum([
  'provisionalOrderIssuedAt',
  'provisionalOrderCommunicatedAt',
  'sentToProsecutorAt',
  'prosecutorDecidedAt',
  'prosecutorFiledAt',
  'protectionOrderFiledAt',
  'firstInstanceJudgmentAt',
  'protectionOrderIssuedAt',
  'caseRegisteredAt',
  'initialAssessmentAt',
  'interventionPlanAt',
  'policeAlertedMobileTeamAt',
  'mobileTeamArrivedAt',
  'breachAt',
]);
export type CaseEvent = z.infer<typeof caseEventSchema>;

/**
 * A deadline a rule set declares: what starts it, how it is counted (the amount always names a
 * parameter), which event meets it, and its source.
 */
export const deadlineDeclarationSchema = z.strictObject(lazyShape(() => ({
  id: slug,
  /** `deadline`: an act due by then (met by `metBy`); `expiry`: an order ends; `period`: a window closes. */
  kind: z.enum(['deadline', 'expiry', 'period']),
  startEvent: caseEventSchema,
  /**
   * Other events that start the same term (the prosecutor's filing of a provisional order counts
   * as an application for a court order): the earliest of those in the case starts it.
   */
  alsoStartedBy: z.array(caseEventSchema).min(1).max(5).optional(),
  metBy: caseEventSchema.optional(),
  counting: z.strictObject({
    method: countingMethodSchema,
    amount: parameterRefSchema,
    unit: z.enum(['minutes', 'hours', 'days', 'months']),
    shift: z.enum(['none', 'next-working-day']),
  }),
  /** A case field that, when present, replaces the amount (the months a judgment set). */
  amountFromCase: z.enum(['protectionOrderMonths']).optional(),
  citation: citationSchema,
  /** The source status of the counting method (start, method, shift); `unverified` where it is our interpretation. */
  status: sourceStatusSchema,
  note: z.string().max(2000).optional(),
})));
export type DeadlineDeclaration = z.infer<typeof deadlineDeclarationSchema>;

/**
 * A term of the law that a rule set knows exists but cannot encode (who decides and within what
 * time is not in our sources). Its status is the status of that gap, `unverified`.
 * @since 0.1.0
 */
export const termNotEncodedSchema = z.strictObject(lazyShape(() => ({
  id: slug,
  description: z.string().min(1).max(500),
  status: sourceStatusSchema,
  note: z.string().min(1).max(2000),
})));
export type TermNotEncoded = z.infer<typeof termNotEncodedSchema>;

/**
 * What a rule set is about. The kind fixes which facts its rules may read.
 * @since 0.1.0
 */
export const ruleSetKindSchema = z.enum([
  'risk-form',
  'regime',
  'provisional-order',
  'protection-order',
  'breach',
  'violence-forms',
  'deadlines',
  // What happens next (issue 10): the intervention steps and the referrals, with their conditions.
  'intervention-steps',
  'referrals',
  'public-holidays',
]);
export type RuleSetKind = z.infer<typeof ruleSetKindSchema>;

/**
 * A rule-set file: one complete version of one instrument, in force from `effectiveFrom`
 * (a calendar day in Europe/Bucharest) until the day before the next version of the same
 * series, or until `effectiveTo` inclusive when the law itself ends it.
 * @since 0.1.0
 */
export const ruleSetSchema = z.strictObject(lazyShape(() => ({
  $schema: z.string().max(500).optional(),
  schemaVersion: z.literal(1),
  id: z.string().regex(/^[a-z0-9-]+\/\d{4}-\d{2}-\d{2}$/, 'Expected "<series>/<YYYY-MM-DD>"'),
  series: slug,
  kind: ruleSetKindSchema,
  title: z.string().min(1).max(300),
  act: z.strictObject({
    title: z.string().min(1).max(300),
    citations: z.array(citationSchema).min(1).max(20),
  }),
  effectiveFrom: isoDateSchema,
  effectiveTo: isoDateSchema.optional(),
  /** When the in-force day itself is uncertain: results dated inside the window carry a warning. */
  effectiveFromUncertainty: z
    .strictObject({
      status: sourceStatusSchema,
      earliest: isoDateSchema,
      latest: isoDateSchema,
      note: z.string().min(1).max(2000),
    })
    .optional(),
  status: z.enum(['in-force', 'proposed']),
  summary: z.string().min(1).max(2000),
  parameters: z.record(z.string().regex(/^[a-zA-Z][a-zA-Z0-9]*$/), parameterSchema),
  /** At most 64 groups (each is a level of the form's decision diagram) and 99 items (q1 to q99). */
  groups: z.array(formGroupSchema).max(64).optional(),
  items: z.array(formItemSchema).max(99).optional(),
  deadlines: z.array(deadlineDeclarationSchema).max(50).optional(),
  /**
   * Terms the law sets for this instrument that our sources do not give, so no deadline is
   * computed for them: each result the rule set decides carries `TERM_NOT_ENCODED` naming them.
   */
  termsNotEncoded: z.array(termNotEncodedSchema).min(1).max(20).optional(),
  rules: z.array(ruleSchema).max(200),
})));
export type RuleSet = z.infer<typeof ruleSetSchema>;
