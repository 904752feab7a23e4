// runFixtureDocuments is runFixtures without the file system: what a browser page or a bundled
// test suite uses. Same checks, same report, for documents the caller has read.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseFixtures, parseRuleSet, runFixtureDocuments } from '../../src/index.js';
import { runFixtures } from '../../src/node/index.js';

const examples = ['fixtures/examples/officer-finding-2018-form.json', 'fixtures/examples/police-risk-form-2018.yaml', 'fixtures/examples/refused-cases.yaml'];
const twoYes = { schemaVersion: 1, incidentAt: '2019-03-01T20:00:00+02:00', relationship: 'spouse', riskForm: { answers: { q1: 'yes', q4: 'yes' } } };

describe('runFixtureDocuments', () => {
  it('gives for documents read by the caller the report runFixtures gives for the same files', async () => {
    const documents = examples.map((file) => ({ file, content: readFileSync(file, 'utf8') }));
    const report = await runFixtureDocuments(documents);
    expect(report.failed).toBe(0);
    expect(report).toEqual(await runFixtures(examples));
  });

  it('takes parsed data as well as text, and reports a failed expectation with its path', async () => {
    const report = await runFixtureDocuments([
      { file: 'mine.json', content: { fixtures: [{ name: 'On 2019-03-01 two YES answers establish imminent risk, wrongly expected otherwise', case: twoYes, expect: { riskAssessment: { imminentRisk: false } } }] } },
    ]);
    expect(report).toEqual({
      results: [{ file: 'mine.json', name: 'On 2019-03-01 two YES answers establish imminent risk, wrongly expected otherwise', passed: false, mismatches: [{ path: '$.riskAssessment.imminentRisk', expected: false, actual: true }] }],
      skipped: [],
      passed: 0,
      failed: 1,
    });
  });

  it('validates every document before running any, and refuses a broken one as INVALID_FIXTURE naming it', async () => {
    const good = { file: 'good.yaml', content: readFileSync(examples[1]!, 'utf8') };
    await expect(runFixtureDocuments([good, { file: 'broken.yaml', content: 'fixtures: [' }])).rejects.toMatchObject({
      code: 'INVALID_FIXTURE',
      file: 'broken.yaml',
      message: 'runFixtureDocuments: broken.yaml is not valid JSON or YAML',
    });
  });

  it("uses the caller's rule sets in every fixture", async () => {
    const form = parseRuleSet(readFileSync('rules/ro-police-risk-form/2018-12-28.json', 'utf8'), { file: 'agency-form.json' });
    const content = { name: 'On 2019-03-01 the agency form decides', case: twoYes, expect: { riskAssessment: { imminentRisk: true } } };
    expect(await runFixtureDocuments([{ file: 'agency.json', content }], { ruleSets: [form] })).toMatchObject({ passed: 1, failed: 0 });
  });
});

describe('parseFixtures', () => {
  it('reads the three shapes of a fixture file: a list under fixtures, a bare array, one fixture', () => {
    const one = { name: 'On 2019-03-01 two YES answers establish imminent risk', case: twoYes, expect: { riskAssessment: { imminentRisk: true } } };
    expect(parseFixtures({ fixtures: [one] })).toHaveLength(1);
    expect(parseFixtures([one, one])).toHaveLength(2);
    expect(parseFixtures(JSON.stringify(one), { file: 'one.json' })[0]?.name).toBe(one.name);
    expect(() => parseFixtures({ ...one, expect: undefined }, { file: 'x.json' })).toThrow(expect.objectContaining({ code: 'INVALID_FIXTURE', file: 'x.json', message: 'parseFixtures: x.json is not a valid fixture file' }));
  });
});
