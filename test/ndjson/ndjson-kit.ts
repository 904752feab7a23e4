import { spawnSync } from 'node:child_process';
import { Readable } from 'node:stream';
import type { CliIo } from '../../src/cli/io.js';
import { runCli } from '../../src/cli/run-cli.js';

/** The built CLI, as users run it (`npm run build` first), or the build DV_RULES_CLI names. */
export const CLI = process.env['DV_RULES_CLI'] ?? 'dist/cli.js';

/** A marker planted in input: it must never come back on standard error or in an error line. */
export const MARKER = 'Zanzibar-7731';

/** One case per line: a 2018-form case between spouses, with `over` replacing its fields. */
export const caseLine = (over: Record<string, unknown> = {}): string =>
  JSON.stringify({ schemaVersion: 1, incidentAt: '2019-03-01T21:15:00+02:00', relationship: 'spouse', riskForm: { answers: { q1: 'yes', q4: 'yes' } }, ...over });

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `node dist/cli.js <args>` with `input` on standard input. */
export function dvRules(args: readonly string[], input = ''): Run {
  const r = spawnSync(process.execPath, [CLI, ...args], { input, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, timeout: 60_000, maxBuffer: 256 * 1024 * 1024 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The output lines, each parsed. */
export const outputLines = (stdout: string): Array<Record<string, unknown>> =>
  stdout.split('\n').filter((l) => l !== '').map((l) => JSON.parse(l) as Record<string, unknown>);

/**
 * Runs the CLI in this process over a stream of chunks, as `main.ts` does over standard input.
 * `onLine` sees each output line as it is written (nothing is kept unless it keeps it).
 */
export async function runInProcess(
  argv: readonly string[],
  chunks: Iterable<string | Uint8Array> | AsyncIterable<string | Uint8Array>,
  options: { onLine?: (line: string) => void; progress?: boolean; stdinIsTTY?: boolean } = {},
): Promise<{ status: number; stderr: string }> {
  let stderr = '';
  const io: CliIo = {
    readStdin: async () => {
      throw new Error('--ndjson must stream standard input, not read it whole');
    },
    stdin: () => Readable.from(chunks, { objectMode: false }),
    out: (t) => options.onLine?.(t),
    write: async (t) => options.onLine?.(t),
    err: (t) => void (stderr += t),
    color: false,
    progress: options.progress ?? false,
    stdinIsTTY: options.stdinIsTTY ?? false,
  };
  const status = await runCli(argv, io);
  return { status, stderr };
}
