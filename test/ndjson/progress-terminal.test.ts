import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { caseLine, CLI } from './ndjson-kit.js';

const hasTmux = spawnSync('tmux', ['-V'], { encoding: 'utf8' }).status === 0;
// A private server socket, so the test never touches the user's own tmux sessions.
const SOCKET = `dv-rules-ndjson-test-${process.pid}`;
const dir = mkdtempSync(join(tmpdir(), 'dv-rules-progress-tty-'));

function tmux(...args: string[]): string {
  const r = spawnSync('tmux', ['-L', SOCKET, ...args], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`tmux ${args[0]} failed: ${r.stderr}`);
  return r.stdout;
}
const pane = (session: string): string => tmux('capture-pane', '-p', '-J', '-S', '-', '-t', session);

async function waitFor(what: () => boolean, label: string, ms = 30_000): Promise<void> {
  const until = Date.now() + ms;
  while (!what()) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${label}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const title = hasTmux ? 'evaluate --ndjson with standard error on a terminal (tmux)' : 'evaluate --ndjson with standard error on a terminal (skipped: tmux is not installed)';

describe.skipIf(!hasTmux)(title, () => {
  afterAll(() => {
    spawnSync('tmux', ['-L', SOCKET, 'kill-server']);
    rmSync(dir, { recursive: true, force: true });
  });

  it('replaces its progress line with the sentence when the reader closes the pipe, and exits 2', async () => {
    const input = join(dir, 'cases.ndjson');
    writeFileSync(input, `${caseLine()}\n`.repeat(2000));
    const command = `NO_COLOR=1 "${process.execPath}" ${resolve(CLI)} evaluate --ndjson ${input} | head -c 5000000 > /dev/null; echo "exit status \${PIPESTATUS[0]}"; sleep 30`;
    tmux('new-session', '-d', '-s', 'progress', '-x', '160', '-y', '20', 'bash', '-c', command);
    await waitFor(() => pane('progress').includes('exit status'), 'the command to exit');
    const lines = pane('progress').split('\n').filter((l) => l.trim() !== '');

    const sentence = lines.find((l) => l.includes('cannot write to standard output'));
    expect(sentence).toMatch(/^dv-rules: cannot write to standard output: the reader closed the pipe/);
    expect(lines.some((l) => l.includes('lines/s'))).toBe(false);
    expect(lines).toContain('exit status 2');
    tmux('kill-session', '-t', 'progress');
  });
});
