import type { ProvenanceEntry } from '../schema/result.js';
import type { LoadedRuleSet } from '../versions/parse-rule-set.js';
import type { EvaluationContext } from '../engine/evaluation-context.js';
import { parameterLabel } from './parameter-label.js';

/**
 * Lists every parameter of the rule sets a result used, with its status and source, and the
 * warnings the reader must see (added to the context): unverified values, caller-supplied rule
 * sets, proposed law. A warning's text names the parameter in words (`parameterLabel`); its
 * `parameter` field keeps the name, for programs.
 *
 * @param used - the rule sets the evaluation relied on
 * @param ctx - the evaluation context, which collects the warnings
 * @returns `provenance` for the result
 * @example
 * collectProvenance([form2018], ctx)[0] //=> { ruleSet: 'ro-police-risk-form/2018-12-28', parameter: 'thresholdQuestions1To7', value: 2, status: 'reported', … }
 * @since 0.1.0
 */
export function collectProvenance(used: readonly LoadedRuleSet[], ctx: EvaluationContext): ProvenanceEntry[] {
  const provenance: ProvenanceEntry[] = [];
  for (const l of used) {
    const rs = l.ruleSet;
    for (const [name, p] of Object.entries(rs.parameters)) {
      const value = Array.isArray(p.value) ? [...p.value] : p.value;
      provenance.push({ ruleSet: rs.id, parameter: name, value, unit: p.unit, status: p.status, source: { ...p.citation } });
      if (p.status === 'unverified') {
        const words = parameterLabel(ctx.translator.t, rs.id, name);
        ctx.warn('PARAMETER_UNVERIFIED', { parameter: words, ruleSet: rs.id }, { ruleSet: rs.id, parameter: name });
      }
    }
    if (l.origin === 'user') ctx.warn('USER_RULE_SET', { ruleSet: rs.id }, { ruleSet: rs.id });
    if (rs.status === 'proposed') ctx.warn('PROPOSED_LAW', { ruleSet: rs.id }, { ruleSet: rs.id });
  }
  return provenance;
}
