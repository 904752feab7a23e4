import type { Case } from '../schema/case.js';
import type { ProtectionOrderResult, ProvisionalOrderResult } from '../schema/result.js';
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
 * @example
 * warnOrderIssuedAgainstRules(ctx, caseWithOppButNoRisk, po, op) // ctx.warnings gains { code: 'ORDER_ISSUED_AGAINST_RULES', … }
 * @since 0.1.0
 */
export function warnOrderIssuedAgainstRules(ctx: EvaluationContext, c: Case, po: ProvisionalOrderResult, op: ProtectionOrderResult): void {
  const t = ctx.translator.t;
  const issued = c.events?.provisionalOrderIssuedAt;
  if (issued !== undefined && !po.eligible) {
    ctx.warn('ORDER_ISSUED_AGAINST_RULES', { order: t('ui.act.provisional-order'), day: bucharestDate(issued), reason: t(`reason.${po.reason}`, {}, po.reason) }, po.ruleSet === null ? {} : { ruleSet: po.ruleSet }, undefined, 'provisional-order');
  }
  const opIssued = c.events?.protectionOrderIssuedAt;
  if (opIssued !== undefined && !op.available) {
    ctx.warn('ORDER_ISSUED_AGAINST_RULES', { order: t('ui.act.protection-order'), day: bucharestDate(opIssued), reason: t(`reason.${op.reason}`, {}, op.reason) }, op.ruleSet === null ? {} : { ruleSet: op.ruleSet }, undefined, 'protection-order');
  }
}
