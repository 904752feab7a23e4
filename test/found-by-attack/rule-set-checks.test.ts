import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DvRulesError, evaluate, evaluateSync, parseRuleSet } from '../../src/index.js';

// Reproductions from the hardening attack (issue 12) that reached a rule set's checks: each must be
// a coded refusal naming the file and the path, never a crash, never a silently wrong result.

const form = JSON.parse(readFileSync('rules/ro-police-risk-form/2018-12-28.json', 'utf8')) as { rules: Array<Record<string, unknown>> };
const withRule = (patch: (rule: Record<string, unknown>) => Record<string, unknown>) => ({ ...form, rules: [patch(structuredClone(form.rules[0] ?? {})), ...form.rules.slice(1)] });

function refusal(data: unknown): DvRulesError {
  try {
    parseRuleSet(data, { file: 'attack.json' });
  } catch (e) {
    expect(e).toBeInstanceOf(DvRulesError);
    return e as DvRulesError;
  }
  throw new Error('the rule set was accepted');
}

describe('rule sets that used to pass or crash', () => {
  it('an event type named "constructor" is refused with INVALID_RULE_SET at the event, not a TypeError', () => {
    const e = refusal(withRule((r) => ({ ...r, event: { type: 'constructor' } })));
    expect(e.code).toBe('INVALID_RULE_SET');
    expect(e.file).toBe('attack.json');
    expect(e.issues.map((i) => i.path)).toContain('rules[0].event.type');
  });

  it.each(['toString', 'valueOf', 'hasOwnProperty'])('an event param named %s is refused, not found on the prototype', (name) => {
    const e = refusal(withRule((r) => ({ ...r, event: { type: 'imminent-risk', params: { [name]: 'x' } } })));
    expect(e.code).toBe('INVALID_RULE_SET');
    expect(e.issues.map((i) => i.path)).toContain(`rules[0].event.params.${name}`);
  });

  it('a top-level {"all": []}, which would establish imminent risk with every answer NO, is refused', () => {
    const e = refusal(withRule((r) => ({ ...r, conditions: { all: [] } })));
    expect(e.issues).toContainEqual(expect.objectContaining({ path: 'rules[0].conditions' }));
    // The shipped form still decides NO answers as no risk.
    const r = evaluateSync({ schemaVersion: 1, incidentAt: '2019-03-01T10:00:00+02:00', relationship: 'spouse', riskForm: { answers: { q1: 'no', q2: 'no' } } });
    expect(r.determination.imminentRisk).toBe(false);
  });

  it('a top-level {"any": []} is refused too', () => {
    expect(refusal(withRule((r) => ({ ...r, conditions: { any: [] } }))).code).toBe('INVALID_RULE_SET');
  });
});

const regime = JSON.parse(readFileSync('rules/ro-protection-regime/2024-08-31.json', 'utf8')) as { rules: Array<{ event: { type: string; params: Record<string, string> } }> };
const leaf = { fact: 'yes:questions-1-7', operator: 'greaterThanInclusive', value: { param: 'thresholdQuestions1To7' } };
const partners = { schemaVersion: 1, incidentAt: '2024-09-10T10:00:00+03:00', relationship: 'spouse', riskForm: { answers: { q1: 'yes' } } };

function refusedByEvaluate(ruleSet: unknown, c: unknown = partners): DvRulesError {
  const loaded = parseRuleSet(ruleSet, { file: 'attack.json' });
  try {
    evaluateSync(c, { ruleSets: [loaded], includeProposed: true });
  } catch (e) {
    expect(e).toBeInstanceOf(DvRulesError);
    return e as DvRulesError;
  }
  throw new Error('the case was evaluated');
}

describe('rule sets that used to remove the law in force or crash the engine', () => {
  it('a user rule set reusing a shipped id with status "proposed" is refused at its status, not left to remove the law in force', () => {
    const e = refusal({ ...form, status: 'proposed' });
    expect(e.code).toBe('INVALID_RULE_SET');
    expect(e.file).toBe('attack.json');
    expect(e.issues).toEqual([expect.objectContaining({ path: 'status' })]);
  });

  it('a user rule set of another kind in a shipped series is refused naming its kind, not left to the engine', () => {
    const e = refusedByEvaluate({ ...form, id: 'ro-protection-regime/2024-09-01', series: 'ro-protection-regime', effectiveFrom: '2024-09-01', kind: 'risk-form' });
    expect(e.code).toBe('INVALID_RULE_SET');
    expect(e.file).toBe('attack.json');
    expect(e.issues).toEqual([{ path: 'kind', message: 'Series ro-protection-regime holds rule sets of kind regime, not risk-form' }]);
  });

  it('a regime whose risk-form event names a series of another kind is refused at that event (json-rules-engine would throw UndefinedFactError)', async () => {
    const rules = structuredClone(regime.rules);
    const at = rules.findIndex((r) => r.event.type === 'risk-form');
    rules[at]!.event.params['series'] = 'ro-order-breach';
    const e = refusedByEvaluate({ ...regime, id: 'ro-protection-regime/2024-09-01', effectiveFrom: '2024-09-01', rules });
    expect(e.code).toBe('INVALID_RULE_SET');
    expect(e.issues).toEqual([{ path: `rules[${at}].event.params.series`, message: 'Series ro-order-breach is of kind breach, not a risk form' }]);
    // The reference path (json-rules-engine itself) is refused the same way, before it runs.
    const loaded = parseRuleSet({ ...regime, id: 'ro-protection-regime/2024-09-01', effectiveFrom: '2024-09-01', rules }, { file: 'attack.json' });
    await expect(evaluate(partners, { ruleSets: [loaded], engine: 'reference' })).rejects.toMatchObject({ code: 'INVALID_RULE_SET', file: 'attack.json' });
  });

  it('conditions nested thirteen levels deep are refused', () => {
    let c: unknown = leaf;
    for (let i = 0; i < 12; i++) c = { any: [c] };
    const e = refusal(withRule((r) => ({ ...r, conditions: { all: [c] } })));
    expect(e.code).toBe('INVALID_RULE_SET');
    expect(e.issues.map((i) => i.message)).toContain('Conditions nested deeper than 12 levels');
  });

  it('more than 2500 conditions in one rule set (200 rules of 50, the attack that ran out of heap) are refused', () => {
    const rules = Array.from({ length: 51 }, (_, r) => ({ ...form.rules[0], id: `r${r}`, conditions: { all: Array.from({ length: 50 }, () => leaf) } }));
    const e = refusal({ ...form, rules });
    expect(e.code).toBe('INVALID_RULE_SET');
    expect(e.issues.map((i) => i.message)).toContain('More than 2500 conditions in the rule set');
  });

  it('20 rules of 50 conditions (under the bound; the attack took 28 s and 600 MB) are decided, by the compiled and the reference path alike', async () => {
    const groups = ['questions-1-7', 'questions-8-21'];
    const rules = Array.from({ length: 20 }, (_, r) => ({
      ...form.rules[0],
      id: `r${r}`,
      conditions: { all: Array.from({ length: 50 }, (_, c) => ({ ...leaf, fact: `yes:${groups[(r + c) % 2] ?? ''}`, operator: c % 3 === 0 ? 'greaterThan' : 'greaterThanInclusive' })) },
    }));
    const loaded = parseRuleSet({ ...form, rules }, { file: 'wide.json' });
    const c = { schemaVersion: 1, incidentAt: '2019-03-01T10:00:00+02:00', relationship: 'spouse', riskForm: { answers: { q1: 'yes', q2: 'yes', q3: 'yes', q8: 'yes' } } };

    const compiled = evaluateSync(c, { ruleSets: [loaded] });
    const reference = await evaluate(c, { ruleSets: [loaded], engine: 'reference' });

    expect(compiled.riskAssessment?.imminentRisk).toBe(false);
    expect(reference).toEqual(compiled);
  });

  it('a form of 12 one-item groups (the attack took 5.9 s per evaluate) is decided', () => {
    const groups = Array.from({ length: 12 }, (_, g) => ({ id: `g${g}`, title: `g${g}`, thresholdParameter: 'thresholdQuestions1To7' }));
    const items = groups.map((g, i) => ({ id: `q${i + 1}`, group: g.id, labelKey: `agency.q${i + 1}` }));
    const rules = groups.map((g, i) => ({ ...form.rules[0], id: `r${i}`, conditions: { all: [{ ...leaf, fact: `yes:${g.id}` }] }, event: { type: 'imminent-risk', params: { group: g.id } } }));
    const loaded = parseRuleSet({ ...form, groups, items, rules }, { file: 'twelve-groups.json' });
    const answers = Object.fromEntries(items.map((i) => [i.id, 'unknown']));

    const r = evaluateSync({ schemaVersion: 1, incidentAt: '2019-03-01T10:00:00+02:00', relationship: 'spouse', riskForm: { answers } }, { ruleSets: [loaded] });

    // Each group has one item against a threshold of 2: no answer can establish risk.
    expect(r.riskAssessment?.imminentRisk).toBe(false);
    expect(r.riskAssessment?.groups).toHaveLength(12);
  });

  it('more than 64 groups are refused', () => {
    const groups = Array.from({ length: 65 }, (_, g) => ({ id: `g${g}`, title: `g${g}`, thresholdParameter: 'thresholdQuestions1To7' }));
    const e = refusal({ ...form, groups });
    expect(e.code).toBe('INVALID_RULE_SET');
    expect(e.issues.map((i) => i.path)).toContain('groups');
  });
});

describe('an officer finding whose reason only looks written', () => {
  it.each([
    ['zero-width spaces', '\u200B\u200B\u200B'],
    ['a zero-width joiner and a word joiner', '\u200D\u2060'],
    ['a byte-order mark and no-break spaces', '\uFEFF\u00A0\u00A0'],
    ['control characters', '\u0007\u001B'],
  ])('a reason of %s is refused like a blank one', (_name, reason) => {
    expect(evaluateSync({ ...partners, riskForm: { answers: { q1: 'no' }, officerFinding: { imminentRisk: true, reason: `${reason}fled the home` } } }).determination.imminentRisk).toBe(true);
    const c = { ...partners, riskForm: { answers: { q1: 'no' }, officerFinding: { imminentRisk: true, reason } } };
    let error: unknown;
    try {
      evaluateSync(c);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DvRulesError);
    expect((error as DvRulesError).issues).toContainEqual(expect.objectContaining({ path: 'riskForm.officerFinding.reason' }));
  });
});
