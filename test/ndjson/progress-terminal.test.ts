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

  it('replaces its progress line with the sentence when the reader closes the pipe, and exits 2', async () => {
    const input = join(dir, 'cases.ndjson');
    writeFileSync(input, `${caseLine()}\n`.repeat(2000));
    const command = `NO_COLOR=1 "${process.execPath}" ${resolve(CLI)} evaluate --ndjson ${input} | head -c 5000000 > /dev/null; echo "exit status \${PIPESTATUS[0]}"; sleep 30`;
    tmux('new-session', '-d', '-s', 'progress', '-x', '160', '-y', '20', 'bash', '-c', command);
    await waitFor(() => server.pane('progress').includes('exit status'), 'the command to exit', 30_000);
    const lines = server.pane('progress').split('\n').filter((l) => l.trim() !== '');

    const sentence = lines.find((l) => l.includes('cannot write to standard output'));
    expect(sentence).toMatch(/^dv-rules: cannot write to standard output: the reader closed the pipe/);
    expect(lines.some((l) => l.includes('lines/s'))).toBe(false);
    expect(lines).toContain('exit status 2');
    tmux('kill-session', '-t', 'progress');
  });
});
