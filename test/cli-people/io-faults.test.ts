import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run-cli.js';
import type { CliIo } from '../../src/cli/io.js';

// The built command line, as users run it (npm test builds it first).
const CLI = process.env['DV_RULES_CLI'] ?? 'dist/cli.js';
const dir = mkdtempSync(join(tmpdir(), 'dv-rules-io-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const aCase = { schemaVersion: 1, incidentAt: '2024-03-01T21:15:00+02:00', relationship: 'spouse', riskForm: { answers: { q1: 'yes' } } };
const caseFile = join(dir, 'case.json');
writeFileSync(caseFile, JSON.stringify(aCase));

function shell(script: string) {
  const r = spawnSync('bash', ['-c', script], { encoding: 'utf8', timeout: 60_000, env: { ...process.env, NO_COLOR: '1' } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
const node = `"${process.execPath}" ${CLI}`;

/**
 * Runs the CLI with its standard output a pipe whose reading end is closed at once, before the
 * command writes (it takes far longer to start), as a reader gone before the output does.
 */
function withStdoutClosed(argv: string[], stdin?: string, options: { closeStderr?: boolean } = {}): Promise<{ status: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...argv], { stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1' } });
    child.stdout.destroy();
    if (options.closeStderr === true) child.stderr.destroy();
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
    child.stdin.on('error', () => undefined); // the child may end before it has read everything
    child.stdin.end(stdin ?? '');
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stderr }));
  });
}

async function run(argv: string[], options: { tty?: boolean; stdin?: string } = {}) {
  let out = '';
  let err = '';
  const io: CliIo = { readStdin: async () => options.stdin ?? '', out: (t) => void (out += t), err: (t) => void (err += t), color: false, errIsTTY: options.tty ?? false };
  const status = await runCli(argv, io);
  return { status, out, err };
}

describe('write failures end with a coded error, never a stack trace', () => {
  it('evaluate case.json > /dev/full: OUTPUT_WRITE_FAILED, exit 2, one JSON object', () => {
    const r = shell(`${node} evaluate ${caseFile} > /dev/full`);

    expect(r.status).toBe(2);
    expect(r.stderr).not.toMatch(/\n\s+at |ENOSPC/);
    expect(JSON.parse(r.stderr)).toMatchObject({ error: { code: 'OUTPUT_WRITE_FAILED', file: 'standard output' } });
  });

  it('a reader that closed the pipe before the output (EPIPE): OUTPUT_WRITE_FAILED naming standard output and the reason, exit 2, one line, nothing of the case', async () => {
    const secretCase = join(dir, 'secret-case.json');
    writeFileSync(secretCase, JSON.stringify({ ...aCase, riskForm: { answers: { q1: 'yes' }, officerFinding: { imminentRisk: true, reason: 'CASE-TEXT-9931' } } }));

    for (const argv of [['evaluate', secretCase], ['evaluate', '--json', secretCase]]) {
      const r = await withStdoutClosed(argv);

      expect(r.status, argv.join(' ')).toBe(2);
      expect(r.stderr.split('\n')).toHaveLength(2); // one line and its end
      expect(JSON.parse(r.stderr), argv.join(' ')).toEqual({
        error: { code: 'OUTPUT_WRITE_FAILED', message: 'cannot write to standard output: the reader closed the pipe', file: 'standard output', issues: [] },
      });
      expect(r.stderr).not.toMatch(/\n\s+at |EPIPE|CASE-TEXT/);
    }
  });

  it('evaluate --ndjson whose reader closed the pipe: the same one error line and exit 2, however many lines were left', async () => {
    const r = await withStdoutClosed(['evaluate', '--ndjson', '-'], `${JSON.stringify(aCase)}\n`.repeat(2000));

    expect(r.status).toBe(2);
    expect(JSON.parse(r.stderr)).toMatchObject({ error: { code: 'OUTPUT_WRITE_FAILED', file: 'standard output' } });
    expect(r.stderr).not.toMatch(/\n\s+at |EPIPE/);
  });

  it('a reader that stops after one byte of a long output: exit 2 and the one error line; 2>/dev/null keeps the terminal quiet', () => {
    const r = shell(`for i in $(seq 300); do cat ${caseFile}; echo; done | ${node} evaluate --ndjson - | head -c1 > /dev/null; echo "status=\${PIPESTATUS[1]}"`);
    const quiet = shell(`for i in $(seq 300); do cat ${caseFile}; echo; done | ${node} evaluate --ndjson - 2>/dev/null | head -c1 > /dev/null`);

    expect(r.stdout.trim()).toBe('status=2');
    expect(JSON.parse(r.stderr)).toMatchObject({ error: { code: 'OUTPUT_WRITE_FAILED', file: 'standard output' } });
    expect(quiet.stderr).toBe('');
  });

  it('when standard error is closed too, the command still ends with exit 2, not with its own status or a crash', async () => {
    const r = await withStdoutClosed(['evaluate', caseFile], undefined, { closeStderr: true });

    expect(r.status).toBe(2);
  });

  it('--ics into a folder that does not exist: OUTPUT_WRITE_FAILED, with no system code and a single prefix on a terminal', async () => {
    const r = await run(['deadlines', caseFile, '--as-of', '2024-03-02T10:00:00+02:00', '--ics', join(dir, 'nope', 'x.ics')], { tty: true });

    expect(r.status).toBe(2);
    expect(r.err).toMatch(/^dv-rules: cannot write the calendar file .*x\.ics: there is no such file or folder\.\n/);
    expect(r.err).not.toMatch(/ENOENT|dv-rules: dv-rules|deadlines:/);
  });
});

describe('non-regular files are refused before reading', () => {
  it('a FIFO as the case file is refused at once (it would block for ever)', () => {
    const fifo = join(dir, 'fifo');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);

    for (const argv of [
      ['evaluate', fifo], ['evaluate', '--ndjson', fifo], ['deadlines', fifo], ['evaluate', caseFile, '--rule-set', fifo], ['evaluate', caseFile, '--labels', fifo],
      ['fixtures', fifo], ['verify', '--result', fifo], ['train', '--scenario', fifo, '--reveal'],
    ]) {
      const r = spawnSync(process.execPath, [CLI, ...argv], { encoding: 'utf8', timeout: 20_000 });
      expect(r.status, argv.join(' ')).toBe(2);
      expect(JSON.parse(r.stderr), argv.join(' ')).toMatchObject({ error: { code: 'FILE_NOT_READABLE', file: fifo } });
    }
    // impact goes on with the other inputs and lists the FIFO among its errors.
    const impact = spawnSync(process.execPath, [CLI, 'impact', fifo, caseFile, '--include-proposed', '--json'], { encoding: 'utf8', timeout: 20_000 });
    expect(impact.status).toBe(2);
    expect(JSON.parse(impact.stdout)).toMatchObject({ cases: 1, errors: [{ where: fifo, error: { code: 'FILE_NOT_READABLE' } }] });
  });

  it('a device such as /dev/zero is refused, and standard input - is still read', async () => {
    expect((await run(['evaluate', '/dev/zero'])).err).toContain('"code":"FILE_NOT_READABLE"');
    expect((await run(['evaluate', '-'], { stdin: JSON.stringify(aCase) })).status).toBe(0);
  });

  it('train < /dev/zero is refused with INPUT_TOO_LARGE: the answer line is bounded', () => {
    const r = shell(`${node} train --date 2025-06-01 < /dev/zero > /dev/null`);

    expect(r.status).toBe(2);
    expect(r.stderr).not.toContain('RangeError');
    expect(JSON.parse(r.stderr)).toMatchObject({ error: { code: 'INPUT_TOO_LARGE' } });
  });
});

describe('an opaque ref names a case alike in evaluate, deadlines and impact', () => {
  it('evaluate and deadlines accept a string ref and name the case by it; impact reads it the same way', async () => {
    const withRef = JSON.stringify({ ...aCase, ref: 'IPJ-2024-0001' });

    const evaluated = await run(['evaluate', '-'], { stdin: withRef });
    const json = await run(['evaluate', '--json', '-'], { stdin: withRef });
    const deadlines = await run(['deadlines', '--as-of', '2024-03-02T10:00:00+02:00', '-'], { stdin: withRef });

    expect(evaluated.status).toBe(0);
    expect(evaluated.out.split('\n')[0]).toBe('ref: IPJ-2024-0001');
    expect(json.status).toBe(0);
    expect(JSON.parse(json.out)).not.toHaveProperty('ref');
    expect(deadlines.status).toBe(0);
    expect(deadlines.out.split('\n')[0]).toBe('ref: IPJ-2024-0001');
  });

  it('a ref that is not a short string is refused by evaluate as by impact, as not part of the case', async () => {
    const r = await run(['evaluate', '-'], { stdin: JSON.stringify({ ...aCase, ref: 42 }) });

    expect(r.status).toBe(2);
    expect(r.err).toContain('"path":"ref"');
  });

  it('evaluate --ndjson names a refused line by its ref too, and its message names no API', async () => {
    const r = await run(['evaluate', '--ndjson', '-'], { stdin: `${JSON.stringify({ ref: 'A-1', schemaVersion: 1 })}\n` });

    expect(r.status).toBe(2);
    const line = JSON.parse(r.out) as { line: number; ref: string; error: { code: string; message: string } };
    expect(line).toMatchObject({ line: 1, ref: 'A-1', error: { code: 'INVALID_CASE' } });
    expect(line.error.message).not.toMatch(/^\w+: /);
  });
});

describe('bytes that are not UTF-8 on standard input', () => {
  const secret = 'CASE-TEXT-4417';
  const bad = `{"schemaVersion":1,"incidentAt":"2024-03-02T21:15:00+02:00","relationship":"spouse","riskForm":{"officerFinding":{"imminentRisk":true,"reason":"${secret}\\xff"}}}`;

  it('are refused whole (INVALID_JSON, exit 2), never read as U+FFFD, and nothing of the case is echoed', () => {
    const r = shell(`printf '${bad}\\n' | ${node} evaluate -`);

    expect(r.status).toBe(2);
    expect(JSON.parse(r.stderr)).toMatchObject({ error: { code: 'INVALID_JSON', file: 'standard input' } });
    expect(r.stderr).not.toContain(secret);
    expect(r.stdout).toBe('');
  });

  it('refuse only their own line with --ndjson, and the next line is judged', () => {
    const good = JSON.stringify(aCase);
    const r = shell(`printf '${bad}\\n${good}\\n' | ${node} evaluate --ndjson -`);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);

    expect(r.status).toBe(2);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatchObject({ line: 1, error: { code: 'INVALID_JSON' } });
    expect(lines[1]).toHaveProperty('riskAssessment');
    expect(r.stdout).not.toContain(secret);
  });
});

describe("Node's own debugging output (NODE_DEBUG=*)", () => {
  it('carries no case text, from a file or from standard input', () => {
    const secret = 'SECRET-ZEBRA-2291';
    const file = join(dir, 'secret.json');
    writeFileSync(file, JSON.stringify({ ...aCase, riskForm: { answers: { q1: 'yes' }, officerFinding: { imminentRisk: true, reason: secret } } }));
    const fromFile = shell(`NODE_DEBUG='*' ${node} evaluate ${file} --json`);
    const fromStdin = shell(`NODE_DEBUG='*' ${node} evaluate - --json < ${file}`);

    expect(fromFile.status).toBe(0);
    expect(fromFile.stderr.length).toBeGreaterThan(1000); // Node did write its lines
    expect(fromFile.stderr).not.toContain(secret);
    expect(fromStdin.status).toBe(0);
    expect(fromStdin.stderr).not.toContain(secret);
  });
});
