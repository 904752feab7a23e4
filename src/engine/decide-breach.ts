import type { Step } from './step.js';
import { shiftDay } from '../deadlines/shift-day.js';
import type { Case } from '../schema/case.js';
import type { BreachResult, RegimeResult } from '../schema/result.js';
import type { LoadedRuleSet } from '../versions/parse-rule-set.js';
import type { EvaluationContext, FiredEvent } from './evaluation-context.js';

const SERIES: Record<RegimeResult['id'], string | null> = {
  'law-217-2003': 'ro-order-breach',
  'law-26-2024': null,
  none: null,
};

/**
 * Whether breaching the order was an offence on the breach day and the penalty range in months,
 * raised by the rule set's increase for an aggressor already convicted of a breach. On a day
 * when the newest version's in-force day is uncertain, the earlier (more lenient) version decides.
 *
 * @param ctx - the evaluation context
 * @param c - the validated case (with `events.breachAt` and `breachedOrder`)
 * @param regime - the regime result
 * @param date - the breach day in Europe/Bucharest
 * @returns the `breach` block of the result
 * @example
 * driveSync(decideBreach(ctx, c, regime217, '2020-08-22'), answerCompiled).penaltyMonths //=> { min: 6, max: 60 }
 * @since 0.1.0
 */
export function* decideBreach(ctx: EvaluationContext, c: Case, regime: RegimeResult, date: string): Step<BreachResult> {
  const series = SERIES[regime.id];
  const none = (reason: string, offence: boolean | null): BreachResult => ({
    offence, reason, penaltyMonths: null, aggravated: false, ruleSet: null, lawDate: date,
  });
  if (regime.id === 'none') return none('NO_PROTECTION_ORDER_ROUTE', false);
  if (series === null) return none('BREACH_RULES_NOT_IN_SOURCES', null);
  const loaded = ctx.resolve(series, date);
  if (!loaded) return none('NO_BREACH_OFFENCE_ON_DATE', false);
  const events = yield* run(ctx, c, loaded);
  // A harsher criminal penalty applies only once its law is in force. When the version that
  // raises it may not yet have been in force on the breach day (its in-force day is uncertain and
  // the day falls in that window), the version before it, the more lenient one, decides; the
  // result already carries the EFFECTIVE_DATE_UNCERTAIN warning.
  // Its rules ran (and are listed in provenance), but its penalty values are not read then.
  const u = loaded.ruleSet.effectiveFromUncertainty;
  const aggravated = events.some((e) => e.type === 'offence') && events.some((e) => e.type === 'aggravated');
  const before = !aggravated || u === undefined || date > u.latest ? undefined : ctx.resolve(series, shiftDay(loaded.ruleSet.effectiveFrom, -1));
  if (!before) return judge(ctx, loaded, events, date);
  const lenient = judge(ctx, before, yield* run(ctx, c, before), date);
  return lenient.offence ? { ...lenient, reason: 'OFFENCE_EARLIER_LAW_APPLIED_IN_FORCE_DAY_UNCERTAIN' } : lenient;
}

function run(ctx: EvaluationContext, c: Case, loaded: LoadedRuleSet): Step<readonly FiredEvent[]> {
  return ctx.run(loaded, {
    breachedOrder: c.breachedOrder ?? 'court',
    priorBreachConviction: c.priorBreachConviction ?? false,
  });
}

/** The breach block from a rule set's events; the penalty values are read only for an offence. */
function judge(ctx: EvaluationContext, loaded: LoadedRuleSet, events: readonly FiredEvent[], date: string): BreachResult {
  const offence = events.some((e) => e.type === 'offence');
  const refusal = events.find((e) => e.type === 'no-offence');
  const min = offence ? ctx.param(loaded, 'minMonths')?.value : undefined;
  const max = offence ? ctx.param(loaded, 'maxMonths')?.value : undefined;
  const aggravation = events.find((e) => e.type === 'aggravated');
  const increaseName = aggravation?.params['parameter'];
  const increase = offence && typeof increaseName === 'string' ? ctx.param(loaded, increaseName)?.value : undefined;
  const factor = typeof increase === 'number' ? 1 + increase : 1;
  const penalty = offence && typeof min === 'number' && typeof max === 'number' ? { min: min * factor, max: max * factor } : null;
  return {
    offence,
    reason: offence ? (aggravation ? 'OFFENCE_AGGRAVATED_REPEAT_BREACH' : 'OFFENCE') : String(refusal?.params['reason'] ?? 'NO_OFFENCE'),
    penaltyMonths: penalty,
    aggravated: offence && aggravation !== undefined,
    ruleSet: loaded.ruleSet.id,
    lawDate: date,
  };
}
