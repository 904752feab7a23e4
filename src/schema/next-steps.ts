import { z } from 'zod';
import { lazyShape } from './lazy-shape.js';
import { citationSchema } from './citation.js';
import { provenanceStatusSchema, sourceStatusSchema } from './status.js';

/** The words of a circumstance the case may leave unstated. */
export const TRI_STATE = ['yes', 'no', 'unknown'] as const;

/** Who does a step. */
export const actorSchema = z.enum(['police', 'mobile-team', 'case-manager', 'prosecutor', 'court']);

/** Why a case goes to the child-protection authority: the victim is a child, or a child witnessed the violence. */
export const childRouteSchema = z.enum(['victim', 'child-witness']);

/** One condition of a step, as the step's rule read it: a fact, the word it had, and whether it was stated. */
export const stepConditionSchema = z.strictObject(lazyShape(() => ({
  fact: z.string(),
  value: z.string(),
  /** False when the case did not state the circumstance: the step then applies only "if" it holds. */
  known: z.boolean(),
})));

/** The deadline a step belongs to (an id of `deadlines`), with its due time where the case's events give one. */
export const stepDeadlineSchema = z.strictObject(lazyShape(() => ({
  id: z.string(),
  dueAt: z.string().nullable(),
  status: z.enum(['pending', 'met', 'missed', 'expired', 'not-applicable']).nullable(),
  /** The term as the rule set declares it (its amount, unit and start event), where a rule set the result used declares it. */
  term: z.strictObject({ amount: z.number(), unit: z.enum(['minutes', 'hours', 'days', 'months']), startEvent: z.string() }).nullable(),
})));

/**
 * One thing to do next: the police's steps first (what the officer does now), then the others, each group in
 * the order of its rule sets. `applies`: `yes` when every condition held
 * on what the case states, `if` when some held only because the case does not say (listed in
 * `if`, with their words in `ifText`).
 */
export const nextStepSchema = z.strictObject(lazyShape(() => ({
  id: z.string(),
  order: z.int().min(1),
  actor: actorSchema,
  textKey: z.string(),
  text: z.string(),
  applies: z.enum(['yes', 'if']),
  condition: z.array(stepConditionSchema),
  if: z.array(z.strictObject({ fact: z.string(), value: z.string() })),
  ifText: z.string().nullable(),
  deadline: stepDeadlineSchema.nullable(),
  ruleSet: z.string(),
  citation: citationSchema,
  status: sourceStatusSchema,
})));
export type NextStep = z.infer<typeof nextStepSchema>;

/** A service or programme of a referral list, with its text. */
export const referralItemSchema = z.strictObject(lazyShape(() => ({ id: z.string(), textKey: z.string(), text: z.string() })));

/** An intervention never to refer a perpetrator to, and why. */
export const neverReferItemSchema = referralItemSchema.extend({ reasonKey: z.string(), reason: z.string() });

/**
 * Where the victim and the perpetrator are referred, and the child-protection route. The
 * perpetrator's `referTo` and `neverReferTo` are separate lists: an intervention of the second
 * is never advice.
 */
export const referralsSchema = z.strictObject(lazyShape(() => ({
  victim: z
    .strictObject({ services: z.array(referralItemSchema), ruleSet: z.string(), parameter: z.string(), citation: citationSchema, status: provenanceStatusSchema })
    .nullable(),
  perpetrator: z
    .strictObject({
      referTo: z.array(referralItemSchema),
      ifNoProgramme: z.array(referralItemSchema),
      neverReferTo: z.array(neverReferItemSchema),
      ruleSet: z.string(),
      citation: citationSchema,
      /** The status of the programmes' list; `caller-supplied` where an assumption replaced it. */
      status: provenanceStatusSchema,
    })
    .nullable(),
  childProtection: z.array(
    z.strictObject({
      for: childRouteSchema,
      applies: z.enum(['yes', 'if']),
      authority: z.literal('DGASPC'),
      textKey: z.string(),
      text: z.string(),
      /** Deadlines of adult case management that the child's case does not follow. */
      adultDeadlinesNotApplying: z.array(z.string()),
      ruleSet: z.string(),
      citation: citationSchema,
      status: sourceStatusSchema,
    }),
  ),
})));
export type Referrals = z.infer<typeof referralsSchema>;
