import type { Case } from '../schema/case.js';
import type { ProtectionGap, ProtectionOrderResult, ProvisionalOrderResult } from '../schema/result.js';
import type { EvaluationContext } from './evaluation-context.js';
import type { LoadedRuleSet } from '../versions/parse-rule-set.js';

/**
 * Terms of the law that the provisional order's rule set knows of but cannot encode (Law 26/2024:
 * who confirms the order, and its challenge) are named in a `TERM_NOT_ENCODED` warning; when a
 * protection gap begins where the order ends, the warning says that the gap assumes the order
 * lapsed then, which our sources do not settle.
 *
 * @param ctx - the evaluation context (the rule set was resolved by the provisional-order decision)
 * @param c - the case (whether it records the court order's filing or issue)
 * @param po - the provisional-order block, with its `endsAt`
 * @param gaps - the protection gaps of the result
 * @param op - the court-order block (its rule set's terms not encoded are named once the case records its filing or issue)
 * @example
 * warnTermsNotEncoded(ctx, c, po26, [], op) // ctx.warnings gains { code: 'TERM_NOT_ENCODED', ruleSet: 'ro-law-26-2024-provisional-order/2024-08-31', … }
 * @since 0.1.0
 */
export function warnTermsNotEncoded(ctx: EvaluationContext, c: Case, po: ProvisionalOrderResult, gaps: readonly ProtectionGap[], op: ProtectionOrderResult): void {
  const t = ctx.translator.t;
  const words = (terms: NonNullable<LoadedRuleSet['ruleSet']['termsNotEncoded']>): string => terms.map((x) => t(`ui.term-not-encoded.${x.id}`, {}, x.description)).join('; ');
  if (po.available && po.ruleSet !== null) {
    const terms = ctx.used.get(po.ruleSet)?.ruleSet.termsNotEncoded;
    if (terms) {
      const lapse = po.endsAt !== null && gaps.some((g) => g.from === po.endsAt);
      ctx.warn('TERM_NOT_ENCODED', { terms: words(terms), ruleSet: po.ruleSet, ...(lapse ? { endsAt: po.endsAt ?? '' } : {}) }, { ruleSet: po.ruleSet }, lapse ? 'gap' : undefined);
    }
  }
  // The court order's terms (Law 26/2024: its end and the decision term) once it is sought or issued.
  const sought = c.events?.protectionOrderFiledAt !== undefined || c.events?.protectionOrderIssuedAt !== undefined;
  if (sought && op.available && op.ruleSet !== null) {
    const terms = ctx.used.get(op.ruleSet)?.ruleSet.termsNotEncoded;
    if (terms) ctx.warn('TERM_NOT_ENCODED', { terms: words(terms), ruleSet: op.ruleSet }, { ruleSet: op.ruleSet });
  }
}
