import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runWith } from '../romanian/scan-kit.js';

const dir = mkdtempSync(join(tmpdir(), 'dv-rules-lang-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const failing = join(dir, 'failing.yaml');
writeFileSync(failing, 'fixtures:\n  - name: expects the wrong result\n    case: { schemaVersion: 1, incidentAt: "2019-03-01T20:00:00+02:00", relationship: spouse, riskForm: { answers: { q1: "yes", q2: "yes" } } }\n    expect: { riskAssessment: { imminentRisk: false } }\n');
// English words these commands wrote before they took --lang.
const ENGLISH = /\b(open|checked|match|changed|missing|extra|compiled|passed|failed|expected|got|cases|change|errors|in-force|unverified|reported|Law \d|Order \d)\b/;

describe('--lang ro is accepted wherever a command words its output', () => {
  it.each([
    [['rules', '--lang', 'ro'], 0],
    [['verify', '--lang', 'ro'], 0],
    [['fixtures', 'fixtures/examples', '--lang', 'ro'], 0],
    [['fixtures', failing, '--lang', 'ro'], 1],
    [['impact', 'fixtures/legal-changes', '--include-proposed', '--lang', 'ro'], 1],
  ] as const)('%j speaks Romanian', async (argv, status) => {
    const r = await runWith([...argv]);

    expect(r.status).toBe(status);
    const prose = r.out.replace(/\S*\/\S*/g, ' ').replace(/\b[a-z0-9]+(?:-[a-z0-9]+)+\b/g, ' ').replace(/› .*$/gm, ' ');
    expect(prose.split('\n').filter((l) => ENGLISH.test(l))).toEqual([]);
  });

  it('verify\'s Romanian summary puts each count after its word, so no number disagrees with it ("1 schimbate")', async () => {
    expect((await runWith(['verify', '--lang', 'ro'])).out).toMatch(/: verificate \d+; corespund \d+, schimbate 0, lipsă 0, în plus 0\n$/);
  });

  it('English stays as it was, and another language is refused with exit 2', async () => {
    expect((await runWith(['verify'])).out).toMatch(/\d+ checked: \d+ match, 0 changed, 0 missing, 0 extra\n$/);
    expect((await runWith(['rules'])).out).toContain(' open ');
    for (const argv of [['rules', '--lang', 'fr'], ['verify', '--lang', 'fr'], ['fixtures', 'fixtures/examples', '--lang', 'fr'], ['impact', 'fixtures/examples', '--include-proposed', '--lang', 'fr']]) {
      expect((await runWith(argv)).status, argv.join(' ')).toBe(2);
    }
  });
});
