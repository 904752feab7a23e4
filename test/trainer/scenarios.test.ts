import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { fixtureFileSchema, type Fixture } from '../../src/index.js';
import { runFixtures } from '../../src/node/index.js';
import { ROOT } from './run-train.js';

const DIR = join(ROOT, 'fixtures/scenarios');
const files = readdirSync(DIR).filter((f) => f.endsWith('.yaml')).map((f) => join(DIR, f));
const asList = (file: ReturnType<typeof fixtureFileSchema.parse>): Fixture[] => (Array.isArray(file) ? file : 'fixtures' in file ? file.fixtures : [file]);
const fixtures = files.flatMap((f) => asList(fixtureFileSchema.parse(parse(readFileSync(f, 'utf8')))));
const CEDILLA = /[ŞşŢţ]/;

describe('the training scenarios', () => {
  it('every scenario file passes runFixtures', async () => {
    const report = await runFixtures(files);
    const failed = report.results.filter((r) => !r.passed).map((r) => `${r.name}: ${JSON.stringify(r.mismatches ?? r.error)}`);
    expect(failed).toEqual([]);
    expect(report.passed).toBe(fixtures.length);
  });

  it('hold at least 10 scenarios, every fixture part of one', () => {
    expect(fixtures.every((f) => f.scenario !== undefined)).toBe(true);
    expect(new Set(fixtures.map((f) => f.scenario?.id)).size).toBeGreaterThanOrEqual(10);
  });

  it('are written in Romanian with comma-below ș and ț, never the cedilla forms', () => {
    for (const f of fixtures) {
      const ro = `${f.scenario?.title.ro ?? ''} ${f.scenario?.vignette.ro ?? ''}`;
      expect(ro, f.name).not.toMatch(CEDILLA);
      expect(ro, f.name).toMatch(/[ăâîșț]/);
    }
  });

  it('place cases on the day before and the day of each major legal change', () => {
    const names = fixtures.map((f) => f.name).join('\n');
    for (const day of ['2018-07-20', '2018-07-21', '2018-12-27', '2018-12-28', '2020-08-21', '2020-08-22', '2023-07-22', '2023-07-23', '2024-08-30', '2024-08-31', '2025-12-14', '2025-12-15']) {
      expect(names, day).toContain(`On ${day}`);
    }
  });

  it('cover both thresholds, both near misses, unknown answers, the victim opposing and a non-family case with and without an officer finding', () => {
    const expects = fixtures.map((f) => JSON.stringify(f.expect ?? {}));
    const cases = fixtures.map((f) => JSON.stringify(f.case));
    expect(expects.some((e) => e.includes('"met":true') && e.includes('"threshold":2'))).toBe(true);
    expect(expects.some((e) => e.includes('"yes":6') && e.includes('"threshold":6'))).toBe(true);
    expect(expects.some((e) => e.includes('"yes":1,"no":6'))).toBe(true);
    expect(expects.some((e) => e.includes('"yes":5,"no":9'))).toBe(true);
    expect(expects.some((e) => e.includes('"outcome":"possible"') && e.includes('decisiveItems'))).toBe(true);
    expect(expects.some((e) => e.includes('VICTIM_OPPOSES'))).toBe(true);
    expect(cases.some((c) => c.includes('"neighbour"') && c.includes('2025-') && c.includes('officerFinding'))).toBe(true);
    expect(cases.some((c) => c.includes('"neighbour"') && c.includes('2025-') && !c.includes('officerFinding'))).toBe(true);
  });
});
