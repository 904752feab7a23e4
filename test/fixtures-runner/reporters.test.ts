import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { commandFixtures } from '../../src/cli/command-fixtures.js';
import type { CliIo } from '../../src/cli/io.js';
import { junitReport } from '../../src/cli/junit-report.js';
import { parseStrictXml, type XmlElement } from '../support/strict-xml.js';

function captureIo(): CliIo & { stdout: () => string } {
  let out = '';
  return { readStdin: async () => '', out: (t) => void (out += t), err: () => undefined, color: false, stdout: () => out };
}

const twoYes = { schemaVersion: 1, incidentAt: '2019-03-01T20:00:00+02:00', relationship: 'spouse', riskForm: { answers: { q1: 'yes', q4: 'yes' } } };
const NASTY = 'Wrong <on> purpose & "quoted" \'too\' \u0007bell \u001b[31mred # hash';
const dir = mkdtempSync(join(tmpdir(), 'dv-rules-reporters-'));
const wrong = join(dir, 'wrong & <odd>.yaml');
writeFileSync(
  wrong,
  JSON.stringify([
    { name: NASTY, case: twoYes, expect: { riskAssessment: { outcome: 'excluded' } } },
    { name: 'On 2019-03-01 two YES answers among questions 1-7 establish imminent risk', case: twoYes, expect: { riskAssessment: { outcome: 'established' } } },
  ]),
);

const all = (root: XmlElement, name: string): XmlElement[] => [root, ...root.children.flatMap((c) => all(c, name))].filter((e) => e.name === name);

describe('dv-rules fixtures --reporter junit', () => {
  it('writes XML a strict parser reads: one testcase per fixture, classname the file, the mismatch paths as failure text', async () => {
    const io = captureIo();

    const status = await commandFixtures(['--reporter', 'junit', 'fixtures/examples', wrong], io);

    const root = parseStrictXml(io.stdout());
    const cases = all(root, 'testcase');
    const failed = cases.filter((c) => c.children.some((x) => x.name === 'failure'));
    expect(status).toBe(1);
    expect(root.name).toBe('testsuites');
    expect(Number(root.attributes['tests'])).toBe(cases.length);
    expect(root.attributes['failures']).toBe('1');
    expect(cases.length).toBeGreaterThan(8);
    expect(all(root, 'testsuite').map((s) => s.attributes['name'])).toContain(wrong);
    expect(failed).toHaveLength(1);
    const [bad] = failed;
    expect(bad?.attributes['classname']).toBe(wrong);
    expect(bad?.attributes['file']).toBe(wrong);
    expect(bad?.attributes['name']).toBe('Wrong <on> purpose & "quoted" \'too\' bell [31mred # hash');
    expect(bad?.children[0]?.text).toBe('at $.riskAssessment.outcome: expected "excluded", got "established"');
    expect(bad?.children[0]?.attributes['message']).toBe('1 mismatch');
  });

  it('counts per file and passes every shipped example', async () => {
    const io = captureIo();

    expect(await commandFixtures(['--reporter', 'junit', 'fixtures/examples'], io)).toBe(0);

    const root = parseStrictXml(io.stdout());
    expect(root.attributes['failures']).toBe('0');
    for (const suite of all(root, 'testsuite')) {
      expect(Number(suite.attributes['tests'])).toBe(suite.children.length);
      expect(suite.children.every((c) => c.attributes['classname'] === suite.attributes['name'])).toBe(true);
    }
  });

  it('removes characters XML forbids, lone surrogates included, and says why an evaluation was refused', () => {
    const xml = junitReport({
      results: [{ file: 'f\u0000.yaml', name: 'x\ud800y', passed: false, error: { code: 'INVALID_CASE', message: 'evaluate: the case is invalid\u0001', issues: [] } }],
      skipped: [],
      passed: 0,
      failed: 1,
    });

    const failure = all(parseStrictXml(xml), 'failure')[0];
    expect(failure?.attributes).toEqual({ type: 'error', message: 'evaluation refused: INVALID_CASE' });
    expect(failure?.text).toBe('error INVALID_CASE: the case is invalid?');
    expect(all(parseStrictXml(xml), 'testcase')[0]?.attributes['name']).toBe('xy');
  });
});

describe('dv-rules fixtures --reporter tap', () => {
  it('writes TAP 13: the plan, ok / not ok per fixture, and a YAML block with the mismatches', async () => {
    const io = captureIo();

    const status = await commandFixtures(['--reporter', 'tap', wrong], io);

    const lines = io.stdout().split('\n');
    expect(status).toBe(1);
    expect(lines.slice(0, 3)).toEqual(['TAP version 13', '1..2', `not ok 1 - ${wrong} › Wrong <on> purpose & "quoted" 'too' ?bell ?[31mred \\# hash`]);
    const start = lines.indexOf('  ---');
    const end = lines.indexOf('  ...');
    expect(parseYaml(lines.slice(start + 1, end).map((l) => l.slice(2)).join('\n'))).toEqual({
      message: 'mismatches',
      file: wrong,
      details: ['at $.riskAssessment.outcome: expected "excluded", got "established"'],
    });
    expect(lines[end + 1]).toMatch(/^ok 2 - /);
    expect(lines.at(-2)).toBe('# 1 passed, 1 failed');
  });
});

describe('dv-rules fixtures --reporter', () => {
  it('json is the --json report', async () => {
    const a = captureIo();
    const b = captureIo();

    await commandFixtures(['--reporter', 'json', wrong], a);
    await commandFixtures(['--json', wrong], b);

    expect(a.stdout()).toBe(b.stdout());
    expect(JSON.parse(a.stdout()).failed).toBe(1);
  });

  it.each([['--reporter', 'xml'], ['--reporter', 'constructor'], ['--json', '--reporter', 'tap']])('refuses %j as a usage error', async (...flags) => {
    await expect(commandFixtures([...flags, wrong], captureIo())).rejects.toMatchObject({ code: 'INVALID_ARGUMENTS' });
  });
});
