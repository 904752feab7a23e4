import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DvRulesError } from '../../src/index.js';
import { runFixtures } from '../../src/node/index.js';

const spouses2019 = { schemaVersion: 1, incidentAt: '2019-03-01T20:00:00+02:00', relationship: 'spouse' };
const twoYes = { ...spouses2019, riskForm: { answers: { q1: 'yes', q4: 'yes' } } };

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'dv-rules-fixtures-'));
}

function write(dir: string, name: string, content: unknown): string {
  const file = join(dir, name);
  writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
  return file;
}

async function invalidFixture(file: string): Promise<DvRulesError> {
  const error = await runFixtures([file]).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DvRulesError);
  expect((error as DvRulesError).code).toBe('INVALID_FIXTURE');
  expect((error as DvRulesError).file).toBe(file);
  expect((error as DvRulesError).message).toContain(file);
  return error as DvRulesError;
}

describe('runFixtures', () => {
  it('passes every example fixture shipped under fixtures/examples', async () => {
    const report = await runFixtures(['fixtures/examples']);
    expect(report.failed).toBe(0);
    expect(report.passed).toBe(report.results.length);
    expect(report.results.length).toBeGreaterThanOrEqual(6);
    expect(new Set(report.results.map((r) => r.file.split('\\').join('/')))).toEqual(
      new Set(['fixtures/examples/officer-finding-2018-form.json', 'fixtures/examples/police-risk-form-2018.yaml', 'fixtures/examples/refused-cases.yaml']),
    );
  });

  it('reports a failing expectation with its path and both values, and counts it as failed', async () => {
    const file = write(tempDir(), 'wrong.json', {
      fixtures: [
        { name: 'On 2019-03-01 two YES answers among questions 1-7 establish imminent risk', case: twoYes, expect: { riskAssessment: { imminentRisk: true } } },
        { name: 'A deliberately wrong expectation', case: twoYes, expect: { riskAssessment: { imminentRisk: false, groups: [{ yes: 2 }, { yes: 3 }] } } },
      ],
    });
    const report = await runFixtures([file]);
    expect(report).toMatchObject({ passed: 1, failed: 1 });
    expect(report.results[1]).toEqual({
      file,
      name: 'A deliberately wrong expectation',
      passed: false,
      mismatches: [
        { path: '$.riskAssessment.imminentRisk', expected: false, actual: true },
        { path: '$.riskAssessment.groups[1].yes', expected: 3, actual: 0 },
      ],
    });
  });

  it('fails expectRules for a rule that did not fire and for an id that is no rule at all', async () => {
    const file = write(tempDir(), 'rules.yaml', {
      name: 'On 2019-03-01 two YES answers fire the questions 1-7 rule only',
      case: twoYes,
      expect: {},
      expectRules: ['imminent-risk-by-questions-1-7', 'imminent-risk-by-questions-8-21', 'imminent-risk-by-question-1-7'],
    });
    const [outcome] = (await runFixtures([file])).results;
    expect(outcome?.passed).toBe(false);
    expect(outcome?.mismatches?.map((m) => [m.path, m.actual])).toEqual([
      ['expectRules[1]', { ruleId: 'imminent-risk-by-questions-8-21', fired: false }],
      ['expectRules[2]', 'no rule has the id "imminent-risk-by-question-1-7"'],
    ]);
  });

  it('fails a fixture whose evaluation throws where a result was expected, or throws another code', async () => {
    const before = { ...twoYes, incidentAt: '2018-12-27T12:00:00+02:00' };
    const file = write(tempDir(), 'errors.json', [
      { name: 'On 2018-12-27 no form is in force', case: before, expect: { riskAssessment: { imminentRisk: true } } },
      { name: 'On 2018-12-27 the case is wrongly expected invalid', case: before, expectError: { code: 'INVALID_CASE' } },
      { name: 'On 2019-03-01 a valid case is wrongly expected to throw', case: twoYes, expectError: { code: 'INVALID_CASE' } },
    ]);
    const { results, failed } = await runFixtures([file]);
    expect(failed).toBe(3);
    expect(results[0]?.error?.code).toBe('NO_RULE_SET_IN_FORCE');
    expect(results[1]?.mismatches).toEqual([{ path: 'expectError.code', expected: 'INVALID_CASE', actual: 'NO_RULE_SET_IN_FORCE' }]);
    expect(results[2]?.mismatches).toEqual([{ path: 'expectError.code', expected: 'INVALID_CASE', actual: null }]);
  });

  it('descends folders in name order and leaves out only the folder names it is told to exclude', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'b'));
    mkdirSync(join(dir, 'skip'));
    const fixture = (name: string) => ({ name, case: twoYes, expect: { riskAssessment: { imminentRisk: true } } });
    write(join(dir, 'b'), 'one.yml', fixture('b/one'));
    write(dir, 'a.json', fixture('a'));
    write(dir, 'notes.txt', 'not a fixture');
    write(join(dir, 'skip'), 'broken.json', '{');
    const report = await runFixtures([dir], { exclude: ['skip'] });
    expect(report.results.map((r) => r.name)).toEqual(['a', 'b/one']);
    await expect(runFixtures([dir])).rejects.toMatchObject({ code: 'INVALID_FIXTURE' });
  });
});

describe('runFixtures on an invalid fixture file', () => {
  const fixture = { name: 'On 2019-03-01 two YES answers establish imminent risk', case: twoYes, expect: {} };

  it('refuses an unknown key, naming the file and the path inside it', async () => {
    const file = write(tempDir(), 'unknown.json', { fixtures: [fixture, fixture, { ...fixture, expected: {} }] });
    const error = await invalidFixture(file);
    expect(error.issues.map((i) => i.path)).toContain('fixtures[2].expected');
  });

  it('refuses a fixture without a name', async () => {
    const { name: _, ...nameless } = fixture;
    const error = await invalidFixture(write(tempDir(), 'nameless.yaml', { fixtures: [nameless] }));
    expect(error.issues.map((i) => i.path)).toEqual(['fixtures[0].name']);
  });

  it('refuses a YAML syntax error', async () => {
    const error = await invalidFixture(write(tempDir(), 'broken.yaml', 'fixtures:\n  - name: "unterminated\n    case: {\n'));
    expect(error.issues[0]?.message).toMatch(/Syntax error/);
  });

  it('refuses a __proto__ key before any schema sees it', async () => {
    const text = `{"fixtures":[{"name":"x","case":{"__proto__":{"polluted":true}},"expect":{}}]}`;
    const error = await invalidFixture(write(tempDir(), 'proto.json', text));
    expect(error.issues.map((i) => i.path)).toEqual(['fixtures[0].case.__proto__']);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('refuses both or neither of expect and expectError, and an expectation on a field the result lacks', async () => {
    await invalidFixture(write(tempDir(), 'both.json', { ...fixture, expectError: { code: 'INVALID_CASE' } }));
    const { expect: _, ...neither } = fixture;
    await invalidFixture(write(tempDir(), 'neither.json', neither));
    const error = await invalidFixture(write(tempDir(), 'typo.json', { ...fixture, expect: { riskAsessment: {} } }));
    expect(error.issues.map((i) => i.path)).toEqual(['expect.riskAsessment']);
  });

  it('refuses a folder with no fixture file instead of passing it empty', async () => {
    await expect(runFixtures([tempDir()])).rejects.toMatchObject({ code: 'INVALID_FIXTURE' });
    await expect(runFixtures([join(tempDir(), 'missing')])).rejects.toMatchObject({ code: 'FILE_NOT_READABLE' });
  });
});

describe('runFixtures with the caller\'s own rule sets', () => {
  it('evaluates every fixture with them, as an agency testing its own version of a form in CI would', async () => {
    const { parseRuleSet } = await import('../../src/index.js');
    const { readFileSync } = await import('node:fs');
    const form = JSON.parse(readFileSync('rules/ro-police-risk-form/2018-12-28.json', 'utf8')) as { parameters: Record<string, { value: unknown }> };
    form.parameters['thresholdQuestions1To7']!.value = 3;
    const dir = mkdtempSync(join(tmpdir(), 'dv-rules-fixtures-user-'));
    writeFileSync(
      join(dir, 'agency.json'),
      JSON.stringify({ fixtures: [{ name: 'Under the agency threshold of 3, two YES among questions 1-7 are not imminent risk', case: twoYes, expect: { riskAssessment: { imminentRisk: false } } }] }),
    );

    const withAgencyForm = await runFixtures([dir], { ruleSets: [parseRuleSet(form, { file: 'agency-form.json' })] });
    const shipped = await runFixtures([dir]);

    expect(withAgencyForm.passed).toBe(1);
    expect(shipped.failed).toBe(1);
  });
});
