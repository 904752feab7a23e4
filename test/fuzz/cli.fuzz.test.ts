import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { CliIo } from '../../src/cli/io.js';
import { runCli } from '../../src/cli/run-cli.js';
import { errorCodeSchema } from '../../src/index.js';
import { demoCase, validCaseArb } from './case-arbitrary.js';
import { expectNoPollution, MARKER, RUNS } from './fuzz-kit.js';

/** Files the generated command lines may name; every other path argument does not exist. */
const files: Record<string, string> = {};

beforeAll(() => {
  const dir = mkdtempSync(join(tmpdir(), 'dv-rules-cli-fuzz-'));
  const write = (name: string, text: string): void => {
    files[name] = join(dir, name);
    writeFileSync(files[name], text);
  };
  write('case.json', JSON.stringify(demoCase));
  write('secret-case.json', JSON.stringify({ ...demoCase, relationship: MARKER }));
  write('broken.json', `{"schemaVersion": 1, "relationship": "${MARKER}",`);
  write('case.yaml', `schemaVersion: 1\nincidentAt: "2024-03-02T21:15:00+02:00"\nrelationship: spouse\n`);
  write('fixture.json', JSON.stringify({ name: 'On 2024-03-02 two YES answers establish imminent risk', case: demoCase, expect: { riskAssessment: { imminentRisk: true } } }));
  write('not-a-rule-set.json', JSON.stringify({ id: MARKER }));
  write('result.json', JSON.stringify({ receipt: { library: { name: 'dv-rules-ro', version: '0' }, ruleSets: [{ id: MARKER, sha256: MARKER }] } }));
});

afterEach(() => expectNoPollution());

function fakeIo(stdin: string): CliIo & { stdout: () => string; stderr: () => string } {
  let out = '';
  let err = '';
  return {
    readStdin: async () => stdin,
    out: (t) => void (out += t),
    err: (t) => void (err += t),
    color: false,
    stdout: () => out,
    stderr: () => err,
  };
}

const command = fc.oneof(
  { weight: 6, arbitrary: fc.constant('evaluate') },
  { weight: 4, arbitrary: fc.constantFrom('demo', 'rules', 'schema', 'fixtures', 'verify') },
  { weight: 1, arbitrary: fc.constantFrom('help', '--help', '-h', '--version', '-v', 'evaluat', '', '-', MARKER) },
);
const booleanFlag = fc.constantFrom('--json', '--include-proposed');
const stringFlag = fc.constantFrom('--rule-set', '--as-of', '--form-selection', '--hour-term-start', '--working-day-shift', '--result', '--lang', '--register', '--labels');
const oddFlag = fc.constantFrom('--', '--unknown', '-x', '--json=1', '--as-of=2024-03-05T10:00:00+02:00', `--as-of=${MARKER}`, '--rule-set');
const knownValue = fc.constantFrom('case', 'result', 'rule-set', 'fixture', 'label-pack', 'seed', 'law-scope', 'clock', 'next-midnight', 'as-declared', 'next-working-day', 'ro', 'en', 'legal', 'plain', '2024-03-05T10:00:00+02:00', MARKER);
const fileValue = fc.constantFrom('case.json', 'secret-case.json', 'broken.json', 'case.yaml', 'fixture.json', 'not-a-rule-set.json', 'result.json').map((n) => files[n] ?? n);
// Random text that names no existing path (so no command wanders the file system).
const randomValue = fc.string({ maxLength: 30 }).filter((s) => !existsSync(s));
const value = fc.oneof({ weight: 3, arbitrary: knownValue }, { weight: 2, arbitrary: fileValue }, { weight: 1, arbitrary: randomValue });
const option = fc.oneof(
  { weight: 3, arbitrary: booleanFlag.map((f) => [f]) },
  { weight: 4, arbitrary: fc.tuple(stringFlag, value) },
  { weight: 1, arbitrary: oddFlag.map((f) => [f]) },
);
const argvArb = fc.oneof(
  {
    weight: 6,
    arbitrary: fc
      .tuple(command, fc.array(option, { maxLength: 3 }), fc.array(fc.oneof(value, fc.constant('-')), { maxLength: 2 }))
      .map(([c, opts, positionals]) => [c, ...opts.flat(), ...positionals]),
  },
  { weight: 1, arbitrary: fc.array(fc.oneof(randomValue, oddFlag, stringFlag), { maxLength: 5 }) },
  // Command lines that get past argument parsing, so the commands themselves are exercised.
  {
    weight: 3,
    arbitrary: fc
      .tuple(
        fc.constantFrom(
          ['evaluate'],
          ['evaluate', '-', '--json'],
          ['evaluate', 'case.json'],
          ['evaluate', 'secret-case.json'],
          ['evaluate', 'broken.json'],
          ['evaluate', 'case.yaml', '--json'],
          ['evaluate', '--rule-set', 'not-a-rule-set.json'],
          ['demo', '--json'],
          ['schema', 'case'],
          ['fixtures', 'fixture.json'],
          ['fixtures', 'secret-case.json'],
          ['verify', '--result', 'result.json'],
          ['verify', '--result', 'secret-case.json', '--json'],
          ['verify', '--result', 'broken.json'],
        ),
        fc.array(fc.tuple(fc.constantFrom('--as-of', '--form-selection', '--hour-term-start', '--working-day-shift', '--lang', '--register'), knownValue), { maxLength: 2 }),
      )
      .map(([template, opts]) => [...template.map((t) => files[t] ?? t), ...(template[0] === 'evaluate' ? opts.flat() : [])]),
  },
);
const stdinArb = fc.oneof(
  { weight: 4, arbitrary: validCaseArb.map((c) => JSON.stringify(c)) },
  { weight: 1, arbitrary: fc.constant(JSON.stringify({ ...demoCase, incidentAt: `2024-03-02T21:15:00${MARKER}` })) },
  { weight: 1, arbitrary: fc.constant(`{"relationship": "${MARKER}"`) },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v)) },
  { weight: 1, arbitrary: fc.string({ maxLength: 50 }) },
);

describe('dv-rules under fuzzing: an exit status 0-3 and at most one clean JSON error', () => {
  it('answers any command line with a known status, one JSON error object at most, no stack and no case data', async () => {
    const known = new Set<string>(errorCodeSchema.options);
    await fc.assert(
      fc.asyncProperty(argvArb, stdinArb, async (argv, stdin) => {
        const io = fakeIo(stdin);
        const status = await runCli(argv, io);
        expectNoPollution();
        expect([0, 1, 2, 3]).toContain(status);
        const stderr = io.stderr();
        if (stderr === '') {
          expect(status).toBeLessThan(2);
          return;
        }
        expect(status).toBeGreaterThanOrEqual(2);
        // A refusal prints nothing on standard output, so a caller never half-reads a result.
        expect(io.stdout()).toBe('');
        expect(stderr.endsWith('\n')).toBe(true);
        expect(stderr.trimEnd().split('\n')).toHaveLength(1);
        const parsed = JSON.parse(stderr) as { error: { code: string; message: string; issues: unknown[] } };
        expect(Object.keys(parsed)).toEqual(['error']);
        expect(known.has(parsed.error.code)).toBe(true);
        expect(stderr).not.toMatch(/ {4}at /);
        // Case data (here, what came on standard input or from a case file) never reaches an error.
        if (!argv.some((a) => a.includes(MARKER))) expect(stderr).not.toContain(MARKER);
      }),
      { numRuns: RUNS.cliArgv },
    );
  });
});
