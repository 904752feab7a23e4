import type { Step } from './step.js';
import { DvRulesError } from '../errors.js';
import type { Case } from '../schema/case.js';
import type { ProtectionOrderResult, RegimeResult } from '../schema/result.js';
import type { EvaluationContext } from './evaluation-context.js';

const SERIES: Record<RegimeResult['id'], string | null> = {
  'law-217-2003': 'ro-law-217-2003-protection-order',
  'law-26-2024': 'ro-law-26-2024-protection-order',
  none: null,
};

/**
 * The court protection order open to the case under the law in force on `date` (the issue day
 * when known, else the filing day, else the incident day): longest and default duration, who may
 * file, and the measures. Values the sources do not give are `null`, never guessed.
 *
 * @param ctx - the evaluation context
 * @param c - the validated case
 * @param regime - the regime result
 * @param date - the day whose law applies
 * @returns the `protectionOrder` block of the result
 * @example
 * driveSync(decideProtectionOrder(ctx, c, regime217, '2023-07-23'), answerCompiled).maxMonths //=> 12
 * @since 0.1.0
 */
export function* decideProtectionOrder(
  ctx: EvaluationContext,
  c: Case,
  regime: RegimeResult,
  date: string,
): Step<ProtectionOrderResult> {
  const series = SERIES[regime.id];
  const empty = { maxMonths: null, defaultMonths: null, filers: null, measures: null, otherMeasures: null, endsAt: null, ruleSet: null, lawDate: date };
  if (series === null) return { available: false, reason: 'NO_PROTECTION_ORDER_ROUTE', ...empty };
  const loaded = ctx.resolve(series, date);
  if (!loaded) return { available: false, reason: 'NO_PROTECTION_ORDER_ON_DATE', ...empty };
  const events = yield* ctx.run(loaded, { aggressorHadPriorOrder: c.aggressorHadPriorProtectionOrder ?? false });
  const num = (name: string | undefined): number | null => {
    const v = name === undefined ? undefined : ctx.param(loaded, name)?.value;
    return typeof v === 'number' ? v : null;
  };
  // A rule set is frozen through: its lists are given as they are, read-only as the result is.
  const list = (name: string): string[] | null => {
    const v = ctx.param(loaded, name)?.value;
    return Array.isArray(v) ? (Object.isFrozen(v) ? v : [...v]) : null;
  };
  const raised = events.find((e) => e.type === 'max-months');
  const raisedParam = raised?.params['parameter'];
  const maxMonths = num(typeof raisedParam === 'string' ? raisedParam : 'maxMonths');
  // The months a judgment set cannot exceed the longest duration of the law on the issue day, for
  // this aggressor (a raised maximum counts): under every regime, whether or not an end is computed.
  const months = c.events?.protectionOrderMonths;
  if (months !== undefined && maxMonths !== null && months > maxMonths) {
    throw new DvRulesError('INVALID_CASE', 'evaluate: the case is invalid', [
      { path: 'events.protectionOrderMonths', message: `Exceeds the longest duration in force on that day (${maxMonths} months, ${loaded.ruleSet.id})` },
    ]);
  }
  return {
    available: true,
    reason: raised ? 'MAX_MONTHS_RAISED' : 'PROTECTION_ORDER_AVAILABLE',
    maxMonths,
    defaultMonths: num('defaultMonths'),
    filers: list('filers'),
    measures: list('measures'),
    otherMeasures: list('otherMeasures'),
    endsAt: null,
    ruleSet: loaded.ruleSet.id,
    lawDate: date,
  };
}
