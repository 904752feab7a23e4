import type { Assumption } from '../schema/assumption.js';
import type { Parameter } from '../schema/rule-set.js';
import type { SourceStatus } from '../schema/status.js';
import { canonicalJson, canonicalSha256 } from './canonical-json.js';
import { deepFreeze } from './deep-freeze.js';
import type { LoadedRuleSet } from './parse-rule-set.js';

/** What the caller's assumptions changed in one rule set, and what they replaced. */
export interface AssumedMark {
  /** The rule set as shipped (or as the caller supplied it). */
  readonly base: LoadedRuleSet;
  readonly parameters: ReadonlyMap<string, { readonly source: string; readonly replaced: { readonly value: Parameter['value']; readonly status: SourceStatus } }>;
  /** The shipped day and its window of uncertainty, which the caller's day settles. */
  readonly effectiveFrom?: { readonly source: string; readonly replaced: string; readonly window: { readonly earliest: string; readonly latest: string } };
}

const marks = new WeakMap<LoadedRuleSet, AssumedMark>();
/** Copies by base and assumptions, so that equal assumptions reuse the compiled rule set (compile caches are per LoadedRuleSet). */
const copies = new WeakMap<LoadedRuleSet, Map<string, LoadedRuleSet>>();
const COPY_LIMIT = 64;

/**
 * A copy of a rule set with the caller's (already checked) assumptions for it applied: each
 * parameter's value replaced, its status `caller-supplied` (a provenance status, never a rule
 * file's), or the in-force day moved and its uncertainty dropped (the caller settled it). Its
 * `sha256` is a key of its own (caches that key by hash must not mistake it for the base); the
 * receipt records the base's (`recordedSha256`), with the assumptions beside it.
 *
 * @param base - the rule set the assumptions name
 * @param assumptions - the assumptions for it (at most one per parameter, one for the day)
 * @returns the copy, the same object for equal assumptions
 * @example
 * assumedRuleSet(breach2025, [{ ruleSet: 'ro-order-breach/2025-12-15', effectiveFrom: '2026-01-10', source: 'MO 1234/2026' }]).ruleSet.effectiveFrom //=> '2026-01-10'
 * @since 0.1.0
 */
export function assumedRuleSet(base: LoadedRuleSet, assumptions: readonly Assumption[]): LoadedRuleSet {
  const key = canonicalJson([...assumptions].sort((a, b) => targetOf(a).localeCompare(targetOf(b))));
  let byKey = copies.get(base);
  const hit = byKey?.get(key);
  if (hit) return hit;
  const rs = base.ruleSet;
  const parameters: Record<string, Parameter> = { ...rs.parameters };
  const replacedParameters = new Map<string, { source: string; replaced: { value: Parameter['value']; status: SourceStatus } }>();
  let effectiveFrom: AssumedMark['effectiveFrom'];
  const ruleSet = { ...rs, parameters };
  for (const a of assumptions) {
    if (a.parameter !== undefined && a.value !== undefined) {
      const p = rs.parameters[a.parameter]!;
      // `caller-supplied` is a provenance status: the copy is made here, never parsed from a file.
      parameters[a.parameter] = { ...p, value: a.value, status: 'caller-supplied' as SourceStatus };
      replacedParameters.set(a.parameter, { source: a.source, replaced: { value: p.value, status: p.status } });
    } else if (a.effectiveFrom !== undefined) {
      const u = rs.effectiveFromUncertainty;
      ruleSet.effectiveFrom = a.effectiveFrom;
      delete ruleSet.effectiveFromUncertainty;
      effectiveFrom = { source: a.source, replaced: rs.effectiveFrom, window: { earliest: u?.earliest ?? rs.effectiveFrom, latest: u?.latest ?? rs.effectiveFrom } };
    }
  }
  const copy: LoadedRuleSet = Object.freeze({
    ruleSet: deepFreeze(ruleSet),
    sha256: canonicalSha256({ base: base.sha256, assumptions: key }),
    origin: base.origin,
    ...(base.file === undefined ? {} : { file: base.file }),
  });
  marks.set(copy, { base: marks.get(base)?.base ?? base, parameters: replacedParameters, ...(effectiveFrom ? { effectiveFrom } : {}) });
  if (!byKey) {
    byKey = new Map();
    copies.set(base, byKey);
  }
  if (byKey.size < COPY_LIMIT) byKey.set(key, copy);
  return copy;
}

/** What the caller's assumptions changed in `loaded`, or undefined for a rule set as shipped or supplied. */
export function assumedMark(loaded: LoadedRuleSet): AssumedMark | undefined {
  return marks.get(loaded);
}

/** The rule set an assumed copy was made from (`loaded` itself when it is no copy): what the caller supplied or the package shipped. */
export function baseOf(loaded: LoadedRuleSet): LoadedRuleSet {
  return marks.get(loaded)?.base ?? loaded;
}

/** The hash a result and its receipt record for `loaded`: its base's for an assumed copy (the assumptions are recorded beside it). */
export function recordedSha256(loaded: LoadedRuleSet): string {
  return marks.get(loaded)?.base.sha256 ?? loaded.sha256;
}

/** What an assumption corrects: one parameter, or the in-force day, of one rule set. */
export function targetOf(a: Assumption): string {
  return a.effectiveFrom !== undefined ? `${a.ruleSet}#effectiveFrom` : `${a.ruleSet}#${a.parameter ?? ''}`;
}
