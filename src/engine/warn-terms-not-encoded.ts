import type { ProtectionGap, ProvisionalOrderResult } from '../schema/result.js';
import type { EvaluationContext } from './evaluation-context.js';

/**
 * Terms of the law that the provisional order's rule set knows of but cannot encode (Law 26/2024:
 * who confirms the order, and its challenge) are named in a `TERM_NOT_ENCODED` warning; when a
 * protection gap begins where the order ends, the warning says that the gap assumes the order
 * lapsed then, which our sources do not settle.
 *
 * @param ctx - the evaluation context (the rule set was resolved by the provisional-order decision)
 * @param po - the provisional-order block, with its `endsAt`
 * @param gaps - the protection gaps of the result
 * @example
 * warnTermsNotEncoded(ctx, po26, []) // ctx.warnings gains { code: 'TERM_NOT_ENCODED', ruleSet: 'ro-law-26-2024-provisional-order/2024-08-31', … }
 * @since 0.1.0
 */
export function warnTermsNotEncoded(ctx: EvaluationContext, po: ProvisionalOrderResult, gaps: readonly ProtectionGap[]): void {
  if (!po.available || po.ruleSet === null) return;
  const terms = ctx.used.get(po.ruleSet)?.ruleSet.termsNotEncoded;
  if (!terms) return;
  const t = ctx.translator.t;
  const words = terms.map((x) => t(`ui.term-not-encoded.${x.id}`, {}, x.description)).join('; ');
  const lapse = po.endsAt !== null && gaps.some((g) => g.from === po.endsAt);
  ctx.warn('TERM_NOT_ENCODED', { terms: words, ruleSet: po.ruleSet, ...(lapse ? { endsAt: po.endsAt ?? '' } : {}) }, { ruleSet: po.ruleSet }, lapse ? 'gap' : undefined);
}
