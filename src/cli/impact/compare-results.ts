import type { Result } from '../../index.js';

/** One field whose value differs between the two evaluations of a case. */
export interface FieldChange {
  field: string;
  from: unknown;
  to: unknown;
}

type Extract = (r: Result) => Record<string, unknown>;

// The fields an agency acts on, each read the same way from both results.
const FIELDS: Extract[] = [
  (r) => ({ 'regime': r.regime.id }),
  (r) => ({ 'imminent risk': r.determination.imminentRisk }),
  (r) => ({ 'provisional order eligible': r.provisionalOrder.eligible, 'provisional order duration': r.provisionalOrder.duration, 'provisional order ends': r.provisionalOrder.endsAt }),
  (r) => ({
    'protection order available': r.protectionOrder.available,
    'protection order maximum months': r.protectionOrder.maxMonths,
    'protection order default months': r.protectionOrder.defaultMonths,
    'protection order ends': r.protectionOrder.endsAt,
  }),
  (r) => ({ 'breach offence': r.breach?.offence ?? null, 'breach penalty months': r.breach?.penaltyMonths ?? null, 'breach aggravated': r.breach?.aggravated ?? null }),
  (r) => Object.fromEntries(r.deadlines.flatMap((d) => [[`deadline ${d.id} due`, d.dueAt], [`deadline ${d.id} status`, d.status]])),
];

/**
 * What differs between two results of the same case that an agency acts on: the regime, imminent
 * risk, the provisional order (eligibility, duration, end), the court order (availability, maximum
 * and default months, end), the breach (offence, penalty, aggravation) and each deadline's due time
 * and status. A deadline only one result has is a change from or to `null`.
 *
 * @param before - the result under the law as shipped
 * @param after - the result under the change
 * @returns the changed fields, in a fixed order; empty when nothing an agency acts on changed
 * @example
 * compareResults(before, after) //=> [{ field: 'protection order maximum months', from: 12, to: 6 }, …]
 * @since 0.1.0
 */
export function compareResults(before: Result, after: Result): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const extract of FIELDS) {
    const a = extract(before);
    const b = extract(after);
    for (const field of new Set([...Object.keys(a), ...Object.keys(b)])) {
      const from = a[field] ?? null;
      const to = b[field] ?? null;
      if (JSON.stringify(from) !== JSON.stringify(to)) changes.push({ field, from, to });
    }
  }
  return changes;
}

/**
 * The rule sets one result used that the other did not (by id and hash): what the change brought in.
 *
 * @param before - the result under the law as shipped
 * @param after - the result under the change
 * @param name - how to name a rule set (default: its id, with `(proposed)` or `(user)`)
 * @returns the ids of `after`'s rule sets not in `before`, with their origin when not shipped
 * @example
 * changedRuleSets(before, after) //=> ['ro-law-217-2003-protection-order/2023-07-23 (user)']
 * @since 0.1.0
 */
export function changedRuleSets(before: Result, after: Result, name?: (id: string) => string): string[] {
  const known = new Set(before.ruleSets.map((r) => `${r.id}@${r.sha256}`));
  const label = (r: Result['ruleSets'][number]): string => (name !== undefined ? name(r.id) : r.status === 'proposed' ? `${r.id} (proposed)` : r.origin === 'user' ? `${r.id} (user)` : r.id);
  return after.ruleSets.filter((r) => !known.has(`${r.id}@${r.sha256}`)).map(label);
}
