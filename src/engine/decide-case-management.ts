import type { Case } from '../schema/case.js';
import type { CaseManagement } from '../schema/result.js';
import type { LoadedRuleSet } from '../versions/parse-rule-set.js';
import type { EvaluationContext } from './evaluation-context.js';

const SERIES = 'ro-social-services-case-management';

/**
 * The social-services case-management rule set for a case that has reached social services (a
 * registration, a mobile-team alert or the case manager's travel time), and who makes the initial
 * assessment: the case manager, or the local case responsible when the case manager's travel time
 * exceeds the threshold (seed).
 *
 * @param ctx - the evaluation context
 * @param c - the validated case
 * @param date - the registration day (else the alert day, else the incident day)
 * @returns the rule set (for its deadlines) and the `caseManagement` block, or nulls (with a
 *   `NO_RULE_SET_IN_FORCE` warning when the case reached social services on a day no rule set covers)
 * @example
 * decideCaseManagement(ctx, { …, events: { caseRegisteredAt: …, caseManagerTravelMinutes: 75 } }, '2025-03-03').block
 * //=> { initialAssessmentBy: 'local-case-responsible', reason: 'TRAVEL_OVER_THRESHOLD', … }
 * @since 0.1.0
 */
export function decideCaseManagement(
  ctx: EvaluationContext,
  c: Case,
  date: string,
): { loaded: LoadedRuleSet | null; block: CaseManagement | null } {
  const ev = c.events ?? {};
  const reached = ev.caseRegisteredAt ?? ev.policeAlertedMobileTeamAt ?? ev.caseManagerTravelMinutes;
  if (reached === undefined) return { loaded: null, block: null };
  const loaded = ctx.resolve(SERIES, date);
  if (!loaded) {
    // The case reached social services on a day no case-management rule set covers: its terms and
    // who makes the initial assessment are not decided, and the result says so (issue 11).
    const from = ctx.firstInForce(SERIES);
    ctx.warn('NO_RULE_SET_IN_FORCE', { date, from: from ?? '—' }, {}, from === undefined ? 'case-management-none' : 'case-management');
    return { loaded: null, block: null };
  }
  const travel = ev.caseManagerTravelMinutes;
  // The threshold decides only where a travel time was given.
  const threshold = travel === undefined ? undefined : ctx.param(loaded, 'travelThresholdMinutes')?.value;
  const block: CaseManagement =
    travel === undefined || typeof threshold !== 'number'
      ? { initialAssessmentBy: null, reason: 'TRAVEL_TIME_UNKNOWN', ruleSet: loaded.ruleSet.id }
      : travel > threshold
        ? { initialAssessmentBy: 'local-case-responsible', reason: 'TRAVEL_OVER_THRESHOLD', ruleSet: loaded.ruleSet.id }
        : { initialAssessmentBy: 'case-manager', reason: 'TRAVEL_WITHIN_THRESHOLD', ruleSet: loaded.ruleSet.id };
  return { loaded, block };
}
