import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DvRulesError, evaluateSync, parseRuleSet, shippedRuleSets, type LoadedRuleSet, type Result } from '../../src/index.js';
import { randomCase } from '../support/random-case.js';

// `provenance` lists what decided a result (docs/case-and-result.md, "What provenance lists").
// Both directions are checked through the public API only, by changing one parameter of a rule
// set at a time (a caller-supplied copy that replaces the shipped one):
// - every value read is listed: changing a parameter provenance does not list never changes the
//   result (its provenance, hashes and PARAMETER_UNVERIFIED warnings aside);
// - every entry was read: a listed parameter changes the result when its value or status changes,
//   or a rule that ran refers to it (a rule that ran reads all its conditions, by definition), or
//   it belongs to a risk form that could not score because of its statuses;
//   the rules listed are the rules the explanation reports; the counting methods listed are those
//   of the deadlines computed from their start event.

type Options = { includeProposed?: boolean; ruleSets?: LoadedRuleSet[] };
type Outcome = { result: Result } | { error: string };

const shipped = shippedRuleSets();
const byId = new Map(shipped.map((l) => [l.ruleSet.id, l]));
const plain = (l: LoadedRuleSet) => JSON.parse(JSON.stringify(l.ruleSet)) as Record<string, unknown> & { parameters: Record<string, { value: unknown; status: string }> };

/** A parameter's value changed in every way its type allows, and its status changed once. */
function variants(p: { value: unknown; status: string }): { value: unknown; status: string }[] {
  const v = p.value;
  const values: unknown[] =
    typeof v === 'number' ? [v + 1, v * 100 + 10_000, 0, -1]
      : typeof v === 'boolean' ? [!v]
        : typeof v === 'string' ? [`${v}-changed`]
          : Array.isArray(v) ? [[], [...v, 'changed-item']] : [];
  return [...values.map((value) => ({ ...p, value })), { ...p, status: p.status === 'unverified' ? 'reported' : 'unverified' }];
}

/** Per rule set: an unchanged caller copy, and for each parameter its changed copies (those the schema accepts). */
const copies = new Map<string, { same: LoadedRuleSet[]; changed: Map<string, LoadedRuleSet[][]> }>();
function copiesOf(id: string) {
  let hit = copies.get(id);
  if (hit) return hit;
  const base = plain(byId.get(id)!);
  const changed = new Map<string, LoadedRuleSet[][]>();
  for (const [name, p] of Object.entries(base.parameters)) {
    const list: LoadedRuleSet[][] = [];
    for (const q of variants(p)) {
      try {
        list.push([parseRuleSet({ ...base, parameters: { ...base.parameters, [name]: q } })]);
      } catch {
        // A value the rule-set schema refuses is no rule set anyone could supply.
      }
    }
    changed.set(name, list);
  }
  hit = { same: [parseRuleSet(base)], changed };
  copies.set(id, hit);
  return hit;
}

function outcome(c: unknown, opts: Options): Outcome {
  try {
    return { result: evaluateSync(c, opts) };
  } catch (e) {
    if (!(e instanceof DvRulesError)) throw e;
    return { error: `${e.code} ${JSON.stringify(e.issues)}` };
  }
}

/** The result without what depends on the copy itself: provenance, hashes, and the warnings provenance raises. */
function decided(o: Outcome): string {
  if ('error' in o) return o.error;
  const { provenance: _p, receipt: _r, ruleSets, warnings, ...rest } = o.result;
  return JSON.stringify({ ...rest, ruleSets: ruleSets.map((s) => s.id), warnings: warnings.filter((w) => w.code !== 'PARAMETER_UNVERIFIED') });
}

const listedParameters = (r: Result) => new Set(r.provenance.flatMap((p) => (p.kind === 'parameter' ? [`${p.ruleSet} ${p.parameter}`] : [])));

/** The parameters a rule set's conditions refer to. */
function conditionParameters(l: LoadedRuleSet): Set<string> {
  const out = new Set<string>();
  const walk = (c: unknown): void => {
    const o = c as Record<string, unknown>;
    if (Array.isArray(o['all'])) o['all'].forEach(walk);
    else if (Array.isArray(o['any'])) o['any'].forEach(walk);
    else if (o['not'] !== undefined) walk(o['not']);
    else if (typeof o['value'] === 'object' && o['value'] !== null && !Array.isArray(o['value'])) out.add(String((o['value'] as { param: string }).param));
  };
  for (const rule of l.ruleSet.rules) walk(rule.conditions);
  return out;
}

/**
 * Both directions for one case. `listed` is the result's provenance (a test passes a doctored one
 * to show the check can fail). Returns what is wrong, empty when provenance is exact.
 */
function inexact(c: unknown, opts: Options, r: Result, listed: Result['provenance'] = r.provenance): string[] {
  const wrong: string[] = [];
  const doctored = { ...r, provenance: listed };
  const params = listedParameters(doctored);
  const rulesRan = new Set(listed.flatMap((p) => (p.kind === 'rule' ? [p.ruleSet] : [])));
  for (const { id } of r.ruleSets) {
    if (!byId.has(id)) continue;
    const { same, changed } = copiesOf(id);
    const base = decided(outcome(c, { ...opts, ruleSets: same }));
    const referred = rulesRan.has(id) ? conditionParameters(byId.get(id)!) : new Set<string>();
    // A form that cannot score read the status of every parameter it has (that is why it cannot);
    // the schema accepts no other status for such a form, so no copy can show it.
    const statusesRead = r.riskForm?.ruleSet === id && r.riskForm.reason === 'FORM_UNVERIFIED';
    for (const [name, list] of changed) {
      const changes = list.some((ruleSets) => decided(outcome(c, { ...opts, ruleSets })) !== base);
      const isListed = params.has(`${id} ${name}`);
      if (changes && !isListed) wrong.push(`read but not listed: ${id} ${name}`);
      if (isListed && !changes && !referred.has(name) && !statusesRead) wrong.push(`listed but decided nothing: ${id} ${name}`);
    }
  }
  const key = (ruleSet: string, x: string) => `${ruleSet} ${x}`;
  const rules = listed.flatMap((p) => (p.kind === 'rule' ? [key(p.ruleSet, p.rule)] : [])).sort();
  const explained = [...new Set(r.explanation.map((e) => key(e.ruleSet, e.ruleId)))].sort();
  if (JSON.stringify(rules) !== JSON.stringify(explained)) wrong.push(`rules listed ${rules.join(', ')} but ran ${explained.join(', ')}`);
  const counting = listed.flatMap((p) => (p.kind === 'counting' ? [key(p.ruleSet, p.deadline)] : [])).sort();
  const computed = r.deadlines.filter((d) => d.status !== 'not-applicable').map((d) => key(d.ruleSet, d.id)).sort();
  if (JSON.stringify(counting) !== JSON.stringify(computed)) wrong.push(`counting listed ${counting.join(', ')} but computed ${computed.join(', ')}`);
  const seen = new Set<string>();
  for (const p of listed) {
    const k = JSON.stringify([p.kind, p.ruleSet, p.kind === 'parameter' ? p.parameter : p.kind === 'rule' ? p.rule : p.deadline]);
    if (seen.has(k)) wrong.push(`listed twice: ${k}`);
    seen.add(k);
    if (!r.ruleSets.some((s) => s.id === p.ruleSet)) wrong.push(`listed from a rule set not used: ${p.ruleSet}`);
  }
  return wrong;
}

describe('provenance lists exactly what decided the result', () => {
  it('for random cases from 2012 to 2027, every value read is listed and every entry was read (parameters, rules, counting methods)', () => {
    let judged = 0;
    fc.assert(
      fc.property(randomCase(true), ({ c, opts }) => {
        const o = outcome(c, opts);
        if ('error' in o) return;
        judged++;
        expect(inexact(c, opts, o.result)).toEqual([]);
      }),
      { numRuns: 100 },
    );
    expect(judged).toBeGreaterThan(20);
  });

  it('a rule set only touched lends no entries: a case with proposed law asked for and no prior order lists none of the proposed court order\'s contact terms', () => {
    const c = { schemaVersion: 1, incidentAt: '2026-03-02T10:00:00+02:00', relationship: 'spouse' };
    const r = evaluateSync(c, { includeProposed: true });
    expect(r.ruleSets.map((s) => s.id)).toContain('ro-law-217-2003-protection-order/2026-02-27');
    const names = [...listedParameters(r)];
    expect(names).not.toContain('ro-law-217-2003-protection-order/2026-02-27 contactVictimDays');
    expect(names).not.toContain('ro-law-217-2003-protection-order/2026-02-27 maxMonthsRepeatAggressor');
    expect(names).toContain('ro-law-217-2003-protection-order/2026-02-27 maxMonths');
    expect(inexact(c, { includeProposed: true }, r)).toEqual([]);
  });

  it('a travel threshold is listed only when a travel time was given, and a steps rule set lends its rules with their statuses', () => {
    const at = '2025-03-03T10:00:00+02:00';
    const without = evaluateSync({ schemaVersion: 1, incidentAt: at, relationship: 'spouse', events: { caseRegisteredAt: at } });
    const withTravel = evaluateSync({ schemaVersion: 1, incidentAt: at, relationship: 'spouse', events: { caseRegisteredAt: at, caseManagerTravelMinutes: 75 } });
    const threshold = 'ro-social-services-case-management/2018-12-07 travelThresholdMinutes';
    expect(listedParameters(without).has(threshold)).toBe(false);
    expect(listedParameters(withTravel).has(threshold)).toBe(true);
    expect(without.provenance).toContainEqual(expect.objectContaining({ kind: 'rule', ruleSet: 'ro-police-intervention/2024-08-31', rule: 'aggressor-lodging', status: 'seed' }));
    expect(without.provenance).toContainEqual(expect.objectContaining({ kind: 'counting', ruleSet: 'ro-social-services-case-management/2018-12-07', deadline: 'initial-assessment', status: 'unverified' }));
  });

  it('PARAMETER_UNVERIFIED names an unverified parameter only when it was read: a caller\'s case-management copy with an unverified travel threshold warns when a travel time is given, not otherwise', () => {
    const cm = byId.get('ro-social-services-case-management/2018-12-07')!;
    const base = plain(cm);
    const copy = parseRuleSet({ ...base, parameters: { ...base.parameters, travelThresholdMinutes: { ...base.parameters['travelThresholdMinutes']!, status: 'unverified' } } });
    const at = '2025-03-03T10:00:00+02:00';
    const warned = (events: Record<string, string | number>) =>
      evaluateSync({ schemaVersion: 1, incidentAt: at, relationship: 'spouse', events }, { ruleSets: [copy] }).warnings.filter((w) => w.code === 'PARAMETER_UNVERIFIED' && w.parameter === 'travelThresholdMinutes');
    expect(warned({ caseRegisteredAt: at })).toEqual([]);
    expect(warned({ caseRegisteredAt: at, caseManagerTravelMinutes: 75 })).toHaveLength(1);
  });

  it('the check can fail: a provenance missing one parameter it read, or listing one it did not, or a rule or counting method too many, is caught', () => {
    const c = { schemaVersion: 1, incidentAt: '2025-03-03T10:00:00+02:00', relationship: 'spouse', events: { provisionalOrderIssuedAt: '2025-03-03T12:00:00+02:00' }, riskForm: { answers: { q1: 'yes' as const, q2: 'yes' as const } } };
    const r = evaluateSync(c);
    expect(inexact(c, {}, r)).toEqual([]);
    const forms = r.provenance.findIndex((p) => p.kind === 'parameter' && p.parameter === 'forms');
    expect(forms).toBeGreaterThanOrEqual(0);
    expect(inexact(c, {}, r, r.provenance.filter((_, i) => i !== forms))).toEqual([`read but not listed: ${r.provenance[forms]!.ruleSet} forms`]);
    const po = 'ro-law-217-2003-protection-order/2023-07-23';
    const withRule = [...r.provenance, { kind: 'rule' as const, ruleSet: po, rule: 'no-such-rule', status: null, source: { title: 't' } }];
    expect(inexact(c, {}, r, withRule).some((w) => w.startsWith('rules listed'))).toBe(true);
    const withCounting = [...r.provenance, { kind: 'counting' as const, ruleSet: po, deadline: 'op-end', method: 'months', status: 'reported' as const, source: { title: 't' } }];
    expect(inexact(c, {}, r, withCounting).some((w) => w.startsWith('counting listed'))).toBe(true);
    // A parameter listed though nothing read it: the travel threshold of a case with no travel time.
    const at = '2025-03-03T10:00:00+02:00';
    const registered = { schemaVersion: 1, incidentAt: at, relationship: 'spouse', events: { caseRegisteredAt: at } };
    const rr = evaluateSync(registered);
    const cm = 'ro-social-services-case-management/2018-12-07';
    const threshold = { kind: 'parameter' as const, ruleSet: cm, parameter: 'travelThresholdMinutes', value: 60, unit: 'minutes', status: 'seed' as const, source: { title: 't' } };
    expect(inexact(registered, {}, rr)).toEqual([]);
    expect(inexact(registered, {}, rr, [...rr.provenance, threshold])).toEqual([`listed but decided nothing: ${cm} travelThresholdMinutes`]);
  });
});
