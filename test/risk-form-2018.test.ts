import { describe, expect, it } from 'vitest';
import { evaluate, type Result } from '../src/index.js';
import { caseWith, GROUP_1_TO_7, GROUP_8_TO_21, ITEMS_2018, yesOn, type OracleAnswers } from './support/risk-form-2018-oracle.js';
import { refusal } from './support/refusal.js';

const FORM = 'ro-police-risk-form/2018-12-28';

async function assess(answers: OracleAnswers, incidentAt?: string): Promise<NonNullable<Result['riskAssessment']>> {
  const result = await evaluate(caseWith(answers, incidentAt));
  if (result.riskAssessment === null) throw new Error('expected the 2018 form to be scored');
  return result.riskAssessment;
}


describe('the thresholds of the 2018 police risk form', () => {
  it('one YES among questions 1-7 and nothing else is no imminent risk', async () => {
    const ra = await assess(yesOn('q3'));

    expect(ra.imminentRisk).toBe(false);
    expect(ra.outcome).toBe('excluded');
  });

  it('two YES among questions 1-7 establish imminent risk', async () => {
    const ra = await assess(yesOn('q3', 'q7'));

    expect(ra.imminentRisk).toBe(true);
    expect(ra.outcome).toBe('established');
  });

  it('five YES among questions 8-21 and nothing else is no imminent risk', async () => {
    const ra = await assess(yesOn('q8', 'q11', 'q14', 'q17', 'q21'));

    expect(ra.imminentRisk).toBe(false);
    expect(ra.outcome).toBe('excluded');
  });

  it('six YES among questions 8-21 establish imminent risk', async () => {
    const ra = await assess(yesOn('q8', 'q11', 'q14', 'q17', 'q20', 'q21'));

    expect(ra.imminentRisk).toBe(true);
    expect(ra.outcome).toBe('established');
  });

  it('one YES among questions 1-7 plus five among 8-21 is still no imminent risk, because the groups are not added', async () => {
    const ra = await assess(yesOn('q1', 'q8', 'q9', 'q10', 'q11', 'q12'));

    expect(ra.imminentRisk).toBe(false);
  });
});

describe('unknown answers on the 2018 form', () => {
  it('a form with every item unknown is possible risk, and every one of the 21 items is decisive', async () => {
    const allUnknown = Object.fromEntries(ITEMS_2018.map((id) => [id, 'unknown' as const]));

    const ra = await assess(allUnknown);

    expect(ra.imminentRisk).toBe(false);
    expect(ra.outcome).toBe('possible');
    expect(ra.decisiveItems).toEqual([...ITEMS_2018]);
  });

  it('an empty form (no item answered) is judged like one with every item unknown', async () => {
    const allUnknown = Object.fromEntries(ITEMS_2018.map((id) => [id, 'unknown' as const]));

    const empty = await assess({});
    const explicit = await assess(allUnknown);

    expect(empty.outcome).toBe('possible');
    expect(empty.decisiveItems).toEqual(explicit.decisiveItems);
    expect(empty.groups).toEqual(explicit.groups);
  });

  it('an unknown answer counts as not YES: one YES and one unknown among questions 1-7 is no imminent risk', async () => {
    const ra = await assess({ ...yesOn('q1'), q2: 'unknown' });

    expect(ra.imminentRisk).toBe(false);
    expect(ra.groups[0]?.met).toBe(false);
  });

  it('a missing answer counts as not YES, like an unknown one', async () => {
    const { q2: _dropped, ...withoutQ2 } = yesOn('q1');

    const missing = await assess(withoutQ2);
    const unknown = await assess({ ...yesOn('q1'), q2: 'unknown' });

    expect(missing.imminentRisk).toBe(false);
    expect(missing.outcome).toBe(unknown.outcome);
    expect(missing.decisiveItems).toEqual(unknown.decisiveItems);
    expect(missing.groups[0]?.unknown).toBe(1);
  });

  it('with questions 1-7 all NO and five YES plus one unknown among 8-21, the outcome is possible and only that unknown item is decisive', async () => {
    const ra = await assess({ ...yesOn('q8', 'q9', 'q10', 'q11', 'q12'), q15: 'unknown' });

    expect(ra.imminentRisk).toBe(false);
    expect(ra.outcome).toBe('possible');
    expect(ra.decisiveItems).toEqual(['q15']);
  });

  it('when two YES among questions 1-7 establish risk, unknown items are not decisive', async () => {
    const ra = await assess({ ...yesOn('q1', 'q2'), q3: 'unknown', q20: 'unknown' });

    expect(ra.imminentRisk).toBe(true);
    expect(ra.outcome).toBe('established');
    expect(ra.decisiveItems).toEqual([]);
  });

  it('when no answer to the unknown items can reach a threshold, the outcome is excluded and no item is decisive', async () => {
    const ra = await assess({ ...yesOn('q8'), q9: 'unknown', q10: 'unknown', q11: 'unknown', q12: 'unknown' });

    expect(ra.imminentRisk).toBe(false);
    expect(ra.outcome).toBe('excluded');
    expect(ra.decisiveItems).toEqual([]);
  });

  it('an unknown item of a group that can no longer matter is not decisive even when the outcome is possible', async () => {
    // Group 8-21 can reach at most 1 YES; only the unknown items of group 1-7 can create risk.
    const ra = await assess({ ...yesOn('q1'), q2: 'unknown', q9: 'unknown' });

    expect(ra.outcome).toBe('possible');
    expect(ra.decisiveItems).toEqual(['q2']);
  });
});

describe('what a 2018-form result shows', () => {
  it('lists the two groups in form order, each with its items, counts, threshold and whether it was met', async () => {
    const answers: OracleAnswers = { ...yesOn('q1', 'q2', 'q9'), q3: 'unknown', q10: 'unknown', q21: 'unknown' };

    const ra = await assess(answers);

    expect(ra.form).toBe(FORM);
    expect(ra.groups.map((g) => g.id)).toEqual(['questions-1-7', 'questions-8-21']);
    expect(ra.groups.map(({ items, yes, no, unknown, threshold, met }) => ({ items, yes, no, unknown, threshold, met }))).toEqual([
      { items: [...GROUP_1_TO_7], yes: 2, no: 4, unknown: 1, threshold: 2, met: true },
      { items: [...GROUP_8_TO_21], yes: 1, no: 11, unknown: 2, threshold: 6, met: false },
    ]);
  });

  it('lists both thresholds in provenance with their values and the status reported', async () => {
    const result = await evaluate(caseWith(yesOn('q1')));

    const thresholds = result.provenance
      .filter((p) => p.ruleSet === FORM)
      .flatMap((p) => (p.kind === 'parameter' ? [{ parameter: p.parameter, value: p.value, unit: p.unit, status: p.status }] : []));

    expect(thresholds).toEqual([
      { parameter: 'thresholdQuestions1To7', value: 2, unit: 'count', status: 'reported' },
      { parameter: 'thresholdQuestions8To21', value: 6, unit: 'count', status: 'reported' },
    ]);
  });

  it('explains each rule of the form with a citation that links to the order', async () => {
    const result = await evaluate(caseWith(yesOn('q1', 'q2')));

    const entries = result.explanation.filter((e) => e.ruleSet === FORM);

    expect(entries.map((e) => [e.ruleId, e.fired])).toEqual([
      ['imminent-risk-by-questions-1-7', true],
      ['imminent-risk-by-questions-8-21', false],
    ]);
    for (const e of entries) {
      expect(e.citation.title.length).toBeGreaterThan(0);
      expect(e.citation.href).toMatch(/^https:\/\//);
    }
  });

  it('gives every explanation entry of the whole result a titled citation', async () => {
    const result = await evaluate(caseWith(yesOn('q1', 'q2')));

    expect(result.explanation.length).toBeGreaterThan(0);
    for (const e of result.explanation) expect(e.citation.title.trim()).not.toBe('');
  });

  it('names the 2018 form among the rule sets used, with a sha256 of its content that is the same on every call', async () => {
    const first = await evaluate(caseWith(yesOn('q1')));
    const second = await evaluate(caseWith(yesOn('q5', 'q6')));

    const a = first.ruleSets.find((r) => r.id === FORM);
    const b = second.ruleSets.find((r) => r.id === FORM);

    expect(a).toMatchObject({ id: FORM, effectiveFrom: '2018-12-28', status: 'in-force', origin: 'shipped' });
    expect(a?.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(b?.sha256).toBe(a?.sha256);
  });
});

describe('the day the 2018 form took effect', () => {
  it('a case at 23:59:59 on 2018-12-27 (Bucharest) is refused with NO_RULE_SET_IN_FORCE', async () => {
    const error = await refusal(evaluate(caseWith(yesOn('q1', 'q2'), '2018-12-27T23:59:59+02:00')));

    expect(error.code).toBe('NO_RULE_SET_IN_FORCE');
    expect(error.issues.map((i) => i.path)).toContain('incidentAt');
  });

  it('a case at 00:00:00 on 2018-12-28 (Bucharest) is judged on the 2018 form', async () => {
    const result = await evaluate(caseWith(yesOn('q1', 'q2'), '2018-12-28T00:00:00+02:00'));

    expect(result.incidentDate).toBe('2018-12-28');
    expect(result.riskAssessment?.form).toBe(FORM);
    expect(result.riskAssessment?.imminentRisk).toBe(true);
  });

  it('the instant 2018-12-27T22:30:00Z is 00:30 on 28 December in Bucharest, so the 2018 form applies', async () => {
    const result = await evaluate(caseWith(yesOn('q1', 'q2'), '2018-12-27T22:30:00Z'));

    expect(result.incidentDate).toBe('2018-12-28');
    expect(result.riskAssessment?.form).toBe(FORM);
  });

  it('the instant 2018-12-27T21:59:59Z is still 27 December in Bucharest, so it is refused', async () => {
    const error = await refusal(evaluate(caseWith(yesOn('q1', 'q2'), '2018-12-27T21:59:59Z')));

    expect(error.code).toBe('NO_RULE_SET_IN_FORCE');
  });
});
