import { shiftDay } from '../deadlines/shift-day.js';
import { ruleSetRegistry } from './rule-set-registry.js';

/** One line of the rule-set catalogue. */
export interface RuleSetSummary {
  id: string;
  series: string;
  kind: string;
  title: string;
  effectiveFrom: string;
  /** The last day in force (inclusive), when a later version or the law ended it. */
  effectiveUntil?: string;
  status: 'in-force' | 'proposed';
  sha256: string;
  statuses: Record<'confirmed' | 'reported' | 'seed' | 'unverified', number>;
}

/**
 * The shipped rule sets, oldest first within each series, with the window each is in force and how
 * many of its parameters have each source status.
 *
 * @returns one summary per rule set
 * @example
 * listRuleSets()[0] //=> { id: 'ro-police-risk-form/2018-12-28', effectiveFrom: '2018-12-28', status: 'in-force', … }
 * @since 0.1.0
 */
export function listRuleSets(): RuleSetSummary[] {
  return summaries().map((s) => ({ ...s, statuses: { ...s.statuses } }));
}

let cache: readonly RuleSetSummary[] | undefined;

/** The summaries, computed once (the shipped rule sets never change while the process runs). */
export function summaries(): readonly RuleSetSummary[] {
  if (cache) return cache;
  const out: RuleSetSummary[] = [];
  for (const list of ruleSetRegistry().series.values()) {
    const inForce = list.filter((l) => l.ruleSet.status === 'in-force');
    for (const l of list) {
      const rs = l.ruleSet;
      const next = rs.status === 'in-force' ? inForce[inForce.indexOf(l) + 1] : undefined;
      const until = rs.effectiveTo ?? (next ? shiftDay(next.ruleSet.effectiveFrom, -1) : undefined);
      const statuses = { confirmed: 0, reported: 0, seed: 0, unverified: 0 };
      for (const p of Object.values(rs.parameters)) statuses[p.status] += 1;
      out.push({
        id: rs.id,
        series: rs.series,
        kind: rs.kind,
        title: rs.title,
        effectiveFrom: rs.effectiveFrom,
        ...(until === undefined ? {} : { effectiveUntil: until }),
        status: rs.status,
        sha256: l.sha256,
        statuses,
      });
    }
  }
  cache = Object.freeze(out);
  return cache;
}
