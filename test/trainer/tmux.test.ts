import { afterAll, describe, expect, it } from 'vitest';
import { hasTmux, tmuxServer, waitFor } from '../tmux-kit.js';
import { CLI, ROOT } from './run-train.js';
import { exitStatuses } from '../../src/cli/command-help.js';

const server = tmuxServer('train-test');
const tmux = server.run;
const pane = server.pane;

/** Starts `dv-rules train` in a 120×40 terminal; the pane stays after the program exits, which prints its exit status. */
async function start(session: string, env: string, args: string): Promise<void> {
  // The shell traps Ctrl-C (a handler, which the program does not inherit), so it lives to print the status of a program that Ctrl-C ended.
  tmux('new-session', '-d', '-s', session, '-x', '120', '-y', '40', '-c', ROOT, `trap true INT; ${env} node ${CLI} train ${args}; echo "exit status $?"; sleep 30`);
  await waitFor(() => /(?:Question|Întrebarea) 1 \(1\/21\)/.test(pane(session)), 'the first question');
}

const title = hasTmux ? 'dv-rules train in a real terminal (tmux)' : 'dv-rules train in a real terminal (skipped: tmux is not installed)';

describe.skipIf(!hasTmux)(title, () => {
  afterAll(() => {
    server.kill();
  });

  it('shows the running counts and "established" after y, y, and exits 0 on q', async () => {
    await start('dvtrain', 'env -u NO_COLOR', '--lang en --date 2025-06-01');
    tmux('send-keys', '-t', 'dvtrain', 'y', 'Enter');
    await waitFor(() => pane('dvtrain').includes('Question 2 (2/21)'), 'the second question');
    tmux('send-keys', '-t', 'dvtrain', 'y', 'Enter');
    await waitFor(() => pane('dvtrain').includes('Question 3 (3/21)'), 'the third question');
    const text = pane('dvtrain');
    expect(text).toContain('questions 1–7: 1/2 YES — needs 1 more, 6 still open');
    expect(text).toContain('questions 1–7: 2/2 YES — threshold met');
    expect(text).toContain('Imminent risk is now established: no later answer can remove it.');
    // On a terminal without NO_COLOR, headings are bold.
    expect(pane('dvtrain', true)).toContain('\u001b[1m');
    tmux('send-keys', '-t', 'dvtrain', 'q', 'Enter');
    await waitFor(() => pane('dvtrain').includes('exit status'), 'the program to exit');
    expect(pane('dvtrain')).toContain('exit status 0');
    tmux('kill-session', '-t', 'dvtrain');
  });

  it('ends on Ctrl-C with the exit status its help gives (130)', async () => {
    await start('dvtrain-stop', 'NO_COLOR=1', '--lang en --date 2025-06-01');
    tmux('send-keys', '-t', 'dvtrain-stop', 'C-c');
    await waitFor(() => pane('dvtrain-stop').includes('exit status'), 'the program to exit');
    const status = Number(/exit status (\d+)/.exec(pane('dvtrain-stop'))?.[1]);

    expect(status).toBe(130);
    expect(exitStatuses('train').map(([n]) => n)).toContain(status);
    tmux('kill-session', '-t', 'dvtrain-stop');
  });

  it('writes no colour with NO_COLOR set, and ends gracefully on Ctrl-D', async () => {
    await start('dvtrain-nocolor', 'NO_COLOR=1', '--lang ro --date 2025-06-01');
    expect(pane('dvtrain-nocolor', true)).not.toContain('\u001b[1m');
    tmux('send-keys', '-t', 'dvtrain-nocolor', 'C-d');
    await waitFor(() => pane('dvtrain-nocolor').includes('exit status'), 'the program to exit');
    const text = pane('dvtrain-nocolor');
    expect(text).toContain('Intrarea s-a încheiat: sesiunea se oprește aici.');
    expect(text).toContain('exit status 0');
    tmux('kill-session', '-t', 'dvtrain-nocolor');
  });
});
