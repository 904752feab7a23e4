import type { Step } from './step.js';
import { computeCaseDue } from '../deadlines/compute-due.js';
import { wallClockHoursDue } from '../deadlines/wall-clock-hours.js';
import type { EvaluateOptions } from '../schema/options.js';
import type { Case } from '../schema/case.js';
import type { Determination, ProvisionalOrderResult, RegimeResult } from '../schema/result.js';
import type { EvaluationContext } from './evaluation-context.js';
import { instantMs } from '../deadlines/instant-ms.js';

type OrderHours = NonNullable<EvaluateOptions['provisionalOrderHours']>;

const SERIES: Record<RegimeResult['id'], string | null> = {
  'law-217-2003': 'ro-law-217-2003-provisional-order',
  'law-26-2024': 'ro-law-26-2024-provisional-order',
  none: null,
};

/**
 * Whether police may issue a provisional protection order, with which measures and for how long,
 * under the regime's rule set in force on `date` (the issue day when known, else the incident day).
 *
 * @param ctx - the evaluation context
 * @param c - the validated case
 * @param regime - the regime result
 * @param determination - the settled determination of imminent risk
 * @param date - the day whose law applies
 * @param orderHours - how the hours are read across a clock change (option `provisionalOrderHours`), for whether a filing came while the order was in force
 * @returns the `provisionalOrder` block of the result
 * @example
 * driveSync(decideProvisionalOrder(ctx, c, regime217, { imminentRisk: true, … }, '2019-03-01'), answerCompiled).duration //=> { hours: 120 }
 * @since 0.1.0
 */
export function* decideProvisionalOrder(
  ctx: EvaluationContext,
  c: Case,
  regime: RegimeResult,
  determination: Determination,
  date: string,
  orderHours: OrderHours = 'later',
): Step<ProvisionalOrderResult> {
  const series = SERIES[regime.id];
  const unavailable = (reason: string): ProvisionalOrderResult => ({
    available: false, eligible: false, reason, measures: null, duration: null, endsAt: null, ruleSet: null, lawDate: date,
  });
  if (series === null) return unavailable('NO_PROTECTION_ORDER_ROUTE');
  const loaded = ctx.resolve(series, date);
  if (!loaded) return unavailable('NO_PROVISIONAL_ORDER_ON_DATE');
  const riskDetermination =
    determination.imminentRisk === null ? 'unavailable' : determination.imminentRisk ? 'imminent-risk' : 'no-imminent-risk';
  // The order's duration is in every result of the rule set (for information when not issued).
  const hours = ctx.param(loaded, 'durationHours')?.value;
  const events = yield* ctx.run(loaded, {
    riskDetermination,
    victimOpposes: c.victimOpposesProvisionalOrder ?? false,
    victimRequests: c.victimRequestsProvisionalOrder ?? false,
    victimCannotWrite: c.victimCannotWriteRequest ?? false,
    prosecutorFiled: filedWhileInForce(c, hours, orderHours),
  });
  const decision = events.find((e) => e.type === 'eligible') ?? events.find((e) => e.type === 'ineligible');
  const measures = ctx.param(loaded, 'measures')?.value;
  // Only an order that was issued can stay in force until the judgment: one the rules issue, or one
  // the case records as issued (even against the rules: it is in force, and ORDER_ISSUED_AGAINST_RULES
  // says so). For a victim who opposed, or a case without imminent risk, with no order recorded, the
  // duration is the law's ordinary one, for information.
  const issued = decision?.type === 'eligible' || c.events?.provisionalOrderIssuedAt !== undefined;
  const untilJudgment = issued && events.some((e) => e.type === 'until-judgment');
  return {
    available: true,
    eligible: decision?.type === 'eligible',
    reason: typeof decision?.params['reason'] === 'string' ? decision.params['reason'] : 'NO_RULE_DECIDED',
    // A rule set is frozen through: its list is given as it is, read-only as the result is.
    measures: Array.isArray(measures) ? (Object.isFrozen(measures) ? measures : [...measures]) : null,
    duration: untilJudgment ? { until: 'first-instance-judgment' } : typeof hours === 'number' ? { hours } : null,
    endsAt: null,
    ruleSet: loaded.ruleSet.id,
    lawDate: date,
  };
}

/**
 * Whether the prosecutor filed the order in court while it was still in force. Only an order in
 * force can "stay" in force until the judgment (Law 232/2025): one filed after its hours ran out
 * had lapsed, and the lapse shows as a protection gap. Without an issue time the filing decides.
 */
function filedWhileInForce(c: Case, hours: unknown, orderHours: OrderHours): boolean {
  const filedAt = c.events?.prosecutorFiledAt;
  const issuedAt = c.events?.provisionalOrderIssuedAt;
  if (filedAt === undefined) return false;
  if (issuedAt === undefined || typeof hours !== 'number') return true;
  const elapsed = computeCaseDue(issuedAt, { method: 'elapsed', amount: hours, unit: 'hours', shift: 'none' }, 'events.provisionalOrderIssuedAt').dueAt;
  // The same reading of the hours across a clock change as the order's end (option provisionalOrderHours).
  const wall = orderHours === 'elapsed' ? elapsed : wallClockHoursDue(issuedAt, hours);
  const end = orderHours === 'wall-clock' ? instantMs(wall) : Math.max(instantMs(elapsed), instantMs(wall));
  return instantMs(filedAt) < end;
}
