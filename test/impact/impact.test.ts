import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { commandImpact } from '../../src/cli/command-impact.js';
import type { CliIo } from '../../src/cli/io.js';
import type { ImpactReport } from '../../src/cli/impact/render-impact.js';
import { readImpactCases } from '../../src/cli/impact/read-impact-cases.js';
import { evaluateMany } from '../../src/index.js';
import { runWith } from '../romanian/scan-kit.js';

function captureIo(): CliIo & { stdout: () => string } {
  let out = '';
  return { readStdin: async () => '', out: (t) => void (out += t), err: () => undefined, color: false, stdout: () => out };
}

const dir = mkdtempSync(join(tmpdir(), 'dv-rules-impact-'));
// Law 240/2023's rule set with the 6 months of the law before it: what the cases would be without Law 240/2023.
const sixMonths = join(dir, 'six-months.json');
const law240 = JSON.parse(readFileSync('rules/ro-law-217-2003-protection-order/2023-07-23.json', 'utf8')) as Record<string, any>;
delete law240['$schema'];
law240['parameters']['maxMonths']['value'] = 6;
law240['parameters']['defaultMonths']['value'] = 6;
writeFileSync(sixMonths, JSON.stringify(law240));
const SHIPPED = ['fixtures/legal-changes', 'fixtures/scenarios', 'fixtures/examples'];

describe('dv-rules impact', () => {
  it('Law 240/2023 against the 6 months before it shows exactly the cases it changes', async () => {
    const io = captureIo();

    const status = await commandImpact([...SHIPPED, '--rule-set', sixMonths, '--json'], io);

    const report = JSON.parse(io.stdout()) as ImpactReport;
    // The oracle: the cases whose court order, as shipped, comes from Law 240/2023's rule set.
    const cases = await readImpactCases(SHIPPED, captureIo());
    const underLaw240 = [...evaluateMany(cases.map((c) => c.case))]
      .filter((item) => 'result' in item && item.result.protectionOrder.ruleSet === 'ro-law-217-2003-protection-order/2023-07-23')
      .map((item) => cases[item.index]?.where);
    expect(status).toBe(1);
    expect(underLaw240.length).toBeGreaterThan(10);
    expect(report.changes.map((c) => c.where)).toEqual(underLaw240);
    for (const c of report.changes) {
      expect(c.fields).toEqual(expect.arrayContaining([{ field: 'protection order maximum months', from: 12, to: 6 }]));
      expect(c.ruleSets).toEqual(['ro-law-217-2003-protection-order/2023-07-23 (user)']);
    }
    expect(report.cases).toBe(cases.length);
  });

  it('--law-of 2023-07-22 judges every case under the law of that day: the 12 months become 6 for exactly the cases under Law 240/2023', async () => {
    const io = captureIo();

    const status = await commandImpact([...SHIPPED, '--law-of', '2023-07-22', '--json'], io);

    const report = JSON.parse(io.stdout()) as ImpactReport;
    const cases = await readImpactCases(SHIPPED, captureIo());
    const underLaw240 = [...evaluateMany(cases.map((c) => c.case))]
      .filter((item) => 'result' in item && item.result.protectionOrder.ruleSet === 'ro-law-217-2003-protection-order/2023-07-23')
      .map((item) => cases[item.index]?.where);
    // Law 26/2024's cases change too (its 12-month order did not exist on 2023-07-22), but to no order, not to 6 months.
    const months = report.changes.filter((c) => c.fields.some((f) => f.field === 'protection order maximum months' && f.to === 6));
    expect(status).toBe(1);
    expect(report.change.lawOf).toBe('2023-07-22');
    expect(months.map((c) => c.where)).toEqual(underLaw240);
    for (const c of months) {
      expect(c.fields).toContainEqual({ field: 'protection order maximum months', from: 12, to: 6 });
      expect(c.ruleSets).toContain('ro-law-217-2003-protection-order/2023-07-23 (as ro-law-217-2003-protection-order/2012-05-12)');
    }
  });

  it('--include-proposed shows which cases the bill would change, as Markdown for a merge request', async () => {
    const io = captureIo();

    const status = await commandImpact(['fixtures/legal-changes', '--include-proposed', '--format', 'markdown'], io);

    const rows = io.stdout().split('\n').filter((l) => l.startsWith('| fixtures/'));
    expect(status).toBe(1);
    expect(io.stdout().split('\n')[0]).toMatch(/^### Impact: \d+ of \d+ cases change$/);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.includes('| protection order maximum months | 12 | 24 | ro-law-217-2003-protection-order/2026-02-27 (proposed) |'))).toBe(true);
  });

  it('names a case by its line and its own ref, never by its content, and exits 0 when nothing changes', async () => {
    const MARKER = 'Zanzibar-7731';
    const file = join(dir, 'cases.ndjson');
    const aCase = { schemaVersion: 1, incidentAt: '2019-03-01T21:15:00+02:00', relationship: 'spouse', riskForm: { answers: { q1: 'yes', q4: 'yes' }, officerFinding: { imminentRisk: true, reason: MARKER } } };
    writeFileSync(file, `${JSON.stringify({ ...aCase, ref: 'IPJ-2019-0042' })}\n\n${JSON.stringify(aCase)}\n`);
    const io = captureIo();

    const status = await commandImpact([file, '--rule-set', sixMonths], io);

    expect(status).toBe(0);
    expect(io.stdout()).toBe('2 cases: 0 change, 0 refused\n');
    const json = captureIo();
    await commandImpact([file, '--include-proposed', '--json'], json);
    expect(json.stdout()).not.toContain(MARKER);
    expect((await readImpactCases([file], captureIo())).map((c) => [c.where, c.ref])).toEqual([[`${file}:1`, 'IPJ-2019-0042'], [`${file}:3`, undefined]]);
  });

  it('refuses a missing change, a missing file or a bad format with exit status 2', async () => {
    expect((await runWith(['impact', 'fixtures/examples'])).status).toBe(2);
    expect((await runWith(['impact', join(dir, 'nope'), '--include-proposed'])).status).toBe(2);
    expect((await runWith(['impact', 'fixtures/examples', '--include-proposed', '--format', 'html'])).status).toBe(2);
    expect((await runWith(['impact', 'fixtures/examples', '--include-proposed', '--law-of', '2023-07-22'])).status).toBe(2);
    expect((await runWith(['impact', 'fixtures/examples', '--law-of', '22.07.2023'])).status).toBe(2);
  });
});
