import type { ErrorIssue } from '../errors.js';
import type { Assumption } from '../schema/assumption.js';
import { checkRuleSet } from '../schema/check-rule-set.js';
import type { RuleSet } from '../schema/rule-set.js';
import type { SourceStatus } from '../schema/status.js';
import type { LoadedRuleSet } from './parse-rule-set.js';
import type { RuleSetRegistry } from './rule-set-registry.js';
import { targetOf } from './assumed-rule-set.js';

/**
 * Checks assumptions (already of the right shape) against the rule sets of an evaluation: each
 * names a rule set there; a parameter it has, not `confirmed`, with a value of the same type (a
 * list for a list) and unit, that leaves the rule set valid; or an in-force day the rule set marks
 * uncertain (not `confirmed`), from the earliest day of its window on and strictly between the
 * days of the versions before and after it. One assumption per target.
 *
 * `reported` and `seed` values may be corrected as well as `unverified` ones: an agency holding
 * the primary text knows better than our secondary sources (docs/integrating.md, "Corrections by an agency").
 *
 * @param assumptions - the caller's assumptions
 * @param registry - the rule sets the evaluation may use (shipped and the caller's)
 * @param at - the path of the list in the caller's input (`assumptions`, or `$` for a file)
 * @returns the issues, empty when every assumption may apply
 * @example
 * checkAssumptions([{ ruleSet: 'ro-police-risk-form/2018-12-28', parameter: 'nope', value: 1, source: 'x' }], ruleSetRegistry(), 'assumptions')
 * //=> [{ path: 'assumptions[0].parameter', message: 'Rule set ro-police-risk-form/2018-12-28 has no parameter "nope"' }]
 * @since 0.1.0
 */
export function checkAssumptions(assumptions: readonly Assumption[], registry: RuleSetRegistry, at: string): ErrorIssue[] {
  const byId = new Map<string, LoadedRuleSet>();
  for (const list of registry.series.values()) for (const l of list) byId.set(l.ruleSet.id, l);
  const issues: ErrorIssue[] = [];
  const seen = new Map<string, number>();
  const here = (i: number, field?: string): string => `${at === '$' ? '$' : at}[${i}]${field === undefined ? '' : `.${field}`}`;
  assumptions.forEach((a, i) => {
    const loaded = byId.get(a.ruleSet);
    if (!loaded) return void issues.push({ path: here(i, 'ruleSet'), message: 'No rule set with this id is shipped or supplied (dv-rules rules lists them)' });
    const target = targetOf(a);
    const first = seen.get(target);
    if (first !== undefined) return void issues.push({ path: here(i), message: `Assumption ${first} already corrects the same ${a.effectiveFrom === undefined ? 'parameter' : 'in-force day'}` });
    seen.set(target, i);
    const problem = a.effectiveFrom === undefined ? parameterProblem(a, loaded.ruleSet) : dayProblem(a.effectiveFrom, loaded, registry);
    if (problem) issues.push({ path: here(i, problem.field), message: problem.message });
  });
  if (issues.length > 0) return issues;
  issues.push(...sameActDays(assumptions, byId, here));
  if (issues.length > 0) return issues;
  // The rule set with its new values must still pass the checks of a rule set file (a threshold
  // within its group's items, a duration that counts, …).
  for (const [id, loaded] of byId) {
    const mine = assumptions.map((a, i) => [a, i] as const).filter(([a]) => a.ruleSet === id && a.parameter !== undefined);
    if (mine.length === 0) continue;
    const parameters = { ...loaded.ruleSet.parameters };
    // With the status the copy will have: a placeholder form (thresholds unverified, no items) may
    // not become a form that decides on items nobody knows.
    for (const [a] of mine) parameters[a.parameter!] = { ...parameters[a.parameter!]!, value: a.value!, status: 'caller-supplied' as SourceStatus };
    for (const s of checkRuleSet({ ...loaded.ruleSet, parameters } as RuleSet)) {
      const culprit = mine.find(([a]) => s.path.includes(a.parameter!) || s.message.includes(`"${a.parameter!}"`)) ?? mine[0]!;
      issues.push({ path: here(culprit[1], 'value'), message: `The rule set would no longer be valid (${s.path}: ${s.message})` });
    }
  }
  return issues;
}

function parameterProblem(a: Assumption, rs: Readonly<RuleSet>): { field: string; message: string } | undefined {
  const p = rs.parameters[a.parameter!];
  if (!p) return { field: 'parameter', message: `Rule set ${rs.id} has no parameter "${a.parameter}"` };
  if (p.status === 'confirmed') return { field: 'parameter', message: 'The value is confirmed (read in the primary text): it cannot be assumed otherwise' };
  if (kindOf(a.value!) !== kindOf(p.value)) return { field: 'value', message: `Expected ${kindOf(p.value)}, like the parameter's value` };
  if (a.unit !== undefined && a.unit !== p.unit) return { field: 'unit', message: `The parameter is in ${p.unit}` };
  return undefined;
}

function dayProblem(day: string, loaded: LoadedRuleSet, registry: RuleSetRegistry): { field: string; message: string } | undefined {
  const rs = loaded.ruleSet;
  const u = rs.effectiveFromUncertainty;
  if (!u) return { field: 'effectiveFrom', message: `The in-force day of ${rs.id} is not marked uncertain: it cannot be assumed otherwise` };
  if (u.status === 'confirmed') return { field: 'effectiveFrom', message: `The in-force day of ${rs.id} is confirmed: it cannot be assumed otherwise` };
  if (day < u.earliest) return { field: 'effectiveFrom', message: `Must not be before ${u.earliest}, the earliest day the act can be in force` };
  const versions = (registry.series.get(rs.series) ?? []).filter((o) => o !== loaded && o.ruleSet.status === rs.status);
  const before = versions.filter((o) => o.ruleSet.effectiveFrom < rs.effectiveFrom).at(-1);
  const after = versions.find((o) => o.ruleSet.effectiveFrom > rs.effectiveFrom);
  if (before && day <= before.ruleSet.effectiveFrom) return { field: 'effectiveFrom', message: `Must be after ${before.ruleSet.effectiveFrom}, the day ${before.ruleSet.id} takes effect` };
  if (after && day >= after.ruleSet.effectiveFrom) return { field: 'effectiveFrom', message: `Must be before ${after.ruleSet.effectiveFrom}, the day ${after.ruleSet.id} takes effect` };
  return undefined;
}

function kindOf(v: string | number | boolean | readonly string[]): string {
  return Array.isArray(v) ? 'a list of texts' : typeof v === 'number' ? 'a number' : typeof v === 'string' ? 'a text' : 'true or false';
}

/**
 * Rule sets dated by one act share its uncertain in-force day (the same day and the same window:
 * Law 232/2025's three, the 2018 procedure's two). A day assumed for one of them must be given,
 * the same, for each: otherwise part of the act would apply from one day and part from another.
 */
function sameActDays(assumptions: readonly Assumption[], byId: ReadonlyMap<string, LoadedRuleSet>, here: (i: number, field?: string) => string): ErrorIssue[] {
  const actOf = (rs: RuleSet): string | undefined => {
    const u = rs.effectiveFromUncertainty;
    return u === undefined ? undefined : `${rs.effectiveFrom}|${u.earliest}|${u.latest}`;
  };
  const issues: ErrorIssue[] = [];
  assumptions.forEach((a, i) => {
    if (a.effectiveFrom === undefined) return;
    const act = actOf(byId.get(a.ruleSet)!.ruleSet);
    if (act === undefined) return;
    const siblings = [...byId.values()].map((l) => l.ruleSet).filter((rs) => rs.id !== a.ruleSet && actOf(rs) === act);
    const missing = siblings.filter((rs) => !assumptions.some((b) => b.ruleSet === rs.id && b.effectiveFrom === a.effectiveFrom)).map((rs) => rs.id);
    if (missing.length > 0) issues.push({ path: here(i, 'effectiveFrom'), message: `${missing.join(', ')} take effect on the same uncertain day as ${a.ruleSet} (the same act): assume the same day, ${a.effectiveFrom}, for each` });
  });
  return issues;
}
