import type { SourceStatus } from '../schema/status.js';
import { assumedMark } from './assumed-rule-set.js';
import type { LoadedRuleSet } from './parse-rule-set.js';

/**
 * A provenance entry (of `provenance`, or a deadline's) with what the caller's assumption
 * replaced, when `parameter` of `loaded` is the caller's value (its status is then already
 * `caller-supplied`); else the entry unchanged.
 *
 * @param loaded - the rule set the entry is of
 * @param parameter - the parameter's name
 * @param entry - the entry as made from the rule set
 * @returns the entry, with `assumed: { source, replaced: { value, status } }` for an assumed value
 * @example
 * markAssumed(assumedBreach, 'repeatIncrease', entry).assumed //=> { source: 'MO 1234/2026', replaced: { value: 0.5, status: 'reported' } }
 * @since 0.1.0
 */
export function markAssumed<E extends object>(
  loaded: LoadedRuleSet,
  parameter: string,
  entry: E,
): E & { assumed?: { source: string; replaced: { value: string | number | boolean | string[]; status: SourceStatus } } } {
  const assumed = assumedMark(loaded)?.parameters.get(parameter);
  if (!assumed) return entry;
  const value = assumed.replaced.value;
  return { ...entry, assumed: { source: assumed.source, replaced: { value: Array.isArray(value) ? [...value] : value, status: assumed.replaced.status } } };
}
