import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { commandImpact } from '../../src/cli/command-impact.js';
import type { CliIo } from '../../src/cli/io.js';
import type { ImpactReport } from '../../src/cli/impact/render-impact.js';
import { readImpactCases } from '../../src/cli/impact/read-impact-cases.js';
import { evaluate, evaluateMany } from '../../src/index.js';
import { compareResults } from '../../src/cli/impact/compare-results.js';
import { exampleCase } from '../../src/cli/example-case.js';
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

/** Where each shipped case is whose court order comes from Law 240/2023's rule set, as the library judges it. */
async function casesUnderLaw240(): Promise<Array<string | undefined>> {
  const { cases } = await readImpactCases(SHIPPED, captureIo());
  return [...evaluateMany(cases.map((c) => c.case))]
    .filter((item) => 'result' in item && item.result.protectionOrder.ruleSet === 'ro-law-217-2003-protection-order/2023-07-23')
    .map((item) => cases[item.index]?.where);
}

describe('dv-rules impact', () => {
  it('Law 240/2023 against the 6 months before it shows exactly the cases it changes', async () => {
    const io = captureIo();

    const status = await commandImpact([...SHIPPED, '--rule-set', sixMonths, '--json'], io);

    const report = JSON.parse(io.stdout()) as ImpactReport;
    // The oracle: the cases whose court order, as shipped, comes from Law 240/2023's rule set.
    const underLaw240 = await casesUnderLaw240();
    expect(status).toBe(1);
    expect(underLaw240.length).toBeGreaterThan(10);
    expect(report.changes.map((c) => c.where)).toEqual(underLaw240);
    for (const c of report.changes) {
      expect(c.fields).toEqual(expect.arrayContaining([
        { field: 'protection order maximum months', from: 12, to: 6, ruleSet: { from: 'ro-law-217-2003-protection-order/2023-07-23', to: 'ro-law-217-2003-protection-order/2023-07-23 (user)' } },
      ]));
      expect(c.ruleSets).toEqual(['ro-law-217-2003-protection-order/2023-07-23 (user)']);
    }
    expect(report.cases).toBe((await readImpactCases(SHIPPED, captureIo())).cases.length);
  });

  it('--law-of 2023-07-22 judges every case under the law of that day: the 12 months become 6 for exactly the cases under Law 240/2023', async () => {
    const io = captureIo();

    const status = await commandImpact([...SHIPPED, '--law-of', '2023-07-22', '--json'], io);

    const report = JSON.parse(io.stdout()) as ImpactReport;
    const underLaw240 = await casesUnderLaw240();
    // Law 26/2024's cases change too (its 12-month order did not exist on 2023-07-22), but to no order, not to 6 months.
    const months = report.changes.filter((c) => c.fields.some((f) => f.field === 'protection order maximum months' && f.to === 6));
    expect(status).toBe(1);
    expect(report.change.lawOf).toBe('2023-07-22');
    expect(months.map((c) => c.where)).toEqual(underLaw240);
    for (const c of months) {
      expect(c.fields).toContainEqual({
        field: 'protection order maximum months', from: 12, to: 6,
        ruleSet: { from: 'ro-law-217-2003-protection-order/2023-07-23', to: 'ro-law-217-2003-protection-order/2023-07-23 (as ro-law-217-2003-protection-order/2012-05-12)' },
      });
    }
    // A mixed report stays readable: every changed field names the rule set behind it under the law of DATE.
    const fields = report.changes.flatMap((c) => c.fields);
    expect(fields.length).toBeGreaterThan(months.length);
    expect(fields.filter((f) => f.field !== 'outcome' && f.ruleSet.to === null && f.ruleSet.from === null)).toEqual([]);
    expect([...new Set(fields.map((f) => f.ruleSet.to?.replace(/\/.*/, '')))].length).toBeGreaterThan(1);
  });

  it('--change ro-law-217-2003-protection-order/2023-07-23 shows Law 240/2023 alone: exactly its cases, only its fields, 6 months become 12', async () => {
    const io = captureIo();

    const status = await commandImpact([...SHIPPED, '--change', 'ro-law-217-2003-protection-order/2023-07-23', '--json'], io);

    const report = JSON.parse(io.stdout()) as ImpactReport;
    const underLaw240 = await casesUnderLaw240();
    expect(status).toBe(1);
    expect(report.change.without).toBe('ro-law-217-2003-protection-order/2023-07-23');
    expect(underLaw240.length).toBeGreaterThan(10);
    expect(report.changes.map((c) => c.where)).toEqual(underLaw240);
    for (const c of report.changes) {
      expect(c.fields).toContainEqual({
        field: 'protection order maximum months', from: 6, to: 12,
        ruleSet: { from: 'ro-law-217-2003-protection-order/2023-07-23 (as ro-law-217-2003-protection-order/2012-05-12)', to: 'ro-law-217-2003-protection-order/2023-07-23' },
      });
      // Nothing of another change of law (Law 26/2024, Law 232/2025, the 2018 penalties) is mixed in.
      expect(c.fields.every((f) => f.ruleSet.to === 'ro-law-217-2003-protection-order/2023-07-23')).toBe(true);
      expect(c.ruleSets).toEqual(['ro-law-217-2003-protection-order/2023-07-23']);
    }
  });

  it('--change refuses a rule set that is not shipped, proposed, or first of its series', async () => {
    expect((await runWith(['impact', 'fixtures/examples', '--change', 'nope/2020-01-01'])).status).toBe(2);
    expect((await runWith(['impact', 'fixtures/examples', '--change', 'ro-law-217-2003-protection-order/2026-02-27'])).status).toBe(2);
    expect((await runWith(['impact', 'fixtures/examples', '--change', 'ro-protection-regime/2012-05-12'])).status).toBe(2);
  });

  it('compares the next steps and the referrals too, each with the rule set behind it', async () => {
    const before = await evaluate(exampleCase);
    const after = structuredClone(before);
    const step = after.nextSteps[0];
    if (step === undefined || after.referrals.victim === null) throw new Error('the example has next steps and referrals');
    step.applies = step.applies === 'yes' ? 'if' : 'yes';
    after.referrals.victim.services = after.referrals.victim.services.slice(1);

    const fields = compareResults(before, after);

    expect(fields.map((f) => f.field)).toEqual([`next step ${step.id}`, 'victim referred to']);
    expect(fields[0]?.ruleSet).toEqual({ from: step.ruleSet, to: step.ruleSet });
    expect(fields[1]?.ruleSet.to).toBe(before.referrals.victim?.ruleSet);
  });

  it('a folder of case files: a bad file is an error of its own (exit 2), never a case; a folder marked .not-fixtures is skipped', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'dv-rules-impact-folder-'));
    const good = { schemaVersion: 1, incidentAt: '2024-03-01T21:15:00+02:00', relationship: 'spouse', riskForm: { answers: { q1: 'yes' } } };
    writeFileSync(join(folder, 'a-good.json'), JSON.stringify(good));
    writeFileSync(join(folder, 'b-broken.json'), '{"schemaVersion": 1,');
    writeFileSync(join(folder, 'c-not-a-case.json'), JSON.stringify({ hello: 'world' }));
    const io = captureIo();

    const status = await commandImpact([folder, 'fixtures/invalid', '--include-proposed', '--json'], io);

    const report = JSON.parse(io.stdout()) as ImpactReport;
    expect(status).toBe(2);
    expect(report.cases).toBe(1);
    expect(report.errors.map((e) => [e.where, e.error.code])).toEqual([[join(folder, 'b-broken.json'), 'INVALID_JSON'], [join(folder, 'c-not-a-case.json'), 'INVALID_CASE']]);
    expect(report.skipped).toEqual(['fixtures/invalid']);
    expect(report.errors.every((e) => !/^\w+: /.test(e.error.message))).toBe(true);
  });

  it('a bad NDJSON line does not stop the report: {line, error} and exit 2, and the other lines are judged', async () => {
    const file = join(dir, 'one-bad-line.ndjson');
    const aCase = { schemaVersion: 1, incidentAt: '2024-03-01T21:15:00+02:00', relationship: 'spouse', riskForm: { answers: { q1: 'yes' } } };
    writeFileSync(file, `${JSON.stringify(aCase)}
{"schemaVersion":
${JSON.stringify(aCase)}
`);
    const io = captureIo();

    const status = await commandImpact([file, '--include-proposed', '--json'], io);

    const report = JSON.parse(io.stdout()) as ImpactReport;
    expect(status).toBe(2);
    expect(report.cases).toBe(2);
    expect(report.errors).toEqual([{ where: `${file}:2`, line: 2, error: { code: 'INVALID_JSON', message: expect.any(String), file, issues: [{ path: '$', message: expect.any(String) }] } }]);
  });

  it('--include-proposed shows which cases the bill would change, as Markdown for a merge request', async () => {
    const io = captureIo();

    const status = await commandImpact(['fixtures/legal-changes', '--include-proposed', '--format', 'markdown'], io);

    const rows = io.stdout().split('\n').filter((l) => l.startsWith('| fixtures/'));
    expect(status).toBe(1);
    expect(io.stdout().split('\n')[0]).toMatch(/^### Impact: \d+ of \d+ cases change$/);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.includes('| protection order maximum months | 12 | 24 | ro-law-217-2003-protection-order/2023-07-23 → ro-law-217-2003-protection-order/2026-02-27 (proposed) |'))).toBe(true);
  });

  it('names a case by its line and its own ref, never by its content, and exits 0 when nothing changes', async () => {
    const MARKER = 'Zanzibar-7731';
    const file = join(dir, 'cases.ndjson');
    const aCase = { schemaVersion: 1, incidentAt: '2019-03-01T21:15:00+02:00', relationship: 'spouse', riskForm: { answers: { q1: 'yes', q4: 'yes' }, officerFinding: { imminentRisk: true, reason: MARKER } } };
    writeFileSync(file, `${JSON.stringify({ ...aCase, ref: 'IPJ-2019-0042' })}\n\n${JSON.stringify(aCase)}\n`);
    const io = captureIo();

    const status = await commandImpact([file, '--rule-set', sixMonths], io);

    expect(status).toBe(0);
    expect(io.stdout()).toBe('2 cases: 0 change, 0 errors\n');
    const json = captureIo();
    await commandImpact([file, '--include-proposed', '--json'], json);
    expect(json.stdout()).not.toContain(MARKER);
    expect((await readImpactCases([file], captureIo())).cases.map((c) => [c.where, c.ref])).toEqual([[`${file}:1`, 'IPJ-2019-0042'], [`${file}:3`, undefined]]);
  });

  describe('with an agency\'s assumed in-force day (--assume): Law 232/2025 in force from 2026-01-10', () => {
    const assume = join(dir, 'law-232-day.json');
    writeFileSync(assume, JSON.stringify(['ro-order-breach', 'ro-law-217-2003-provisional-order', 'ro-police-intervention'].map((s) => ({ ruleSet: `${s}/2025-12-15`, effectiveFrom: '2026-01-10', source: 'memo' }))));
    const cases = join(dir, 'repeat-breach.ndjson');
    writeFileSync(cases, `${JSON.stringify({ schemaVersion: 1, incidentAt: '2025-11-01T10:00:00+02:00', relationship: 'spouse', breachedOrder: 'court', priorBreachConviction: true, events: { breachAt: '2026-01-05T20:00:00+02:00' } })}\n`);
    const json = async (args: string[]): Promise<{ status: number; report: ImpactReport }> => {
      const io = captureIo();
      const status = await commandImpact([cases, ...args, '--assume', assume, '--json'], io);
      return { status, report: JSON.parse(io.stdout()) as ImpactReport };
    };

    it('--law-of 2026-01-06 chooses the law by the assumed day: a repeat breach on 2026-01-05 changes nothing', async () => {
      const { status, report } = await json(['--law-of', '2026-01-06']);
      expect(report.changes).toEqual([]);
      expect(status).toBe(0);
    });

    it('--law-of 2026-01-12, after the assumed day, raises the penalty by half', async () => {
      const { status, report } = await json(['--law-of', '2026-01-12']);
      expect(status).toBe(1);
      expect(report.changes[0]?.fields).toContainEqual(expect.objectContaining({ field: 'breach penalty months', from: { min: 6, max: 60 }, to: { min: 9, max: 90 } }));
    });

    it('the report says it rests on the assumptions: in the JSON change, and on one line of the text, in Romanian too', async () => {
      const { report } = await json(['--law-of', '2026-01-12']);
      expect(report.change.assumptions.map((a) => [a.ruleSet, a.effectiveFrom])).toEqual([['ro-order-breach/2025-12-15', '2026-01-10'], ['ro-law-217-2003-provisional-order/2025-12-15', '2026-01-10'], ['ro-police-intervention/2025-12-15', '2026-01-10']]);
      const ro = captureIo();
      await commandImpact([cases, '--law-of', '2026-01-12', '--assume', assume, '--lang', 'ro'], ro);
      expect(ro.stdout()).toContain('Valori furnizate de utilizator (3): ro-order-breach/2025-12-15 în vigoare de la 2026-01-10 (sursa: memo)');
      expect(ro.stdout()).toContain('6–60 → 9–90');
      expect(ro.stdout()).not.toMatch(/"ore"|"min"/);
    });

    it('--change of the breach rule set is measured, not refused, and with the assumed day changes nothing for a breach before it', async () => {
      const { status, report } = await json(['--change', 'ro-order-breach/2025-12-15']);
      expect(report.errors).toEqual([]);
      expect(report.changes).toEqual([]);
      expect(status).toBe(0);
    });
  });

  it('counts in words that agree with the number, in English and in Romanian ("1 case", "1 caz", "20 de cazuri")', async () => {
    const file = join(dir, 'one-case.ndjson');
    writeFileSync(file, `${JSON.stringify({ schemaVersion: 1, incidentAt: '2019-03-01T21:15:00+02:00', relationship: 'spouse' })}\n`);
    const en = captureIo();
    await commandImpact([file, '--rule-set', sixMonths], en);
    expect(en.stdout()).toBe('1 case: 0 change, 0 errors\n');
    const ro = captureIo();
    await commandImpact([file, '--rule-set', sixMonths, '--lang', 'ro'], ro);
    expect(ro.stdout()).toBe('1 caz: 0 se schimbă, 0 erori\n');
    const many = join(dir, 'twenty-cases.ndjson');
    writeFileSync(many, `${JSON.stringify({ schemaVersion: 1, incidentAt: '2019-03-01T21:15:00+02:00', relationship: 'spouse' })}\n`.repeat(20));
    const ro20 = captureIo();
    await commandImpact([many, '--rule-set', sixMonths, '--lang', 'ro'], ro20);
    expect(ro20.stdout()).toBe('20 de cazuri: 0 se schimbă, 0 erori\n');
  });

  it('refuses a missing change, a missing file or a bad format with exit status 2', async () => {
    expect((await runWith(['impact', 'fixtures/examples'])).status).toBe(2);
    expect((await runWith(['impact', join(dir, 'nope'), '--include-proposed'])).status).toBe(2);
    expect((await runWith(['impact', 'fixtures/examples', '--include-proposed', '--format', 'html'])).status).toBe(2);
    expect((await runWith(['impact', 'fixtures/examples', '--include-proposed', '--law-of', '2023-07-22'])).status).toBe(2);
    expect((await runWith(['impact', 'fixtures/examples', '--law-of', '22.07.2023'])).status).toBe(2);
  });
});
