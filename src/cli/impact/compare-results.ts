import type { Result } from '../../index.js';

/**
 * One field whose value differs between the two evaluations of a case, and the rule set that
 * produced it in each (`ruleSet.from` under the law compared against, `ruleSet.to` under the change),
 * named as the caller names them: a mixed report (several changes of law at once) stays readable.
 */
export interface FieldChange {
  field: string;
  from: unknown;
  to: unknown;
  ruleSet: { from: string | null; to: string | null };
}

/** A field as one result has it: its value and the id of the rule set that decided it. */
type Reading = [field: string, value: unknown, ruleSet: string | null];
type Extract = (r: Result) => Reading[];

// The fields an agency acts on, each read the same way from both results.
const FIELDS: Extract[] = [
  (r) => [['regime', r.regime.id, r.regime.ruleSet]],
  (r) => [['imminent risk', r.determination.imminentRisk, r.riskForm?.ruleSet ?? null]],
  (r) => {
    const p = r.provisionalOrder;
    return [['provisional order eligible', p.eligible, p.ruleSet], ['provisional order duration', p.duration, p.ruleSet], ['provisional order ends', p.endsAt, p.ruleSet]];
  },
  (r) => {
    const o = r.protectionOrder;
    return [
      ['protection order available', o.available, o.ruleSet],
      ['protection order maximum months', o.maxMonths, o.ruleSet],
      ['protection order default months', o.defaultMonths, o.ruleSet],
      ['protection order ends', o.endsAt, o.ruleSet],
    ];
  },
  (r) => {
    const b = r.breach;
    const rs = b?.ruleSet ?? null;
    return [['breach offence', b?.offence ?? null, rs], ['breach penalty months', b?.penaltyMonths ?? null, rs], ['breach aggravated', b?.aggravated ?? null, rs]];
  },
  (r) => r.deadlines.flatMap((d): Reading[] => [[`deadline ${d.id} due`, d.dueAt, d.ruleSet], [`deadline ${d.id} status`, d.status, d.ruleSet]]),
  // A next step: whether it applies (always, or only if a circumstance holds) and its deadline's due time.
  (r) => r.nextSteps.flatMap((s): Reading[] => [[`next step ${s.id}`, s.applies, s.ruleSet], [`next step ${s.id} due`, s.deadline?.dueAt ?? null, s.ruleSet]]),
  (r) => {
    const v = r.referrals.victim;
    const p = r.referrals.perpetrator;
    const ids = (xs: ReadonlyArray<{ id: string }>): string[] => xs.map((x) => x.id);
    return [
      ['victim referred to', v === null ? null : ids(v.services), v?.ruleSet ?? null],
      ['perpetrator referred to', p === null ? null : ids(p.referTo), p?.ruleSet ?? null],
      ['perpetrator, without a programme, referred to', p === null ? null : ids(p.ifNoProgramme), p?.ruleSet ?? null],
      ['perpetrator never referred to', p === null ? null : ids(p.neverReferTo), p?.ruleSet ?? null],
    ];
  },
];

/**
 * What differs between two results of the same case that an agency acts on: the regime, imminent
 * risk, the provisional order (eligibility, duration, end), the court order (availability, maximum
 * and default months, end), the breach (offence, penalty, aggravation), each deadline's due time
 * and status, each next step (whether it applies, its due time) and the referrals. A field only
 * one result has is a change from or to `null`. Each change names the rule set that decided the
 * field under each law.
 *
 * @param before - the result under the law compared against
 * @param after - the result under the change
 * @param nameBefore - how to name a rule set of `before`, when not by default (its id, with `(proposed)` or `(user)`)
 * @param nameAfter - the same for `after`
 * @returns the changed fields, in a fixed order; empty when nothing an agency acts on changed
 * @example
 * compareResults(before, after)[0]
 * //=> { field: 'protection order maximum months', from: 12, to: 6, ruleSet: { from: 'ro-law-217-2003-protection-order/2023-07-23', to: 'ro-law-217-2003-protection-order/2023-07-23 (user)' } }
 * @since 0.1.0
 */
export function compareResults(before: Result, after: Result, nameBefore?: (id: string) => string | undefined, nameAfter?: (id: string) => string | undefined): FieldChange[] {
  const changes: FieldChange[] = [];
  const named = (r: Result, name: ((id: string) => string | undefined) | undefined) => (id: string | null): string | null =>
    id === null ? null : name?.(id) ?? ruleSetName(r, id);
  const fromName = named(before, nameBefore);
  const toName = named(after, nameAfter);
  for (const extract of FIELDS) {
    const a = new Map(extract(before).map(([f, v, rs]) => [f, { v, rs }]));
    const b = new Map(extract(after).map(([f, v, rs]) => [f, { v, rs }]));
    for (const field of new Set([...a.keys(), ...b.keys()])) {
      const from = a.get(field)?.v ?? null;
      const to = b.get(field)?.v ?? null;
      if (JSON.stringify(from) === JSON.stringify(to)) continue;
      changes.push({ field, from, to, ruleSet: { from: fromName(a.get(field)?.rs ?? null), to: toName(b.get(field)?.rs ?? null) } });
    }
  }
  return changes;
}

/** A rule set of a result by its id, marked `(proposed)` or `(user)` when it is not shipped law in force. */
function ruleSetName(r: Result, id: string): string {
  const ref = r.ruleSets.find((x) => x.id === id);
  return ref?.status === 'proposed' ? `${id} (proposed)` : ref?.origin === 'user' ? `${id} (user)` : id;
}

/**
 * The rule sets the change brought in, for one case: those that decided a changed field under the
 * change and differ from what decided it before, in the order first met.
 *
 * @param fields - the changed fields of the case (`compareResults`)
 * @returns the names of the rule sets behind the changes
 * @example
 * changedRuleSets(fields) //=> ['ro-law-217-2003-protection-order/2023-07-23 (user)']
 * @since 0.1.0
 */
export function changedRuleSets(fields: readonly FieldChange[]): string[] {
  const out = new Set<string>();
  for (const f of fields) if (f.ruleSet.to !== null && f.ruleSet.to !== f.ruleSet.from) out.add(f.ruleSet.to);
  // A change the same rule set made (a user rule set under a shipped id) still names it.
  if (out.size === 0) for (const f of fields) if (f.ruleSet.to !== null) out.add(f.ruleSet.to);
  return [...out];
}
