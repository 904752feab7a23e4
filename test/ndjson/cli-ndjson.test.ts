import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { batchErrorSchema, resultSchema } from '../../src/index.js';
import { caseLine, CLI, dvRules, MARKER, outputLines } from './ndjson-kit.js';

let dir = '';

beforeAll(() => {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run "npm run build" before these tests (npm test does it)`);
  dir = mkdtempSync(join(tmpdir(), 'dv-rules-ndjson-test-'));
});

afterAll(() => {
  if (dir !== '') rmSync(dir, { recursive: true, force: true });
});

const isResult = (line: Record<string, unknown> | undefined): boolean => resultSchema.safeParse(line).success;

function refusedLine(line: Record<string, unknown> | undefined): { line: number; code: string } {
  expect(Object.keys(line ?? {})).toEqual(['line', 'error']);
  const error = batchErrorSchema.parse(line?.['error']);
  return { line: line?.['line'] as number, code: error.code };
}

describe('dv-rules evaluate --ndjson', () => {
  it('printf of three cases, the second broken: two results and one coded error naming line 2, exit status 2', () => {
    const r = spawnSync('bash', ['-c', `printf '%s\\n' '${caseLine()}' '{"schemaVersion":1,' '${caseLine({ relationship: 'partner' })}' | "${process.execPath}" ${CLI} evaluate --ndjson`], { encoding: 'utf8', timeout: 60_000 });

    const lines = outputLines(r.stdout);

    expect(r.status).toBe(2);
    expect(lines).toHaveLength(3);
    expect(isResult(lines[0])).toBe(true);
    expect(refusedLine(lines[1])).toEqual({ line: 2, code: 'INVALID_JSON' });
    expect(isResult(lines[2])).toBe(true);
    expect(r.stderr).toBe('');
  });

  it('writes each result as one compact line, equal to what "evaluate --json" prints, and exits 0 when every line had a result', () => {
    const single = dvRules(['evaluate', '--json', '-'], caseLine());

    const run = dvRules(['evaluate', '--ndjson'], `${caseLine()}\n${caseLine()}\n`);

    expect(run.status).toBe(0);
    expect(run.stdout.split('\n')).toEqual([JSON.stringify(JSON.parse(single.stdout)), JSON.stringify(JSON.parse(single.stdout)), '']);
    expect(run.stderr).toBe('');
  });

  it('skips blank lines but counts them, so a refused line is named by its number in the input', () => {
    const run = dvRules(['evaluate', '--ndjson', '-'], `\n${caseLine()}\n   \n\r\n${caseLine({ relationship: MARKER })}\n\n`);

    const lines = outputLines(run.stdout);

    expect(run.status).toBe(2);
    expect(lines).toHaveLength(2);
    expect(refusedLine(lines[1])).toEqual({ line: 5, code: 'INVALID_CASE' });
  });

  it('refuses a 3 MiB line with INPUT_TOO_LARGE and still evaluates the next line', () => {
    const huge = caseLine({ relationship: 'x'.repeat(3 * 1024 * 1024) });

    const run = dvRules(['evaluate', '--ndjson'], `${caseLine()}\n${huge}\n${caseLine()}`);

    const lines = outputLines(run.stdout);
    expect(run.status).toBe(2);
    expect(lines).toHaveLength(3);
    expect(refusedLine(lines[1])).toEqual({ line: 2, code: 'INPUT_TOO_LARGE' });
    expect(isResult(lines[2])).toBe(true);
  });

  it('refuses a line of invalid JSON with INVALID_JSON, without repeating it, and goes on', () => {
    const run = dvRules(['evaluate', '--ndjson'], `{"relationship": "${MARKER}",\n${caseLine()}\n`);

    const lines = outputLines(run.stdout);
    expect(refusedLine(lines[0])).toEqual({ line: 1, code: 'INVALID_JSON' });
    // The message names the line, as every other refused line's does, and says what the mode reads.
    expect((lines[0]?.['error'] as { message: string }).message).toBe(
      'line 1 of standard input is not valid JSON: --ndjson reads one case per line, as compact JSON (a whole case file goes to dv-rules evaluate FILE)',
    );
    expect(isResult(lines[1])).toBe(true);
    expect(run.stdout).not.toContain(MARKER);
    expect(run.stderr).toBe('');
  });

  it('names the line, and a column of it, when a line nests too deep, has too many keys or a key twice (not the file, not "line 1")', () => {
    const deep = `${'{"a":'.repeat(40)}1${'}'.repeat(40)}`;
    const many = `{${Array.from({ length: 10_001 }, (_, i) => `"k${i}":1`).join(',')}}`;
    const twice = '{"schemaVersion":1,"schemaVersion":1}';
    const run = dvRules(['evaluate', '--ndjson'], `${caseLine()}\n${deep}\n${many}\n${twice}\n${caseLine()}\n`);

    const lines = outputLines(run.stdout);
    expect(run.status).toBe(2);
    const errors = lines.slice(1, 4).map((l) => l?.['error'] as { code: string; message: string; issues: Array<{ message: string }> });
    expect(errors.map((e) => [e.code, e.message])).toEqual([
      ['INPUT_TOO_LARGE', 'line 2 of standard input is too large'],
      ['INPUT_TOO_LARGE', 'line 3 of standard input is too large'],
      ['INVALID_JSON', 'line 4 of standard input has a key twice'],
    ]);
    expect(errors.map((e) => e.issues[0]?.message)).toEqual([
      'Nested deeper than 32 levels at column 161',
      expect.stringMatching(/^More than 10000 keys in one object at column \d+$/),
      'Duplicate key at column 20: which value counts would be a guess',
    ]);
    expect(isResult(lines[0])).toBe(true);
    expect(isResult(lines[4])).toBe(true);
  });

  it('makes a case dated 2010, when no rule set is in force, a refused line (exit status 2, not 3)', () => {
    const run = dvRules(['evaluate', '--ndjson'], `${caseLine({ incidentAt: '2010-06-01T10:00:00+03:00', riskForm: undefined })}\n${caseLine()}\n`);

    const lines = outputLines(run.stdout);
    expect(run.status).toBe(2);
    expect(refusedLine(lines[0])).toEqual({ line: 1, code: 'NO_RULE_SET_IN_FORCE' });
    expect(isResult(lines[1])).toBe(true);
  });

  it('reads a file named on the command line, CRLF line ends included', () => {
    const file = join(dir, 'cases.ndjson');
    writeFileSync(file, `${caseLine()}\r\n${caseLine()}\r\n`);

    const run = dvRules(['evaluate', '--ndjson', file]);

    expect(run.status).toBe(0);
    expect(outputLines(run.stdout).map(isResult)).toEqual([true, true]);
  });

  it('applies the evaluate flags to every line (--lang ro, --as-of)', () => {
    const run = dvRules(['evaluate', '--ndjson', '--json', '--lang', 'ro', '--as-of', '2019-03-02T10:00:00+02:00'], `${caseLine()}\n`);

    const [result] = outputLines(run.stdout).map((l) => resultSchema.parse(l));
    expect(run.status).toBe(0);
    expect(result?.receipt.options.lang).toBe('ro');
    expect(result?.asOf).toBe('2019-03-02T10:00:00+02:00');
  });

  it('refuses bad flags once, before any line: exit status 2, one JSON error on standard error, nothing on standard output', () => {
    const run = dvRules(['evaluate', '--ndjson', '--lang', 'fr'], `${caseLine()}\n`);

    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(JSON.parse(run.stderr)).toMatchObject({ error: { code: 'INVALID_OPTIONS', issues: [{ path: 'lang' }] } });
  });

  it('refuses a file that does not exist with FILE_NOT_READABLE before writing anything', () => {
    const missing = join(dir, 'no-such.ndjson');

    const run = dvRules(['evaluate', '--ndjson', missing]);

    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(JSON.parse(run.stderr)).toMatchObject({ error: { code: 'FILE_NOT_READABLE', file: missing } });
  });

  it('writes nothing on standard error when it is not a terminal, not even progress', () => {
    const run = dvRules(['evaluate', '--ndjson'], `${caseLine()}\n${caseLine({ relationship: MARKER })}\n`.repeat(50));

    expect(run.status).toBe(2);
    expect(run.stderr).toBe('');
  });

  it('an empty input gives no line and exit status 0', () => {
    const run = dvRules(['evaluate', '--ndjson'], '');

    expect(run.status).toBe(0);
    expect(run.stdout).toBe('');
  });

  it('ends with OUTPUT_WRITE_FAILED and exit status 2, one line on standard error, when the reader closes the pipe early ("| head -n 1")', () => {
    const file = join(dir, 'many.ndjson');
    writeFileSync(file, `${caseLine()}\n`.repeat(2000));

    const r = spawnSync('bash', ['-c', `"${process.execPath}" ${CLI} evaluate --ndjson ${file} | head -n 1 | wc -l; echo "status=\${PIPESTATUS[0]}" >&2`], { encoding: 'utf8', timeout: 60_000 });

    expect(r.stdout.trim()).toBe('1');
    const [error, status] = r.stderr.trim().split('\n');
    expect(JSON.parse(error ?? '')).toMatchObject({ error: { code: 'OUTPUT_WRITE_FAILED', file: 'standard output' } });
    expect(r.stderr).not.toContain('EPIPE');
    expect(status).toBe('status=2');
  });
});
