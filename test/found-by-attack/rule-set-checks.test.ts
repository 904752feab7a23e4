import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DvRulesError, evaluateSync, parseRuleSet } from '../../src/index.js';

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
