import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { hasTmux, tmuxServer, waitFor } from '../tmux-kit.js';
import { caseLine, CLI } from './ndjson-kit.js';

const server = tmuxServer('ndjson-test');
const tmux = server.run;
const dir = mkdtempSync(join(tmpdir(), 'dv-rules-progress-tty-'));

const title = hasTmux ? 'evaluate --ndjson with standard error on a terminal (tmux)' : 'evaluate --ndjson with standard error on a terminal (skipped: tmux is not installed)';

describe.skipIf(!hasTmux)(title, () => {
  afterAll(() => {
    server.kill();
    rmSync(dir, { recursive: true, force: true });
  });

  it('replaces its progress line with the JSON error (as --ndjson asks, on a terminal too) when the reader closes the pipe, and exits 2', async () => {
    const input = join(dir, 'cases.ndjson');
    writeFileSync(input, `${caseLine()}\n`.repeat(2000));
    const command = `NO_COLOR=1 "${process.execPath}" ${resolve(CLI)} evaluate --ndjson ${input} | head -c 5000000 > /dev/null; echo "exit status \${PIPESTATUS[0]}"; sleep 30`;
    tmux('new-session', '-d', '-s', 'progress', '-x', '160', '-y', '20', 'bash', '-c', command);
    await waitFor(() => server.pane('progress').includes('exit status'), 'the command to exit', 30_000);
    const lines = server.pane('progress').split('\n').filter((l) => l.trim() !== '');

    const error = lines.find((l) => l.includes('cannot write to standard output'));
    expect(JSON.parse(error ?? 'null')).toEqual({
      error: { code: 'OUTPUT_WRITE_FAILED', message: 'cannot write to standard output: the reader closed the pipe', file: 'standard output', issues: [] },
    });
    expect(lines.some((l) => l.includes('lines/s'))).toBe(false);
    expect(lines).toContain('exit status 2');
    tmux('kill-session', '-t', 'progress');
  });

  it('erases its progress line on Ctrl-C and says instead how far it got, with exit status 130', async () => {
    const input = join(dir, 'many.ndjson');
    writeFileSync(input, `${caseLine()}\n`.repeat(50_000));
    const command = `NO_COLOR=1 "${process.execPath}" ${resolve(CLI)} evaluate --ndjson ${input} > /dev/null; echo "exit status $?"; sleep 30`;
    tmux('new-session', '-d', '-s', 'stop', '-x', '200', '-y', '20', 'bash', '-c', command);
    await waitFor(() => server.pane('stop').includes('lines/s'), 'the progress line', 30_000);
    tmux('send-keys', '-t', 'stop', 'C-c');
    await waitFor(() => server.pane('stop').includes('exit status'), 'the command to exit', 30_000);
    const lines = server.pane('stop').split('\n').filter((l) => l.trim() !== '');

    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^dv-rules: stopped by Ctrl-C \(SIGINT\) after line \d+ of the input: \d+ output lines written, each whole \(0 refused\); the lines after it were not evaluated$/);
    expect(lines[0]).not.toContain('lines/s');
    expect(lines[1]).toBe('exit status 130');
    tmux('kill-session', '-t', 'stop');
  });
});
