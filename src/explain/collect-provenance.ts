import type { ProvenanceEntry } from '../schema/result.js';
import type { LoadedRuleSet } from '../versions/parse-rule-set.js';
import type { EvaluationContext } from '../engine/evaluation-context.js';
import type { Translator } from './create-translator.js';
import { parameterLabel } from './parameter-label.js';
import { deepFreeze } from '../versions/deep-freeze.js';
import { markAssumed } from './mark-assumed.js';

interface Collected {
  readonly entries: readonly ProvenanceEntry[];
  readonly warnings: readonly { code: string; params: Record<string, string>; about: { ruleSet: string; parameter?: string } }[];
}

/** Provenance depends only on the rule sets used and the language: built once per list, shared (frozen) by the results. */
const memo = new WeakMap<Translator, Map<string, Collected>>();
const MEMO_LIMIT = 1024;

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
  let byList = memo.get(ctx.translator);
  if (!byList) {
    byList = new Map();
    memo.set(ctx.translator, byList);
  }
  const key = used.map((l) => `${l.ruleSet.id}@${l.sha256}@${l.origin}`).join('|');
  let collected = byList.get(key);
  if (!collected) {
    collected = deepFreeze(collect(used, ctx.translator));
    if (byList.size < MEMO_LIMIT) byList.set(key, collected);
  }
  for (const w of collected.warnings) ctx.warn(w.code, w.params, w.about);
  return collected.entries as ProvenanceEntry[];
}

function collect(used: readonly LoadedRuleSet[], translator: Translator): Collected {
  const entries: ProvenanceEntry[] = [];
  const warnings: Collected['warnings'][number][] = [];
  for (const l of used) {
    const rs = l.ruleSet;
    for (const [name, p] of Object.entries(rs.parameters)) {
      const value = Array.isArray(p.value) ? [...p.value] : p.value;
      entries.push(markAssumed(l, name, { ruleSet: rs.id, parameter: name, value, unit: p.unit, status: p.status, source: { ...p.citation } }));
      if (p.status === 'unverified') {
        const words = parameterLabel(translator.t, rs.id, name);
        warnings.push({ code: 'PARAMETER_UNVERIFIED', params: { parameter: words, ruleSet: rs.id }, about: { ruleSet: rs.id, parameter: name } });
      }
    }
    if (l.origin === 'user') warnings.push({ code: 'USER_RULE_SET', params: { ruleSet: rs.id }, about: { ruleSet: rs.id } });
    if (rs.status === 'proposed') warnings.push({ code: 'PROPOSED_LAW', params: { ruleSet: rs.id }, about: { ruleSet: rs.id } });
  }
  return { entries, warnings };
}
