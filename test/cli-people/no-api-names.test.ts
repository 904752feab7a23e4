import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { plainMessage } from '../../src/cli/describe-error.js';
import { runCli } from '../../src/cli/run-cli.js';
import type { CliIo } from '../../src/cli/io.js';

const dir = mkdtempSync(join(tmpdir(), 'dv-rules-api-names-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
// An API name at the head of a message: `evaluateSync: `, `evaluate: `, `dv-rules deadlines: `.
const API_NAME = /"message":"(?:dv-rules(?: \w+)?|[a-z][A-Za-z]*): |dv-rules: (?:dv-rules|[a-z][A-Za-z]*): /;

async function run(argv: string[], stdin = '', tty = false) {
  let out = '';
  let err = '';
  const io: CliIo = { readStdin: async () => stdin, out: (t) => void (out += t), err: (t) => void (err += t), color: false, errIsTTY: tty };
  const status = await runCli(argv, io);
  return { status, out, err };
}

describe('no internal function name reaches a person', () => {
  it('plainMessage takes off every leading API name and puts system codes in words', () => {
    expect(plainMessage('evaluateSync: the case is invalid')).toBe('the case is invalid');
    expect(plainMessage('dv-rules deadlines: cannot write x.ics (ENOENT)')).toBe('cannot write x.ics: there is no such file or folder');
    expect(plainMessage('dv-rules: evaluate: standard input is empty')).toBe('standard input is empty');
    // A code not listed is said neutrally: it may come from a write (an audit met "it cannot be read" for one).
    expect(plainMessage('cannot write to standard output (EAGAIN)')).toBe('cannot write to standard output: an input/output error');
  });

  it('evaluate --ndjson error lines, fixture failures and impact errors name no API', async () => {
    const fixture = join(dir, 'refused.yaml');
    writeFileSync(fixture, 'fixtures:\n  - name: a case the library refuses\n    case: { schemaVersion: 1 }\n    expect: { determination: { imminentRisk: true } }\n');

    const ndjson = await run(['evaluate', '--ndjson', '-'], '{}\n{"a":\n');
    const fixtures = await run(['fixtures', fixture]);
    const impact = await run(['impact', '-', '--include-proposed', '--json'], '{}\n');

    expect(ndjson.status).toBe(2);
    expect(ndjson.out.trim().split('\n')).toHaveLength(2);
    for (const text of [ndjson.out, impact.out, fixtures.out]) {
      expect(text).not.toMatch(API_NAME);
      expect(text).not.toMatch(/evaluateSync|evaluateMany|runFixtures/);
    }
    expect(fixtures.out).toContain('error INVALID_CASE: the case is invalid');
  });

  it('errors on a terminal and as JSON name no API', async () => {
    for (const [argv, stdin] of [[['evaluate', '-'], '{}'], [['evaluate', '--ndjson', join(dir, 'nope.ndjson')], ''], [['evaluate', '-'], '']] as const) {
      for (const tty of [false, true]) {
        const r = await run([...argv], stdin, tty);
        expect(r.status).toBe(2);
        expect(r.err).not.toMatch(API_NAME);
        expect(r.err).not.toMatch(/\b(evaluateSync|evaluate|runFixtures|readDataFile): /);
      }
    }
  });
});
