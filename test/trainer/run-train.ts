import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The repository root, where `dist/cli.js` and `fixtures/` live. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** What one run of the built CLI printed, and how it ended. */
export interface TrainRun {
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs `node dist/cli.js train <args>` with `input` piped to standard input, as a trainee's
 * answers would be. A run that does not end within 60 s is killed, so a session that waits for
 * ever fails the test instead of hanging it.
 */
export function runTrain(args: readonly string[], input: string, env: Record<string, string | undefined> = { NO_COLOR: '1' }): TrainRun {
  const r = spawnSync(process.execPath, ['dist/cli.js', 'train', ...args], {
    cwd: ROOT,
    input,
    encoding: 'utf8',
    env: { ...process.env, ...env },
    timeout: 60_000,
  });
  return { status: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr };
}

/** The answers as the lines a trainee types. */
export function lines(...answers: string[]): string {
  return answers.map((a) => `${a}\n`).join('');
}
