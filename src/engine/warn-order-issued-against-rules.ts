import type { Case } from '../schema/case.js';
import type { DeadlineResult, ProtectionOrderResult, ProvisionalOrderResult } from '../schema/result.js';
import { bucharestDate } from '../deadlines/bucharest.js';
import type { EvaluationContext } from './evaluation-context.js';

/**
 * An order the case records as issued although the rules of its day would not issue it (no
 * imminent risk established, the victim opposed, no route): its deadlines are still counted from
 * the recorded issue, as for any issued order, and the result says so, so that a reader does not
 * take those deadlines as the rules' grounds for the order.
 *
 * @param ctx - the evaluation context
 * @param c - the case
 * @param po - the provisional-order block
 * @param op - the court-order block
 * @param deadlines - the result's deadlines (the warning says whether the order has any)
 * @example
 * warnOrderIssuedAgainstRules(ctx, caseWithOppButNoRisk, po, op, deadlines) // ctx.warnings gains { code: 'ORDER_ISSUED_AGAINST_RULES', … }
 * @since 0.1.0
 */
export function warnOrderIssuedAgainstRules(ctx: EvaluationContext, c: Case, po: ProvisionalOrderResult, op: ProtectionOrderResult, deadlines: readonly DeadlineResult[]): void {
  const t = ctx.translator.t;
  // With its deadlines counted, or none (a court order where the law of its day gives no route).
  const variant = (prefix: string): string => (deadlines.some((d) => d.id.startsWith(prefix) && d.dueAt !== null) ? 'counted' : 'none');
  const issued = c.events?.provisionalOrderIssuedAt;
  // Only where the rules decide it would not be issued: where they cannot decide (no determination,
  // the 2024 form), FORM_CANNOT_DECIDE and the reason already say so.
  if (issued !== undefined && !po.eligible && !UNDECIDED.has(po.reason)) {
    ctx.warn('ORDER_ISSUED_AGAINST_RULES', { order: t('ui.act.provisional-order'), day: bucharestDate(issued), reason: t(`reason.${po.reason}`, {}, po.reason) }, po.ruleSet === null ? {} : { ruleSet: po.ruleSet }, variant('opp-'), 'provisional-order');
  }
  const opIssued = c.events?.protectionOrderIssuedAt;
  if (opIssued !== undefined && !op.available) {
    ctx.warn('ORDER_ISSUED_AGAINST_RULES', { order: t('ui.act.protection-order'), day: bucharestDate(opIssued), reason: t(`reason.${op.reason}`, {}, op.reason) }, op.ruleSet === null ? {} : { ruleSet: op.ruleSet }, variant('op-'), 'protection-order');
  }
}

/** Reasons that say the rules could not decide, rather than that they refuse. */
const UNDECIDED = new Set(['RISK_DETERMINATION_UNAVAILABLE', 'NO_RULE_DECIDED', 'FORM_UNVERIFIED']);
