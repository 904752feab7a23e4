import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run-cli.js';
import type { CliIo } from '../../src/cli/io.js';
import { safeOutput } from '../../src/cli/safe-text.js';

// A case file can carry these: retitle the terminal (OSC 0, ended by BEL) and clear the screen.
const EVIL = '\u001b]0;pwned\u0007\u001b[2J\u202eevil';
const dir = mkdtempSync(join(tmpdir(), 'dv-rules-escapes-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const put = (name: string, content: string): string => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

const aCase = { schemaVersion: 1, incidentAt: '2024-03-01T21:15:00+02:00', relationship: 'spouse', riskForm: { answers: { q1: 'yes' }, officerFinding: { imminentRisk: true, reason: `the officer's reason ${EVIL}` } } };
const caseFile = put(`case${EVIL}.json`, JSON.stringify({ ...aCase, ref: `ref ${EVIL}` }));
const pack = put('pack.json', JSON.stringify({ schemaVersion: 1, lang: 'en', name: `pack ${EVIL}`, labels: { 'ui.regime': `Regime ${EVIL}` } }));
const ruleSet = JSON.parse(readFileSync('rules/ro-law-217-2003-protection-order/2023-07-23.json', 'utf8')) as Record<string, any>;
delete ruleSet['$schema'];
ruleSet['title'] = `${String(ruleSet['title'])} ${EVIL}`;
for (const r of ruleSet['rules'] ?? []) if (typeof r.description === 'string') r.description = `${r.description} ${EVIL}`;
const userRuleSet = put('user-rule-set.json', JSON.stringify(ruleSet));
const fixture = put(`fixture${EVIL}.yaml`, `fixtures:\n  - name: "a fixture named \\e]0;pwned\\a\\e[2J"\n    case: ${JSON.stringify(aCase)}\n    expect: { determination: { imminentRisk: false } }\n`);
const scenario = readFileSync('fixtures/scenarios/01-spouse-knife-threat-2021.yaml', 'utf8')
  .replace('A night call after an argument between spouses', 'A night call \\e]0;pwned\\a\\e[2J')
  .replace(/title:\n(\s+)en: A night call/, 'title:\n$1en: "A night call')
  .replace('\\e[2J\n', '\\e[2J"\n');
const scenarioFile = put('scenario.yaml', scenario);

async function run(argv: string[], color: boolean) {
  let out = '';
  let err = '';
  const io: CliIo = { readStdin: async () => '', out: (t) => void (out += t), err: (t) => void (err += t), color, errIsTTY: true };
  const status = await runCli(argv, io);
  return { status, out, err };
}

const COMMANDS: string[][] = [
  ['evaluate', caseFile],
  ['evaluate', caseFile, '--labels', pack],
  ['evaluate', caseFile, '--rule-set', userRuleSet, '--register', 'legal'],
  ['deadlines', caseFile, '--as-of', '2024-03-02T10:00:00+02:00', '--labels', pack],
  ['demo', '--labels', pack],
  ['fixtures', fixture],
  ['impact', caseFile, fixture, '--rule-set', userRuleSet],
  ['impact', caseFile, '--rule-set', userRuleSet, '--format', 'markdown'],
  ['train', '--scenario', scenarioFile, '--reveal'],
  ['evaluate', join(dir, `nope${EVIL}.json`)],
];

describe('text from input never drives the terminal', () => {
  it.each(COMMANDS.map((argv) => [argv.join(' ').replace(/\u001b/g, 'ESC'), argv]))('%s: no OSC, no screen clearing, no BEL, no bidi override, colour or not', async (_name, argv) => {
    for (const color of [false, true]) {
      const r = await run(argv, color);

      const all = r.out + r.err;
      expect(all.length).toBeGreaterThan(0);
      expect(all).not.toContain('\u001b]');
      expect(all).not.toContain('\u001b[2J');
      expect(all).not.toContain('\u0007');
      expect(all).not.toContain('\u202e');
      if (!color) expect(r.out).not.toContain('\u001b');
    }
  });

  it('the input\'s texts did reach the output (so the test sees them), made visible', async () => {
    const r = await run(['evaluate', caseFile, '--labels', pack], false);

    expect(r.out).toContain('ref ?]0;pwned??[2J?evil');
    expect(r.out).toContain('Regime ?]0;pwned??[2J');
  });

  it('safeOutput keeps colour (SGR) sequences only when colour is on, and keeps JSON meaning', () => {
    expect(safeOutput('\u001b[1mWhy\u001b[22m', true)).toBe('\u001b[1mWhy\u001b[22m');
    expect(safeOutput('\u001b[1mWhy\u001b[22m', false)).toBe('?[1mWhy?[22m');
    expect(safeOutput(`${EVIL}\n\tx`, true)).toBe('?]0;pwned??[2J\\u202eevil\n\tx');
    const json = JSON.stringify({ reason: EVIL });
    expect(JSON.parse(safeOutput(json, false))).toEqual({ reason: EVIL });
  });
});
