import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluate, parseRuleSet } from '../src/index.js';
import { loadRuleSetFile } from '../src/node/index.js';
import { refusal } from './support/refusal.js';

// Each file in fixtures/invalid/ is a shipped rule set (mostly the 2018 police form) broken in exactly one way, named for
// what is wrong; fixtures/invalid/expected.json says which error code and which path must be reported.
const DIR = 'fixtures/invalid';
const SHIPPED_FORM = 'rules/ro-police-risk-form/2018-12-28.json';
const FORM = 'ro-police-risk-form/2018-12-28';

const expected = JSON.parse(readFileSync(`${DIR}/expected.json`, 'utf8')) as Record<string, { code: string; path: string }>;
const files = readdirSync(DIR)
  .filter((f) => f.endsWith('.json') && f !== 'expected.json')
  .sort();


const shippedForm = (): Record<string, unknown> => JSON.parse(readFileSync(SHIPPED_FORM, 'utf8')) as Record<string, unknown>;

describe('rule sets that must be refused', () => {
  it('every file in fixtures/invalid is listed in expected.json, and every listed file exists', () => {
    const listed = Object.keys(expected).sort();

    expect(files.length).toBeGreaterThan(0);
    expect(listed).toEqual(files);
  });

  it('the shipped 2018 form they are all derived from is itself valid', () => {
    const loaded = parseRuleSet(shippedForm(), { file: SHIPPED_FORM });

    expect(loaded.ruleSet.id).toBe(FORM);
  });

  it.each(files)('%s is refused with its expected code, naming the file and the offending path', async (name) => {
    const file = `${DIR}/${name}`;
    const want = expected[name];

    const error = await refusal(loadRuleSetFile(file));

    expect(want).toBeDefined();
    expect(error.code).toBe(want?.code);
    expect(error.file).toBe(file);
    expect(error.message).toContain(file);
    expect(error.issues.map((i) => i.path)).toEqual(expect.arrayContaining([expect.stringContaining(want?.path ?? '\u0000')]));
  });

  it('a fault deep in a condition is reported at the condition it is in, not at the rule\'s conditions: a threshold written as a number, an unknown operator, a nested one', () => {
    const withCondition = (conditions: unknown) => {
      const form = shippedForm() as { rules: Array<{ conditions: unknown }> };
      form.rules[0]!.conditions = conditions;
      return form;
    };
    const issuesOf = (conditions: unknown) => {
      try {
        parseRuleSet(withCondition(conditions), { file: 'my-form.json' });
      } catch (e) {
        return (e as { issues: Array<{ path: string; message: string }> }).issues;
      }
      throw new Error('accepted');
    };

    expect(issuesOf({ all: [{ fact: 'yes:questions-1-7', operator: 'greaterThanInclusive', value: 2 }] })).toEqual([
      { path: 'rules[0].conditions.all[0].value', message: expect.stringContaining('a number is always a parameter, never a literal') },
    ]);
    expect(issuesOf({ any: [{ all: [{ fact: 'yes:questions-1-7', operator: 'atLeast', value: { param: 'thresholdQuestions1To7' } }] }] }).map((i) => i.path)).toEqual(['rules[0].conditions.any[0].all[0].operator']);
    // No shape fits (a condition that is neither a comparison nor all/any/not): said at the condition itself.
    expect(issuesOf({ all: [{ condition: 'elsewhere' }] }).map((i) => i.path)).toEqual(['rules[0].conditions.all[0]']);
  });

  it('reading a file with a __proto__ key does not pollute Object.prototype', async () => {
    await refusal(loadRuleSetFile(`${DIR}/proto-key.json`));
    await refusal(loadRuleSetFile(`${DIR}/constructor-key.json`));

    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')).toBe(false);
  });

  it('a missing rule-set file is refused with FILE_NOT_READABLE, naming the file', async () => {
    const file = `${DIR}/no-such-file.json`;

    const error = await refusal(loadRuleSetFile(file));

    expect(error.code).toBe('FILE_NOT_READABLE');
    expect(error.file).toBe(file);
  });
});

describe('a user-supplied copy of the shipped 2018 form', () => {
  const withThreshold3 = (): Record<string, unknown> => {
    const data = shippedForm() as { parameters: Record<string, { value: unknown }> };
    const p = data.parameters['thresholdQuestions1To7'];
    if (p === undefined) throw new Error('the shipped form has no thresholdQuestions1To7');
    p.value = 3;
    return data;
  };
  const twoYes = { schemaVersion: 1, incidentAt: '2019-03-01T10:00:00+02:00', relationship: 'spouse', riskForm: { answers: { q1: 'yes', q2: 'yes' } } };
  const threeYes = { ...twoYes, riskForm: { answers: { q1: 'yes', q2: 'yes', q3: 'yes' } } };

  it('with the same id replaces the shipped one: a threshold of 3 among questions 1-7 makes two YES no imminent risk', async () => {
    const user = parseRuleSet(withThreshold3());

    const two = await evaluate(twoYes, { ruleSets: [user] });
    const three = await evaluate(threeYes, { ruleSets: [user] });

    expect(two.riskAssessment?.form).toBe(FORM);
    expect(two.riskAssessment?.groups[0]?.threshold).toBe(3);
    expect(two.riskAssessment?.imminentRisk).toBe(false);
    expect(three.riskAssessment?.imminentRisk).toBe(true);
    expect(two.provenance.find((p) => p.kind === 'parameter' && p.ruleSet === FORM && p.parameter === 'thresholdQuestions1To7')).toMatchObject({ value: 3 });
  });

  it('is marked in the result: origin user, its own hash, the receipt, and a USER_RULE_SET warning', async () => {
    const user = parseRuleSet(withThreshold3());
    const shipped = await evaluate(twoYes);

    const result = await evaluate(twoYes, { ruleSets: [user] });

    const ref = result.ruleSets.find((r) => r.id === FORM);
    expect(ref?.origin).toBe('user');
    expect(ref?.sha256).toBe(user.sha256);
    expect(ref?.sha256).not.toBe(shipped.ruleSets.find((r) => r.id === FORM)?.sha256);
    expect(result.receipt.options.userRuleSets).toEqual([{ id: FORM, sha256: user.sha256 }]);
    expect(result.warnings).toEqual(expect.arrayContaining([expect.objectContaining({ code: 'USER_RULE_SET', ruleSet: FORM })]));
    expect(shipped.warnings.map((w) => w.code)).not.toContain('USER_RULE_SET');
  });

  it('does not change later evaluations that do not pass it', async () => {
    await evaluate(twoYes, { ruleSets: [parseRuleSet(withThreshold3())] });

    const after = await evaluate(twoYes);

    expect(after.riskAssessment?.imminentRisk).toBe(true);
    expect(after.ruleSets.find((r) => r.id === FORM)?.origin).toBe('shipped');
  });

  it('an identical copy gets the same content hash as the shipped form', async () => {
    const copy = parseRuleSet(shippedForm());

    const shipped = await evaluate(twoYes);

    expect(copy.sha256).toBe(shipped.ruleSets.find((r) => r.id === FORM)?.sha256);
  });
});

describe('a user-supplied rule set the case never reaches', () => {
  it('is named in a USER_RULE_SET_NOT_USED warning, so it is not mistaken for applied (a 2030 version of the 2018 form, a 2019 case)', async () => {
    const data = shippedForm() as Record<string, unknown>;
    data['id'] = 'ro-police-risk-form/2030-01-01';
    data['effectiveFrom'] = '2030-01-01';
    const later = parseRuleSet(data, { file: 'agency-2030.json' });
    const twoYes = { schemaVersion: 1, incidentAt: '2019-03-01T10:00:00+02:00', relationship: 'spouse', riskForm: { answers: { q1: 'yes', q2: 'yes' } } };

    const result = await evaluate(twoYes, { ruleSets: [later] });

    expect(result.ruleSets.map((r) => r.id)).not.toContain('ro-police-risk-form/2030-01-01');
    expect(result.warnings).toEqual(expect.arrayContaining([expect.objectContaining({ code: 'USER_RULE_SET_NOT_USED', ruleSet: 'ro-police-risk-form/2030-01-01' })]));
    expect((await evaluate(twoYes)).warnings.map((w) => w.code)).not.toContain('USER_RULE_SET_NOT_USED');
  });
});
