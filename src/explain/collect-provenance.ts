import type { ProvenanceEntry } from '../schema/result.js';
import type { LoadedRuleSet } from '../versions/parse-rule-set.js';
import type { EvaluationContext, RuleSetReads } from '../engine/evaluation-context.js';
import type { Translator } from './create-translator.js';
import { parameterLabel } from './parameter-label.js';
import { deepFreeze } from '../versions/deep-freeze.js';
import { sourceStatusSchema, type SourceStatus } from '../schema/status.js';
import { markAssumed } from '../versions/mark-assumed.js';

interface Collected {
  readonly entries: readonly ProvenanceEntry[];
  readonly warnings: readonly { code: string; params: Record<string, string>; about: { ruleSet: string; parameter?: string } }[];
}

/**
 * Provenance depends only on the rule sets used, what was read of them and the language: built
 * once per such key, shared (frozen) by the results. The key is a path: each rule set used (by
 * identity), then the trail of what was read of it, in the order of `used`.
 */
interface KeyNode {
  /** Weak: a caller's rule set, loaded for one request, is not kept alive by the memo. */
  readonly next: WeakMap<LoadedRuleSet, Map<string, KeyNode>>;
  collected?: Collected;
}
const memo = new WeakMap<Translator, { root: KeyNode; nodes: number }>();
/** Past this many nodes for one translator, the memo starts again (a long batch of varied cases). */
const MEMO_NODES = 16_384;

/**
 * Lists what decided the result (docs/case-and-result.md, "What provenance lists"): each
 * parameter the decision read, each rule that ran and each counting method applied, with its
 * status and source; and adds the warnings the reader must see to the context: an unverified
 * parameter that was read, caller-supplied rule sets, proposed law (these two for every rule set
 * used). A rule set used but not read lends no entries. A warning's text names the parameter in
 * words (`parameterLabel`); its `parameter` field keeps the name, for programs.
 *
 * Order: by rule set in the order of `used`; within one, its parameters, rules and deadlines in
 * the order the rule set declares them.
 *
 * @param used - the rule sets the evaluation relied on
 * @param ctx - the evaluation context: what was read (`ctx.reads`), and it collects the warnings
 * @returns `provenance` for the result
 * @example
 * collectProvenance([form2018], ctx)[0] //=> { kind: 'parameter', ruleSet: 'ro-police-risk-form/2018-12-28', parameter: 'thresholdQuestions1To7', value: 2, status: 'reported', … }
 * @since 0.1.0
 */
export function collectProvenance(used: readonly LoadedRuleSet[], ctx: EvaluationContext): ProvenanceEntry[] {
  let tree = memo.get(ctx.translator);
  if (!tree || tree.nodes > MEMO_NODES) {
    tree = { root: { next: new WeakMap() }, nodes: 0 };
    memo.set(ctx.translator, tree);
  }
  let node = tree.root;
  for (const l of used) {
    let byTrail = node.next.get(l);
    if (!byTrail) {
      byTrail = new Map();
      node.next.set(l, byTrail);
    }
    const trail = readsKey(ctx.reads.get(l.ruleSet.id));
    let child = byTrail.get(trail);
    if (!child) {
      child = { next: new WeakMap() };
      byTrail.set(trail, child);
      tree.nodes++;
    }
    node = child;
  }
  const collected = (node.collected ??= deepFreeze(collect(used, ctx)));
  for (const w of collected.warnings) ctx.warn(w.code, w.params, w.about);
  return collected.entries as ProvenanceEntry[];
}

/**
 * The reads of a rule set as its trail (in the order read: the same reads in another order are
 * another key, and the same entries are collected again, which only the memo notices).
 */
function readsKey(r: RuleSetReads | undefined): string {
  // A trail is names, marks and commas: never NUL, which stands for "nothing read" (the trail itself is the key, no new string).
  return r === undefined ? '\u0000' : r.trail;
}

function collect(used: readonly LoadedRuleSet[], ctx: EvaluationContext): Collected {
  const entries: ProvenanceEntry[] = [];
  const warnings: Collected['warnings'][number][] = [];
  for (const l of used) {
    const rs = l.ruleSet;
    const read = ctx.reads.get(rs.id);
    if (read !== undefined) {
      for (const [name, p] of Object.entries(rs.parameters)) {
        if (!read.parameters.has(name)) continue;
        entries.push(entryOf({ kind: 'parameter', loaded: l, name }));
        if (p.status === 'unverified') {
          const words = parameterLabel(ctx.translator.t, rs.id, name);
          warnings.push({ code: 'PARAMETER_UNVERIFIED', params: { parameter: words, ruleSet: rs.id }, about: { ruleSet: rs.id, parameter: name } });
        }
      }
      if (read.rulesRan) for (const rule of rs.rules) entries.push(entryOf({ kind: 'rule', loaded: l, name: rule.id }));
      for (const d of rs.deadlines ?? []) if (read.counted.has(d.id)) entries.push(entryOf({ kind: 'counting', loaded: l, name: d.id }));
    }
    if (l.origin === 'user') warnings.push({ code: 'USER_RULE_SET', params: { ruleSet: rs.id }, about: { ruleSet: rs.id } });
    if (rs.status === 'proposed') warnings.push({ code: 'PROPOSED_LAW', params: { ruleSet: rs.id }, about: { ruleSet: rs.id } });
  }
  return { entries, warnings };
}

/**
 * One provenance entry, made in this one place (so a field every entry of a kind gains, such as
 * an origin for caller-supplied values, is added here).
 */
function entryOf(what: { kind: ProvenanceEntry['kind']; loaded: LoadedRuleSet; name: string }): ProvenanceEntry {
  const rs = what.loaded.ruleSet;
  if (what.kind === 'parameter') {
    const p = rs.parameters[what.name]!;
    const value = Array.isArray(p.value) ? [...p.value] : p.value;
    return markAssumed(what.loaded, what.name, { kind: 'parameter', ruleSet: rs.id, parameter: what.name, value, unit: p.unit, status: p.status, source: { ...p.citation } });
  }
  if (what.kind === 'rule') {
    const rule = rs.rules.find((r) => r.id === what.name)!;
    return { kind: 'rule', ruleSet: rs.id, rule: rule.id, status: ruleStatus(rule.status ?? rule.event.params?.['status']), source: { ...rule.citation } };
  }
  const d = (rs.deadlines ?? []).find((x) => x.id === what.name)!;
  return { kind: 'counting', ruleSet: rs.id, deadline: d.id, method: d.counting.method, status: d.status, source: { ...d.citation } };
}

/** A rule's status where its rule set declares one (`status`, or the steps' and referrals' `event.params.status`), else null. */
function ruleStatus(declared: unknown): SourceStatus | null {
  const parsed = sourceStatusSchema.safeParse(declared);
  return parsed.success ? parsed.data : null;
}
