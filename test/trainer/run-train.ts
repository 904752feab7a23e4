import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The repository root, where `dist/cli.js` and `fixtures/` live. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The built CLI: `dist/cli.js`, or another build named by DV_RULES_CLI (so a build elsewhere can be tested without touching dist/). */
export const CLI = process.env['DV_RULES_CLI'] ?? 'dist/cli.js';

/** What one run of the built CLI printed, and how it ended. */
export interface TrainRun {
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs `node dist/cli.js train <args>` (or the build DV_RULES_CLI names) with `input` piped to standard input, as a trainee's
 * answers would be. A run that does not end within 60 s is killed, so a session that waits for
 * ever fails the test instead of hanging it.
 */
export function runTrain(args: readonly string[], input: string, env: Record<string, string | undefined> = { NO_COLOR: '1' }): TrainRun {
  const r = spawnSync(process.execPath, [CLI, 'train', ...args], {
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
