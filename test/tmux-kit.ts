import { spawnSync } from 'node:child_process';

/** tmux is installed (`.ci/run` installs it; elsewhere the tests that need it are skipped). */
export const hasTmux = spawnSync('tmux', ['-V'], { encoding: 'utf8' }).status === 0;

/**
 * A tmux server of its own (a private socket named after the test and its process), so a test
 * never touches the user's sessions: `run` runs a tmux command on it, `pane` reads a session's
 * whole scrollback (not only the visible screen; with `escapes`, its colours too), `kill` ends it.
 */
export function tmuxServer(name: string): { run(...args: string[]): string; pane(session: string, escapes?: boolean): string; kill(): void } {
  const socket = `dv-rules-${name}-${process.pid}`;
  const run = (...args: string[]): string => {
    const r = spawnSync('tmux', ['-L', socket, ...args], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`tmux ${args[0]} failed: ${r.stderr}`);
    return r.stdout;
  };
  return {
    run,
    pane: (session, escapes = false) => run('capture-pane', '-p', '-J', '-S', '-', ...(escapes ? ['-e'] : []), '-t', session),
    kill: () => void spawnSync('tmux', ['-L', socket, 'kill-server']),
  };
}

/** Waits until `what` holds, looking every 100 ms; throws after `ms`, naming what it waited for. */
export async function waitFor(what: () => boolean, label: string, ms = 15_000): Promise<void> {
  const until = Date.now() + ms;
  while (!what()) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${label}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
