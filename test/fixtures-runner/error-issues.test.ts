import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import type { FixtureReport } from '../../src/index.js';
import { cliKit } from '../support/cli-run.js';
import { parseStrictXml, type XmlElement } from '../support/strict-xml.js';

const kit = cliKit('dv-rules-fixture-issues-');
const MARKER = 'Zanzibar-7731';
const valid = { schemaVersion: 1, incidentAt: '2019-03-01T20:00:00+02:00', relationship: 'spouse', riskForm: { answers: { q1: 'yes', q4: 'yes' } } };
const expectRisk = { riskAssessment: { imminentRisk: true } };
// Two invalid cases: a calendar date where a date and time is needed, and an unknown field whose value must never be shown.
const refused = kit.file('refused-cases.yaml', JSON.stringify([
  { name: 'On 2019-03-01 a case dated by a calendar day is refused', case: { ...valid, incidentAt: '2019-03-01' }, expect: expectRisk },
  { name: 'On 2019-03-01 a case with an unknown field is refused', case: { ...valid, colour: MARKER }, expect: expectRisk },
]));
// Twelve unknown fields: more than a person is shown.
const many = kit.file('many-unknown.yaml', JSON.stringify({ name: 'On 2019-03-01 a case with twelve unknown fields is refused', case: { ...valid, ...Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`extra${String(i).padStart(2, '0')}`, MARKER])) }, expect: expectRisk }));

const all = (root: XmlElement, name: string): XmlElement[] => [root, ...root.children.flatMap((c) => all(c, name))].filter((e) => e.name === name);

describe('dv-rules fixtures: a fixture whose case is refused shows the paths of the refusal in every reporter', () => {
  it('json: the error object carries the issues, path and message, as evaluate --json does', async () => {
    const { status, out } = await kit.run(['fixtures', refused, '--reporter', 'json']);

    const report = JSON.parse(out) as FixtureReport;
    expect(status).toBe(1);
    expect(report.results.map((r) => r.error)).toEqual([
      { code: 'INVALID_CASE', message: expect.any(String), issues: [{ path: 'incidentAt', message: 'Invalid ISO datetime' }] },
      { code: 'INVALID_CASE', message: expect.any(String), issues: [{ path: 'colour', message: 'Unknown field: not part of the schema' }] },
    ]);
    expect(out).not.toContain(MARKER);
  });

  it('text: each path and message indented under the error line', async () => {
    const { out } = await kit.run(['fixtures', refused]);

    expect(out).toContain('    error INVALID_CASE: the case is invalid\n      at incidentAt: Invalid ISO datetime\n');
    expect(out).toContain('    error INVALID_CASE: the case is invalid\n      at colour: Unknown field: not part of the schema\n');
    expect(out).not.toContain(MARKER);
  });

  it('text --lang ro: the paths with the Romanian words the terminal uses for issues', async () => {
    const { out } = await kit.run(['fixtures', refused, '--lang', 'ro']);

    expect(out).toContain('    INVALID_CASE: Cazul nu este valid; vedeți căile indicate.\n      la incidentAt: data și ora au nevoie de decalajul față de UTC');
    expect(out).toContain('      la colour: câmp necunoscut, care nu face parte din schemă\n');
  });

  it('junit and tap: the paths in the failure text and in the YAML block', async () => {
    const junit = await kit.run(['fixtures', refused, '--reporter', 'junit']);
    const tap = await kit.run(['fixtures', refused, '--reporter', 'tap']);

    const failures = all(parseStrictXml(junit.out), 'failure').map((f) => f.text);
    expect(failures).toEqual(['error INVALID_CASE: the case is invalid\n  at incidentAt: Invalid ISO datetime', 'error INVALID_CASE: the case is invalid\n  at colour: Unknown field: not part of the schema']);
    const lines = tap.out.split('\n');
    const block = parseYaml(lines.slice(lines.indexOf('  ---') + 1, lines.indexOf('  ...')).map((l) => l.slice(2)).join('\n')) as { details: string[] };
    expect(block.details).toEqual(['error INVALID_CASE: the case is invalid', '  at incidentAt: Invalid ISO datetime']);
    expect(junit.out + tap.out).not.toContain(MARKER);
  });

  it('bounds the paths shown as the terminal does (ten, then "… and N more"), while the JSON report has them all', async () => {
    const text = await kit.run(['fixtures', many]);
    const ro = await kit.run(['fixtures', many, '--lang', 'ro']);
    const json = JSON.parse((await kit.run(['fixtures', many, '--json'])).out) as FixtureReport;

    expect(text.out.split('\n').filter((l) => l.startsWith('      at extra'))).toHaveLength(10);
    expect(text.out).toContain('      … and 2 more (--json lists them all)\n');
    expect(ro.out).toContain('      … și încă 2 (--json le arată pe toate)\n');
    expect(json.results[0]?.error?.issues).toHaveLength(12);
  });
});

describe('dv-rules fixtures --lang ro: an expectRules entry that is no rule at all', () => {
  it('is said in Romanian, naming the id', async () => {
    const file = kit.file('no-such-rule.yaml', JSON.stringify({ name: 'On 2019-03-01 two YES answers fire the questions 1-7 rule', case: valid, expect: {}, expectRules: ['imminent-risk-by-questions-1-7', 'no-such-rule'] }));

    const ro = await kit.run(['fixtures', file, '--lang', 'ro']);
    const en = await kit.run(['fixtures', file]);

    expect(ro.out).toContain('    la expectRules[1]: se aștepta {"ruleId":"no-such-rule","fired":true}, dar nicio regulă nu are id-ul "no-such-rule"\n');
    expect(ro.out).not.toContain('no rule has');
    expect(en.out).toContain('    at expectRules[1]: expected {"ruleId":"no-such-rule","fired":true}, but no rule has the id "no-such-rule"\n');
  });
});

describe('dv-rules fixtures --reporter junit|tap when the fixture file itself is refused', () => {
  const broken = kit.file('broken.yaml', 'fixtures:\n  - name: a fixture cut short\n    case: [1,\n');
  const noExpect = kit.file('no-expect.json', JSON.stringify({ name: 'On 2019-03-01 something', case: valid }));
  const tooLarge = kit.file('too-large.json', ' '.repeat(3 * 1024 * 1024));

  it.each([
    ['malformed YAML', broken, 'INVALID_FIXTURE', '  at $: Syntax error at line 4, column 1'],
    ['neither expect nor expectError', noExpect, 'INVALID_FIXTURE', '  at expect: Give exactly one of expect and expectError'],
    ['larger than 2 MiB', tooLarge, 'FILE_NOT_READABLE', undefined],
  ])('%s: standard output is still well-formed JUnit with one errored testcase naming the file, and the exit status stays 2', async (_, file, code, path) => {
    const { status, out, err } = await kit.run(['fixtures', file, '--reporter', 'junit']);

    const root = parseStrictXml(out);
    const [testcase] = all(root, 'testcase');
    const error = all(root, 'error')[0];
    expect(status).toBe(2);
    expect(root.attributes).toMatchObject({ tests: '1', failures: '0', errors: '1' });
    expect(all(root, 'testcase')).toHaveLength(1);
    expect(testcase?.attributes).toEqual({ classname: file, name: `${file} is refused: ${code}`, file });
    expect(error?.attributes['type']).toBe(code);
    expect(error?.text.split('\n')[0]).toMatch(new RegExp(`^error ${code}: .*${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
    if (path !== undefined) expect(error?.text.split('\n')).toContain(path);
    // The JSON error object on standard error, as before.
    expect(JSON.parse(err)).toMatchObject({ error: { code, file } });
  });

  it('tap: one not ok test naming the file, with the code, message and paths in its YAML block', async () => {
    const { status, out, err } = await kit.run(['fixtures', broken, '--reporter', 'tap']);

    const lines = out.split('\n');
    const block = parseYaml(lines.slice(lines.indexOf('  ---') + 1, lines.indexOf('  ...')).map((l) => l.slice(2)).join('\n')) as Record<string, unknown>;
    expect(status).toBe(2);
    expect(lines.slice(0, 3)).toEqual(['TAP version 13', '1..1', `not ok 1 - ${broken} is refused: INVALID_FIXTURE`]);
    expect(block).toEqual({
      message: `INVALID_FIXTURE: ${broken} is not valid JSON or YAML`,
      code: 'INVALID_FIXTURE',
      file: broken,
      details: [`error INVALID_FIXTURE: ${broken} is not valid JSON or YAML`, '  at $: Syntax error at line 4, column 1'],
    });
    expect(JSON.parse(err)).toMatchObject({ error: { code: 'INVALID_FIXTURE', file: broken } });
  });

  it('a bad --rule-set is the one testcase too, naming the rule-set file', async () => {
    const ruleSet = kit.file('not-a-rule-set.json', JSON.stringify({ id: 'x' }));

    const { status, out } = await kit.run(['fixtures', 'fixtures/examples', '--rule-set', ruleSet, '--reporter', 'junit']);

    const root = parseStrictXml(out);
    expect(status).toBe(2);
    expect(all(root, 'testcase').map((c) => c.attributes['file'])).toEqual([ruleSet]);
    expect(all(root, 'error')[0]?.attributes['type']).toBe('INVALID_RULE_SET');
  });

  it('text and json write nothing on standard output, as before', async () => {
    expect((await kit.run(['fixtures', broken])).out).toBe('');
    expect((await kit.run(['fixtures', broken, '--json'])).out).toBe('');
  });
});

describe('dv-rules fixtures --reporter junit: a folder marked .not-fixtures', () => {
  it('is a skipped testcase with the reason, as TAP has a "# skipped" line', async () => {
    const { status, out } = await kit.run(['fixtures', 'fixtures/invalid', 'fixtures/examples/refused-cases.yaml', '--reporter', 'junit']);

    const root = parseStrictXml(out);
    const skipped = all(root, 'testcase').filter((c) => c.children.some((x) => x.name === 'skipped'));
    expect(status).toBe(0);
    expect(skipped.map((c) => c.attributes)).toEqual([{ classname: 'fixtures/invalid', name: 'fixtures/invalid', file: 'fixtures/invalid' }]);
    expect(skipped[0]?.children[0]?.attributes['message']).toMatch(/marked \.not-fixtures/);
    expect(root.attributes).toMatchObject({ tests: String(all(root, 'testcase').length), skipped: '1', failures: '0' });
  });
});
