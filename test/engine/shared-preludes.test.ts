import { readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { evaluate, evaluateSync, parseRuleSet } from '../../src/index.js';

// On the compiled path, what a case decides before its risk form (the regime, the rule sets it
// resolved) is decided once per case-without-its-answers and options, and each result goes on from
// a fork of it. A caller's rule set counts by identity: two copies loaded apart are two rule sets.

const FORM = 'rules/ro-police-risk-form/2018-12-28.json';
const withThreshold3 = (): unknown => {
  const data = JSON.parse(readFileSync(FORM, 'utf8')) as { parameters: Record<string, { value: unknown }> };
  (data.parameters['thresholdQuestions1To7'] as { value: unknown }).value = 3;
  return data;
};
const caseWith = (answers: Record<string, string>): Record<string, unknown> => ({ schemaVersion: 1, incidentAt: '2019-03-01T10:00:00+02:00', relationship: 'spouse', riskForm: { answers } });

describe('results that share what was decided before the risk form', () => {
  it('say a copy of a caller rule set, loaded apart, was used when it was (not USER_RULE_SET_NOT_USED), as the reference path does', async () => {
    const first = parseRuleSet(withThreshold3());
    const second = parseRuleSet(withThreshold3());
    evaluateSync(caseWith({ q1: 'yes', q2: 'yes' }), { ruleSets: [first] });

    const c = caseWith({ q1: 'yes', q2: 'yes', q3: 'yes' });
    const compiled = evaluateSync(c, { ruleSets: [second] });
    const reference = await evaluate(c, { ruleSets: [second], engine: 'reference' });

    expect(compiled.riskAssessment?.imminentRisk).toBe(true);
    expect(compiled.warnings.map((w) => w.code)).not.toContain('USER_RULE_SET_NOT_USED');
    expect(isDeepStrictEqual(compiled, reference)).toBe(true);
  });

  it('equal the reference path when cases of one prelude come with other days of assessment and other languages', async () => {
    const days = [undefined, '2019-03-02T09:00:00+02:00', '2024-09-02T09:00:00+03:00'];
    for (let i = 0; i < 12; i++) {
      const riskAssessedAt = days[i % 3];
      const c = { ...caseWith({ q1: i % 2 === 0 ? 'yes' : 'no', q9: 'unknown', q10: i % 4 === 0 ? 'yes' : 'no' }), ...(riskAssessedAt === undefined ? {} : { events: { riskAssessedAt } }) };
      const options = { lang: i % 5 < 2 ? ('ro' as const) : ('en' as const) };
      const compiled = evaluateSync(c, options);
      const reference = await evaluate(c, { ...options, engine: 'reference' });
      expect(isDeepStrictEqual(compiled, reference)).toBe(true);
    }
  });

  it('equal the reference path when cases with events share a day (their prelude) but not their events, in any order, with same-day cases without events between them', async () => {
    const at = (hours: number): string => new Date(Date.parse('2025-03-29T20:00:00Z') + hours * 3_600_000).toISOString().replace('.000Z', 'Z');
    const cases: Record<string, unknown>[] = [];
    for (let i = 0; i < 16; i++) {
      const answers = { q1: i % 2 === 0 ? 'yes' : 'no', q2: i % 3 === 0 ? 'yes' : 'unknown', q8: 'yes' };
      // The same incident day (the clock changes that night), events at other hours, some with a day of assessment.
      const events = i % 4 === 3 ? undefined : { provisionalOrderIssuedAt: at(1 + i), caseRegisteredAt: at(2 + i), breachAt: at(30 + 7 * i), ...(i % 4 === 1 ? { riskAssessedAt: at(26) } : {}) };
      cases.push({ ...caseWith(answers), incidentAt: at(i % 3), ...(events === undefined ? {} : { events, breachedOrder: 'provisional' }) });
    }
    for (const c of [...cases, ...cases.slice().reverse()]) {
      const compiled = evaluateSync(c);
      const reference = await evaluate(c, { engine: 'reference' });
      expect(isDeepStrictEqual(compiled, reference)).toBe(true);
    }
    // The check can fail: results of two of these cases differ where their events do.
    expect(evaluateSync(cases[0]!).deadlines).not.toEqual(evaluateSync(cases[1]!).deadlines);
  });
});
