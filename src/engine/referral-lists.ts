import type { Referrals } from '../schema/next-steps.js';
import type { LoadedRuleSet } from '../versions/parse-rule-set.js';
import type { EvaluationContext, FiredEvent } from './evaluation-context.js';

/** The parameters `victimReferral` reads. */
export const VICTIM_LISTS = ['victimServices'] as const;
/** The parameters `perpetratorReferral` reads. */
export const PERPETRATOR_LISTS = ['perpetratorProgrammes', 'perpetratorIfNoProgramme', 'perpetratorNeverReferTo'] as const;

/** A list parameter of the rule set, as words (empty when absent). */
function listOf(ctx: EvaluationContext, loaded: LoadedRuleSet, name: string): string[] {
  const v = ctx.param(loaded, name)?.value;
  return Array.isArray(v) ? [...v] : [];
}

const item = (ctx: EvaluationContext, prefix: string, id: string): { id: string; textKey: string; text: string } => {
  const textKey = `message.referral.${prefix}.${id}`;
  return { id, textKey, text: ctx.translator.t(textKey, {}, id) };
};

/**
 * The services the victim is referred to (`victimServices`), with their source and status.
 *
 * @param ctx - the evaluation context
 * @param loaded - the referrals rule set
 * @param event - its fired `refer-victim` event
 * @returns `referrals.victim`
 * @example
 * victimReferral(ctx, referrals2018, e).services.map((s) => s.id) //=> ['shelter', 'legal-counselling', …]
 * @since 0.1.0
 */
export function victimReferral(ctx: EvaluationContext, loaded: LoadedRuleSet, event: FiredEvent): NonNullable<Referrals['victim']> {
  const p = ctx.param(loaded, 'victimServices');
  const rule = loaded.ruleSet.rules.find((r) => r.id === event.ruleId);
  return {
    services: listOf(ctx, loaded, 'victimServices').map((id) => item(ctx, 'victim', id)),
    ruleSet: loaded.ruleSet.id,
    parameter: 'victimServices',
    citation: { ...(p?.citation ?? rule?.citation ?? { title: loaded.ruleSet.act.title }) },
    status: p?.status ?? 'unverified',
  };
}

/**
 * Where the perpetrator is referred, where if no programme exists, and, as a list of its own,
 * the interventions never to refer to, each with the reason: they are never advice.
 *
 * @param ctx - the evaluation context
 * @param loaded - the referrals rule set
 * @param event - its fired `refer-perpetrator` event
 * @returns `referrals.perpetrator`
 * @example
 * perpetratorReferral(ctx, referrals2018, e).neverReferTo.map((s) => s.id) //=> ['anger-management', 'couples-counselling', 'mediation', 'family-therapy']
 * @since 0.1.0
 */
export function perpetratorReferral(ctx: EvaluationContext, loaded: LoadedRuleSet, event: FiredEvent): NonNullable<Referrals['perpetrator']> {
  const rule = loaded.ruleSet.rules.find((r) => r.id === event.ruleId);
  const p = ctx.param(loaded, 'perpetratorProgrammes');
  const reasonKey = 'message.referral.never-reason';
  return {
    referTo: listOf(ctx, loaded, 'perpetratorProgrammes').map((id) => item(ctx, 'perpetrator', id)),
    ifNoProgramme: listOf(ctx, loaded, 'perpetratorIfNoProgramme').map((id) => item(ctx, 'perpetrator', id)),
    neverReferTo: listOf(ctx, loaded, 'perpetratorNeverReferTo').map((id) => {
      const it = item(ctx, 'never', id);
      return { ...it, reasonKey, reason: ctx.translator.t(`${reasonKey}.${ctx.register}`, { intervention: it.text }) };
    }),
    ruleSet: loaded.ruleSet.id,
    citation: { ...(rule?.citation ?? p?.citation ?? { title: loaded.ruleSet.act.title }) },
    status: p?.status ?? 'unverified',
  };
}
