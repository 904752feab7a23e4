import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { commandFixtures } from '../../src/cli/command-fixtures.js';
import { exitStatusFor } from '../../src/cli/exit-status.js';
import type { CliIo } from '../../src/cli/io.js';

function captureIo(): CliIo & { stdout: () => string } {
  let out = '';
  return { readStdin: async () => '', out: (t) => void (out += t), err: () => undefined, color: false, stdout: () => out };
}

const twoYes = { schemaVersion: 1, incidentAt: '2019-03-01T20:00:00+02:00', relationship: 'spouse', riskForm: { answers: { q1: 'yes', q4: 'yes' } } };

describe('dv-rules fixtures', () => {
  it('prints one ok line per example fixture and ends with the totals, exiting 0', async () => {
    const io = captureIo();
    const status = await commandFixtures(['fixtures/examples'], io);
    const lines = io.stdout().trimEnd().split('\n');
    expect(status).toBe(0);
    expect(lines.at(-1)).toMatch(/^\d+ passed, 0 failed$/);
    expect(lines.slice(0, -1).every((l) => l.startsWith('ok   fixtures'))).toBe(true);
    expect(lines).toContain('ok   fixtures/examples/police-risk-form-2018.yaml › On 2019-03-01 two YES answers among questions 1-7 establish imminent risk');
  });

  it('prints FAIL with indented mismatch lines and exits 1 when a fixture fails', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'dv-rules-cli-')), 'wrong.yaml');
    writeFileSync(file, JSON.stringify({ name: 'A deliberately wrong expectation', case: twoYes, expect: { riskAssessment: { outcome: 'excluded' } } }));
    const io = captureIo();
    const status = await commandFixtures([file], io);
    expect(status).toBe(1);
    expect(io.stdout()).toBe(
      `FAIL ${file} › A deliberately wrong expectation\n    at $.riskAssessment.outcome: expected "excluded", got "established"\n0 passed, 1 failed\n`,
    );
  });

  it('prints the report as JSON with --json', async () => {
    const io = captureIo();
    await commandFixtures(['--json', 'fixtures/examples/refused-cases.yaml'], io);
    const report = JSON.parse(io.stdout()) as { passed: number; failed: number; results: unknown[] };
    expect(report).toMatchObject({ passed: 2, failed: 0 });
    expect(report.results).toHaveLength(2);
  });

  it('refuses to run without paths or with an unknown flag, as a usage error', async () => {
    await expect(commandFixtures([], captureIo())).rejects.toMatchObject({ code: 'INVALID_ARGUMENTS' });
    await expect(commandFixtures(['--jsn', 'fixtures/examples'], captureIo())).rejects.toMatchObject({ code: 'INVALID_ARGUMENTS' });
  });

  it('throws an invalid fixture file for the CLI to print, which exits 2', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'dv-rules-cli-')), 'bad.json');
    writeFileSync(file, JSON.stringify({ name: 'x', case: twoYes }));
    await expect(commandFixtures([file], captureIo())).rejects.toMatchObject({ code: 'INVALID_FIXTURE', file });
    expect(exitStatusFor('INVALID_FIXTURE')).toBe(2);
  });
});
