import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../src/cli/run-cli.js';
import { englishIn, runWith, shippedCases } from './scan-kit.js';

/** Free text a case carries (an officer's reason), which is the case's, not the library's. */
function caseTexts(c: Record<string, unknown>): string[] {
  const found: string[] = [];
  const walk = (v: unknown, key: string): void => {
    if (typeof v === 'string' && /reason|note|text/i.test(key)) found.push(v);
    else if (v !== null && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, k);
  };
  walk(c, '');
  return found;
}

describe('Romanian output has no English', () => {
  it('evaluate and deadlines, in both registers, for every shipped fixture and scenario case', async () => {
    const cases = await shippedCases();
    const found: string[] = [];
    let ran = 0;
    for (const { where, case: c } of cases.filter((x) => !x.refused)) {
      const input = JSON.stringify(c);
      for (const argv of [
        ['evaluate', '--lang', 'ro', '--register', 'legal', '--include-proposed', '-'],
        ['evaluate', '--lang', 'ro', '--register', 'plain', '-'],
        ['deadlines', '--lang', 'ro', '--register', 'legal', '--as-of', '2026-06-01T12:00:00+03:00', '-'],
        ['deadlines', '--lang', 'ro', '--register', 'plain', '--as-of', '2026-06-01T12:00:00+03:00', '-'],
      ]) {
        const r = await runWith(argv, input);
        // A case dated before any modelled law is refused (exit 3); everything else has a result.
        if (r.status === 3) continue;
        expect(r.status, `${where} ${argv.join(' ')}: ${r.err}`).toBe(0);
        ran += 1;
        for (const line of englishIn(r.out, caseTexts(c))) found.push(`${where} [${argv[0]} ${argv[4]}]: ${line.trim()}`);
      }
    }
    expect(cases.length).toBeGreaterThan(30);
    expect(ran).toBeGreaterThan(4 * 30);
    expect([...new Set(found)].slice(0, 40)).toEqual([]);
  }, 120_000);

  it('demo, in both registers', async () => {
    for (const register of ['legal', 'plain']) {
      const r = await runWith(['demo', '--lang', 'ro', '--register', register]);
      expect(englishIn(r.out, [])).toEqual([]);
    }
  });

  it('the quiz over every shipped scenario', async () => {
    const cases = await shippedCases();
    const r = await runWith(['train', '--quiz', '--reveal', '--lang', 'ro']);
    const texts = cases.flatMap((c) => caseTexts(c.case));
    expect(r.status).toBe(0);
    expect(englishIn(r.out, texts)).toEqual([]);
  });

  it('errors on a Romanian terminal (--lang ro), for every kind of refusal', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dv-rules-ro-errors-'));
    const put = (name: string, content: string | Buffer): string => {
      writeFileSync(join(dir, name), content);
      return join(dir, name);
    };
    const good = { schemaVersion: 1, incidentAt: '2024-03-01T21:15:00+02:00', relationship: 'spouse', riskForm: { answers: { q1: 'yes' } } };
    const runs: Array<[string[], string?, boolean?]> = [
      [['evaluate', '--jsno', '-']],
      [['evalute']],
      [['evaluate', join(dir, 'nope.json')]],
      [['evaluate', put('empty.json', '')]],
      [['evaluate', put('utf16.json', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(JSON.stringify(good), 'utf16le')]))]],
      [['evaluate', put('broken.json', '{"schemaVersion": 1,')]],
      [['evaluate', put('no-offset.json', JSON.stringify({ ...good, incidentAt: '2024-03-01T21:15:00' }))]],
      [['evaluate', put('unknown-field.json', JSON.stringify({ ...good, colour: 'red' }))]],
      [['evaluate', put('old.json', JSON.stringify({ ...good, incidentAt: '2010-03-01T21:15:00+02:00' }))]],
      [['evaluate', '-', '--as-of', 'tomorrow'], JSON.stringify(good)],
      [['evaluate', 'a.json', 'b.json']],
      [['evaluate'], '', true],
      [['evaluate', '/dev/zero']],
      [['evaluate', '-', '--labels', put('pack.json', '{"schemaVersion":1}')], JSON.stringify(good)],
      [['deadlines', put('case.json', JSON.stringify(good)), '--as-of', '2024-03-02T10:00:00+02:00', '--ics', join(dir, 'nope', 'x.ics')]],
    ];
    const found: string[] = [];
    for (const [argv, stdin, stdinIsTTY] of runs) {
      let err = '';
      const status = await runCli([...argv, '--lang', 'ro'], { readStdin: async () => stdin ?? '', out: () => undefined, err: (t) => void (err += t), color: false, errIsTTY: true, stdinIsTTY: stdinIsTTY ?? false });
      expect(status, argv.join(' ')).toBeGreaterThan(1);
      expect(err, argv.join(' ')).toMatch(/^dv-rules: /);
      const texts = [dir, ...argv.filter((a) => a.includes('/') || a.endsWith('.json')), 'tomorrow', '--jsno', 'evalute'];
      for (const line of englishIn(err, texts)) found.push(`${argv.join(' ')}: ${line.trim()}`);
    }
    expect(found).toEqual([]);
  });
});
