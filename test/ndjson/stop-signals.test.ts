import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { caseLine, CLI } from './ndjson-kit.js';

const dir = mkdtempSync(join(tmpdir(), 'dv-rules-stop-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Stopped {
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/**
 * Starts `dv-rules evaluate --ndjson` with `args`, feeds it `input` (the pipe left open when
 * `keepOpen`), sends `signal` once `after` output lines came, and gathers what it wrote.
 */
function stopWhile(args: readonly string[], signal: NodeJS.Signals, after: number, input: string, keepOpen: boolean): Promise<Stopped> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, 'evaluate', '--ndjson', ...args], { env: { ...process.env, NO_COLOR: '1' }, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let sent = false;
    child.stdout.setEncoding('utf8').on('data', (t: string) => {
      stdout += t;
      if (!sent && stdout.split('\n').length > after) {
        sent = true;
        child.kill(signal);
      }
    });
    child.stderr.setEncoding('utf8').on('data', (t: string) => void (stderr += t));
    child.stdin.on('error', () => undefined);
    child.stdin.write(input);
    if (!keepOpen) child.stdin.end();
    child.on('close', (status, sig) => {
      child.stdin.destroy();
      resolve({ status, signal: sig, stdout, stderr });
    });
  });
}

describe('evaluate --ndjson stopped by a signal', () => {
  it('SIGTERM in the middle of a file (a CI job timed out): exit 143, every output line whole, and a sentence saying how far it got', async () => {
    const input = join(dir, 'many.ndjson');
    writeFileSync(input, `${caseLine()}\n`.repeat(20_000));
    const r = await stopWhile([input], 'SIGTERM', 1, '', false);

    expect(r.signal).toBeNull();
    expect(r.status).toBe(143);
    const lines = r.stdout.split('\n');
    // The output ends with a line end, and every line before it is a whole result.
    expect(lines.at(-1)).toBe('');
    for (const l of lines.slice(0, -1)) expect(JSON.parse(l)).toHaveProperty('schemaVersion', 1);
    const written = lines.length - 1;
    expect(written).toBeGreaterThan(0);
    expect(written).toBeLessThan(20_000);
    expect(r.stderr).toBe(`dv-rules: stopped by a stop request (SIGTERM) after line ${written} of the input: ${written} output lines written, each whole (0 refused); the lines after it were not evaluated\n`);
  });

  it('Ctrl-C (SIGINT) while it waits for the next line on an open pipe: it stops at once, exit 130, in the language of --lang', async () => {
    const r = await stopWhile(['--lang', 'ro'], 'SIGINT', 2, `${caseLine()}\n${caseLine({ schemaVersion: 2 })}\n`, true);

    expect(r.signal).toBeNull();
    expect(r.status).toBe(130);
    const lines = r.stdout.split('\n');
    expect(lines).toHaveLength(3);
    expect(JSON.parse(lines[1]!)).toHaveProperty('error.code');
    expect(r.stderr).toBe('dv-rules: oprit cu Ctrl-C (SIGINT) după linia 2 a intrării: 2 linii de ieșire scrise, fiecare întreagă (refuzate: 1); liniile care urmează nu au fost evaluate\n');
    // A command that waited for the next line would be stopped only by the timeout.
  }, 20_000);

  it('a stop request before any line came (a producer that has not written yet): exit 143, nothing written, and the sentence says no line was read', async () => {
    // Nothing comes out to say the command is listening: a signal sent while it still starts ends
    // it the default way (killed by the signal, no status); then it is tried again, waiting longer.
    let r: { status: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string } | undefined;
    for (let wait = 250; r === undefined || (r.signal === 'SIGTERM' && wait <= 8_000); wait *= 2) {
      const child = spawn(process.execPath, [CLI, 'evaluate', '--ndjson', '-'], { env: { ...process.env, NO_COLOR: '1' }, stdio: ['pipe', 'pipe', 'pipe'] });
      let out = '';
      let err = '';
      child.stdout.setEncoding('utf8').on('data', (t: string) => void (out += t));
      child.stderr.setEncoding('utf8').on('data', (t: string) => void (err += t));
      const closed = new Promise<[number | null, NodeJS.Signals | null]>((resolve) => child.on('close', (status, sig) => resolve([status, sig])));
      await new Promise((resolve) => setTimeout(resolve, wait));
      child.kill('SIGTERM');
      const [status, signal] = await closed;
      child.stdin.destroy();
      r = { status, signal, stdout: out, stderr: err };
    }

    expect(r.signal).toBeNull();
    expect(r.status).toBe(143);
    const { stdout, stderr } = r;
    expect(stdout).toBe('');
    expect(stderr).toBe('dv-rules: stopped by a stop request (SIGTERM) before it had read a line of the input: no output written\n');
  }, 30_000);
});
