import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ImpactReport } from '../../src/cli/impact/render-impact.js';
import { cliKit } from '../support/cli-run.js';
import { englishIn } from '../romanian/scan-kit.js';

const kit = cliKit('dv-rules-impact-errors-');
const MARKER = 'Zanzibar-7731';
// Law 240/2023's rule set with the 6 months of the law before it: a parameter value changed.
const law240 = JSON.parse(readFileSync('rules/ro-law-217-2003-protection-order/2023-07-23.json', 'utf8')) as Record<string, any>;
delete law240['$schema'];
law240['parameters']['maxMonths']['value'] = 6;
const changed = kit.file('changed.json', JSON.stringify(law240));
const good = { schemaVersion: 1, incidentAt: '2024-03-01T21:15:00+02:00', relationship: 'spouse', riskForm: { answers: { q1: 'yes' } } };
// Line 3 is refused when read (not JSON), the others when judged: the errors come in input order all the same.
const cases = kit.file('cases.ndjson', [
  good,
  { ...good, incidentAt: '2019-03-01' },
  '{"schemaVersion":',
  { ...good, incidentAt: '2010-03-01T21:15:00+02:00' },
  { ...good, colour: MARKER },
  { ...good, ref: 'IPJ-7', ...Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`extra${String(i).padStart(2, '0')}`, MARKER])) },
].map((c) => (typeof c === 'string' ? c : JSON.stringify(c))).join('\n') + '\n');

describe('dv-rules impact: the errors of the report', () => {
  it('json: each error carries its issues (paths and messages), its file when it has one, and nothing of the case', async () => {
    const { status, out } = await kit.run(['impact', cases, '--rule-set', changed, '--json']);

    const report = JSON.parse(out) as ImpactReport;
    expect(status).toBe(2);
    expect(report.errors.slice(0, 4)).toEqual([
      { where: `${cases}:2`, error: { code: 'INVALID_CASE', message: 'the case is invalid', issues: [{ path: 'incidentAt', message: 'Invalid ISO datetime' }] } },
      { where: `${cases}:3`, line: 3, error: { code: 'INVALID_JSON', message: expect.any(String), file: cases, issues: [{ path: '$', message: 'Syntax error at line 1, column 18' }] } },
      { where: `${cases}:4`, error: { code: 'NO_RULE_SET_IN_FORCE', message: expect.any(String), issues: [{ path: 'incidentAt', message: expect.any(String) }] } },
      { where: `${cases}:5`, error: { code: 'INVALID_CASE', message: 'the case is invalid', issues: [{ path: 'colour', message: 'Unknown field: not part of the schema' }] } },
    ]);
    expect(report.errors[4]?.error.issues).toHaveLength(12);
    expect(out).not.toContain(MARKER);
  });

  it('are listed in input order: a line refused when read comes between the lines refused when judged', async () => {
    for (const format of ['json', 'text', 'markdown']) {
      const { out } = await kit.run(['impact', cases, '--rule-set', changed, '--format', format]);

      const order = [...out.matchAll(/cases\.ndjson:(\d)/g)].map((m) => Number(m[1])).filter((n) => n > 1);
      expect([...new Set(order)], format).toEqual([2, 3, 4, 5, 6]);
    }
  });

  it('text and markdown: the paths under each error, bounded as on a terminal (ten, then "… and N more")', async () => {
    const text = (await kit.run(['impact', cases, '--rule-set', changed])).out;
    const markdown = (await kit.run(['impact', cases, '--rule-set', changed, '--format', 'markdown'])).out;

    expect(text).toContain(`${cases}:2: error INVALID_CASE: the case is invalid\n  at incidentAt: Invalid ISO datetime\n`);
    expect(text).toContain(`${cases}:5: error INVALID_CASE: the case is invalid\n  at colour: Unknown field: not part of the schema\n`);
    expect(text.split('\n').filter((l) => l.startsWith('  at extra'))).toHaveLength(10);
    expect(text).toContain('  … and 2 more (--json lists them all)\n');
    expect(markdown).toContain(`- ${cases}:2: error \`INVALID_CASE\`: the case is invalid\n  - at incidentAt: Invalid ISO datetime\n`);
    expect(markdown).toContain('  - … and 2 more (--json lists them all)\n');
    expect(text + markdown).not.toContain(MARKER);
  });

  it('--lang ro: the errors, their paths and a caller\'s rule set "(user)" are worded in Romanian, in text and in Markdown', async () => {
    const text = (await kit.run(['impact', cases, '--rule-set', changed, '--lang', 'ro'])).out;
    const markdown = (await kit.run(['impact', cases, '--rule-set', changed, '--lang', 'ro', '--format', 'markdown'])).out;

    expect(text).toContain(`${cases}:2: eroare INVALID_CASE: cazul nu este valid\n  la incidentAt: data și ora au nevoie de decalajul față de UTC`);
    expect(text).toContain(`${cases}:3: eroare INVALID_JSON: ${cases} nu este JSON sau YAML valid\n`);
    expect(text).toContain(`${cases}:4: eroare NO_RULE_SET_IN_FORCE: niciun set de reguli nu acoperă ce cere cazul la data lui\n`);
    expect(text).toContain('  … și încă 2 (--json le arată pe toate)\n');
    expect(text).toContain('ro-law-217-2003-protection-order/2023-07-23 (furnizat de utilizator)]');
    expect(markdown).toContain('ro-law-217-2003-protection-order/2023-07-23 (furnizat de utilizator) |');
    for (const out of [text, markdown]) expect(englishIn(out.split(cases).join(' '), []), out).toEqual([]);
    expect(text + markdown).not.toMatch(/\(user\)|is not valid|the case is invalid|modelled/);
  });

  it('--lang ro: the proposed law is "(propus)"', async () => {
    const { out } = await kit.run(['impact', 'fixtures/legal-changes', '--include-proposed', '--lang', 'ro']);

    expect(out).toContain('ro-law-217-2003-protection-order/2026-02-27 (propus)');
    expect(out).not.toContain('(proposed)');
  });
});

describe('dv-rules impact: an input that yields no case at all is refused, as dv-rules fixtures refuses a folder without fixtures', () => {
  const root = mkdtempSync(join(tmpdir(), 'dv-rules-impact-nothing-'));
  const empty = join(root, 'empty');
  mkdirSync(join(empty, 'sub'), { recursive: true });
  writeFileSync(join(empty, 'notes.txt'), 'not a case file');
  const marked = join(root, 'marked');
  mkdirSync(marked);
  writeFileSync(join(marked, '.not-fixtures'), '');
  const emptyNdjson = join(root, 'empty.ndjson');
  writeFileSync(emptyNdjson, '');

  it('a folder holding no case file: exit 2, a coded error naming the folder, and no report', async () => {
    const { status, out, err } = await kit.run(['impact', empty, '--include-proposed']);

    expect(status).toBe(2);
    expect(out).toBe('');
    expect(JSON.parse(err)).toMatchObject({ error: { code: 'INVALID_ARGUMENTS', message: expect.stringContaining(`no case to judge in ${empty}: it holds no .ndjson, .json, .yaml or .yml file`) } });
  });

  it('such a folder is refused beside one that holds cases too, as fixtures refuses it', async () => {
    const { status, err } = await kit.run(['impact', cases, empty, '--include-proposed', '--json']);

    expect(status).toBe(2);
    expect(JSON.parse(err).error.message).toContain(empty);
  });

  it.each([
    ['an empty NDJSON file', [emptyNdjson]],
    ['only a folder marked .not-fixtures', [marked]],
  ])('%s: refused, naming the input', async (_, paths) => {
    const { status, out, err } = await kit.run(['impact', ...paths, '--include-proposed']);

    expect(status).toBe(2);
    expect(out).toBe('');
    expect(JSON.parse(err).error).toMatchObject({ code: 'INVALID_ARGUMENTS', message: expect.stringContaining(`no case to judge in ${paths[0]}`) });
  });

  it('on a Romanian terminal, the sentence is Romanian and names the folder', async () => {
    const { err } = await kit.run(['impact', empty, '--include-proposed', '--lang', 'ro'], true);

    expect(err.split('\n')[0]).toBe(`dv-rules: niciun caz de judecat în ${empty}.`);
  });

  it('dv-rules help impact says so', async () => {
    const { out } = await kit.run(['help', 'impact']);

    expect(out.replace(/\s+/g, ' ')).toContain('a folder holding no case file, or inputs that give no case at all (an empty NDJSON file), are refused with exit status 2');
  });
});
