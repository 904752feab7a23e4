import type { ProvenanceEntry, Warning } from '../schema/result.js';
import type { LoadedRuleSet } from '../versions/parse-rule-set.js';
import { formatMessage } from './format-message.js';

/**
 * Lists every parameter of the rule sets a result used, with its status and source, and the
 * warnings the reader must see: unverified values, caller-supplied rule sets, proposed law.
 *
 * @param used - the rule sets the evaluation relied on
 * @returns `provenance` and `warnings` for the result
 * @example
 * collectProvenance([form2018]).provenance[0] //=> { ruleSet: 'ro-police-risk-form/2018-12-28', parameter: 'thresholdQuestions1To7', value: 2, status: 'reported', … }
 * @since 0.1.0
 */
export function collectProvenance(used: readonly LoadedRuleSet[]): { provenance: ProvenanceEntry[]; warnings: Warning[] } {
  const provenance: ProvenanceEntry[] = [];
  const warnings: Warning[] = [];
  for (const l of used) {
    const rs = l.ruleSet;
    for (const [name, p] of Object.entries(rs.parameters)) {
      const value = Array.isArray(p.value) ? [...p.value] : p.value;
      provenance.push({ ruleSet: rs.id, parameter: name, value, unit: p.unit, status: p.status, source: { ...p.citation } });
      if (p.status === 'unverified') {
        warnings.push({ code: 'PARAMETER_UNVERIFIED', message: formatMessage('warning.parameter-unverified', { parameter: name, ruleSet: rs.id }), parameter: name, ruleSet: rs.id });
      }
    }
    if (l.origin === 'user') warnings.push({ code: 'USER_RULE_SET', message: formatMessage('warning.user-rule-set', { ruleSet: rs.id }), ruleSet: rs.id });
    if (rs.status === 'proposed') warnings.push({ code: 'PROPOSED_LAW', message: formatMessage('warning.proposed-law', { ruleSet: rs.id }), ruleSet: rs.id });
  }
  return { provenance, warnings };
}
