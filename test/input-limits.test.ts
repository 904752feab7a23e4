import { describe, expect, it } from 'vitest';
import { DvRulesError, evaluate } from '../src/index.js';
import { loadRuleSetFile } from '../src/node/index.js';
import { refusal } from './support/refusal.js';

// Bounds that keep a hostile or broken input from exhausting memory, or from coming back whole
// inside the error that refuses it.


const spouses = { schemaVersion: 1, incidentAt: '2024-03-02T21:15:00+02:00', relationship: 'spouse' };

describe('input limits', () => {
  it('refuses a file that never ends (/dev/zero) as larger than 2 MiB, having read only just past the limit', async () => {
    const e = await refusal(loadRuleSetFile('/dev/zero'));

    expect(e.code).toBe('FILE_NOT_READABLE');
    expect(e.message).toContain('larger than 2097152 bytes');
  });

  it('reports at most 100 issues and a count of the rest for a case with 5 000 unknown fields', async () => {
    const wide = { ...spouses, ...Object.fromEntries(Array.from({ length: 5_000 }, (_, i) => [`field${i}`, i])) };

    const e = await refusal(evaluate(wide));

    expect(e.code).toBe('INVALID_CASE');
    expect(e.issues).toHaveLength(101);
    expect(e.issues[100]).toEqual({ path: '$', message: '4900 more issues not listed' });
  });

  it('refuses a case with 100 000 fields as too large (INPUT_TOO_LARGE) before looking at any of them', async () => {
    const wide = { ...spouses, ...Object.fromEntries(Array.from({ length: 100_000 }, (_, i) => [`field${i}`, i])) };

    const e = await refusal(evaluate(wide));

    expect(e.code).toBe('INPUT_TOO_LARGE');
    expect(e.issues).toEqual([{ path: '$', message: 'More than 10000 keys in one object' }]);
  });

  it('refuses a case nested 33 levels deep as too large', async () => {
    let deep: unknown = 1;
    for (let i = 0; i < 33; i++) deep = [deep];

    const e = await refusal(evaluate({ ...spouses, deep }));

    expect(e.code).toBe('INPUT_TOO_LARGE');
    expect(e.issues[0]?.message).toBe('Nested deeper than 32 levels');
  });

  it('cuts a 100 000-character unknown key in the path it reports, so the error does not carry the input', async () => {
    const key = `k${'x'.repeat(100_000)}`;

    const e = await refusal(evaluate({ ...spouses, [key]: true }));

    const path = e.issues[0]?.path ?? '';
    expect(path.length).toBeLessThanOrEqual(64);
    expect(path.endsWith('…')).toBe(true);
    expect(JSON.stringify(e.toJSON()).length).toBeLessThan(1000);
  });
});

describe('JSON documents read from files and standard input', () => {
  it('refuses a key given twice ("q1": "yes", then "q1": "no") with INVALID_JSON and its line, instead of silently keeping the last', async () => {
    const { runCli } = await import('../src/cli/run-cli.js');
    let err = '';
    const io = {
      readStdin: async () => '{"schemaVersion": 1, "incidentAt": "2024-03-02T21:15:00+02:00", "relationship": "spouse",\n "riskForm": {"answers": {"q1": "yes", "q1": "no"}}}',
      out: () => undefined,
      err: (t: string) => void (err += t),
      color: false,
    };

    const status = await runCli(['evaluate', '-'], io);

    expect(status).toBe(2);
    const error = (JSON.parse(err) as { error: { code: string; issues: Array<{ message: string }> } }).error;
    expect(error.code).toBe('INVALID_JSON');
    expect(error.issues[0]?.message).toMatch(/^Duplicate key at line 2, column \d+/);
    expect(err).not.toContain('"yes"');
  });

  it('reads a case file that starts with a UTF-8 byte-order mark', async () => {
    const { runCli } = await import('../src/cli/run-cli.js');
    let out = '';
    const io = {
      readStdin: async () => `\uFEFF${JSON.stringify({ ...spouses, riskForm: { answers: { q1: 'yes', q2: 'yes' } } })}`,
      out: (t: string) => void (out += t),
      err: () => undefined,
      color: false,
    };

    expect(await runCli(['evaluate', '-', '--json'], io)).toBe(0);
    expect((JSON.parse(out) as { riskAssessment: { imminentRisk: boolean } }).riskAssessment.imminentRisk).toBe(true);
  });
});

describe('public functions called with the wrong arguments', () => {
  it('answer with INVALID_ARGUMENTS, never a TypeError', async () => {
    const { jsonSchema, parseDataText, runFixtureDocuments } = await import('../src/index.js');
    const { runFixtures } = await import('../src/node/index.js');

    expect(() => jsonSchema('bogus' as never)).toThrow(DvRulesError);
    expect(() => parseDataText(42 as never)).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENTS' }));
    await expect(runFixtures(42 as never)).rejects.toMatchObject({ code: 'INVALID_ARGUMENTS' });
    await expect(runFixtures(null as never)).rejects.toMatchObject({ code: 'INVALID_ARGUMENTS' });
    await expect(runFixtures([''])).rejects.toMatchObject({ code: 'INVALID_ARGUMENTS' });
    await expect(runFixtureDocuments(42 as never)).rejects.toMatchObject({ code: 'INVALID_ARGUMENTS' });
    await expect(runFixtureDocuments([])).rejects.toMatchObject({ code: 'INVALID_ARGUMENTS' });
    await expect(runFixtureDocuments([{ file: '', content: {} }])).rejects.toMatchObject({ code: 'INVALID_ARGUMENTS' });
  });
});
