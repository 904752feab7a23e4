import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseLine, CLI, MARKER } from './ndjson-kit.js';

// Past 2 MiB of output through a pipe, `evaluate --ndjson` writes its batches from a worker thread
// while the main thread makes the next ones (src/cli/pipe-writer.ts). These outputs are some 40 MB:
// most of their bytes go through the worker, and they must be the bytes written to a file.
let dir = '';
let input = '';
const ANSWERS = ['yes', 'no', 'unknown'] as const;
/** Line i's answers: lines differ, so a line out of place shows. */
const answersOf = (i: number): Record<string, string> => Object.fromEntries(Array.from({ length: 21 }, (_, k) => [`q${k + 1}`, ANSWERS[(i * 7 + k * k + Math.floor(i / 3)) % 3] as string]));
const LINES = 600;

beforeAll(() => {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run "npm run build" before these tests (npm test does it)`);
  dir = mkdtempSync(join(tmpdir(), 'dv-rules-pipe-test-'));
  input = join(dir, 'cases.ndjson');
  const lines: string[] = [];
  for (let i = 0; i < LINES; i++) {
    // Every line its own case (its order shows), every 50th refused, one carrying a marker that must not come back.
    if (i % 50 === 7) lines.push(i === 7 ? `{"ref":"${MARKER}",` : '{"schemaVersion":1,');
    else lines.push(caseLine({ riskForm: { answers: answersOf(i) } }));
  }
  writeFileSync(input, `${lines.join('\n')}\n`);
});

afterAll(() => {
  if (dir !== '') rmSync(dir, { recursive: true, force: true });
});

const bash = (script: string): { status: number | null; stdout: string; stderr: string } => {
  const r = spawnSync('bash', ['-c', script], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, timeout: 120_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
};
const cli = `"${process.execPath}" ${CLI} evaluate --ndjson`;

describe('dv-rules evaluate --ndjson through a pipe', () => {
  it('writes a long output through a shell pipe byte for byte as it writes it to a file, in the order of the lines, with the refused lines in place', () => {
    const toFile = join(dir, 'to-file.ndjson');
    const throughPipe = join(dir, 'through-pipe.ndjson');
    const r = bash(`${cli} ${input} > ${toFile}; echo "file=$?"; ${cli} ${input} | cat > ${throughPipe}; echo "pipe=\${PIPESTATUS[0]}"`);

    expect(r.stdout.trim().split('\n')).toEqual(['file=2', 'pipe=2']);
    expect(statSync(throughPipe).size).toBeGreaterThan(20 * 1024 * 1024);
    const piped = readFileSync(throughPipe);
    expect(piped.equals(readFileSync(toFile))).toBe(true);
    const lines = piped.toString('utf8').trimEnd().split('\n');
    expect(lines).toHaveLength(LINES);
    const seen = lines.map((l) => {
      const v = JSON.parse(l) as { line?: number; riskAssessment?: { items: Array<{ id: string; answer: string }> } };
      return v.line ?? Object.fromEntries((v.riskAssessment?.items ?? []).map((item) => [item.id, item.answer]));
    });
    expect(seen).toEqual(lines.map((_, i) => (i % 50 === 7 ? i + 1 : answersOf(i))));
    expect(r.stderr).toBe('');
  });

  it('writes the same bytes to a Node parent, whose pipe is a socket', () => {
    const viaNode = spawnSync(process.execPath, [CLI, 'evaluate', '--ndjson', input], { maxBuffer: 256 * 1024 * 1024 });
    const toFile = join(dir, 'to-file-2.ndjson');
    bash(`${cli} ${input} > ${toFile}`);

    expect(viaNode.status).toBe(2);
    expect(Buffer.from(viaNode.stdout).equals(readFileSync(toFile))).toBe(true);
  });

  it('ends with OUTPUT_WRITE_FAILED, exit 2 and one line on standard error when the reader closes the pipe after 20 MB, nothing of the case', () => {
    const r = bash(`${cli} ${input} | head -c 20000000 | wc -c; echo "status=\${PIPESTATUS[0]}" >&2`);

    expect(r.stdout.trim()).toBe('20000000');
    const [error, status, ...rest] = r.stderr.trim().split('\n');
    expect(JSON.parse(error ?? '')).toMatchObject({ error: { code: 'OUTPUT_WRITE_FAILED', file: 'standard output' } });
    expect(status).toBe('status=2');
    expect(rest).toEqual([]);
    expect(r.stderr).not.toContain(MARKER);
    expect(r.stderr).not.toMatch(/\n\s+at |EPIPE/);
  });

  it('writes every line, in order, when another process writes to the same pipe meanwhile (a Node process makes the pipe non-blocking again): the status the lines give, no failed write', () => {
    const ref = join(dir, 'ref.ndjson');
    const out = join(dir, 'shared.ndjson');
    // A slow reader, so the stream is still running when the other process writes its line.
    const slow = `"${process.execPath}" -e 'process.stdin.on("data", (d) => { process.stdin.pause(); process.stdout.write(d, () => setTimeout(() => process.stdin.resume(), 2)); })'`;
    const r = bash(`${cli} ${input} > ${ref}; { ${cli} ${input} & sleep 0.5; "${process.execPath}" -e 'console.log("{\\"other\\":1}")'; wait $!; echo "cli=$?" >&2; } | ${slow} > ${out}`);

    expect(r.stderr.trim()).toBe('cli=2');
    const got = readFileSync(out);
    const other = Buffer.from('{"other":1}\n');
    const at = got.indexOf(other);
    expect(at).toBeGreaterThanOrEqual(0);
    // The other line lands somewhere in ours (a pipe keeps a write whole only up to 4 kB); without it, ours are the file's bytes.
    expect(Buffer.concat([got.subarray(0, at), got.subarray(at + other.length)]).equals(readFileSync(ref))).toBe(true);
  });
});
