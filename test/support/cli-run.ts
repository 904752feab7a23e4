import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import type { CliIo } from '../../src/cli/io.js';
import { runCli } from '../../src/cli/run-cli.js';

/**
 * A temporary folder for a test file's inputs (removed after the file's tests) and a way to run the
 * command line's own entry on them, capturing what it prints.
 */
export function cliKit(prefix: string): {
  file: (name: string, content: string) => string;
  run: (argv: string[], tty?: boolean) => Promise<{ status: number; out: string; err: string }>;
} {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return {
    file(name, content) {
      const path = join(dir, name);
      writeFileSync(path, content);
      return path;
    },
    async run(argv, tty = false) {
      let out = '';
      let err = '';
      const io: CliIo = { readStdin: async () => '', out: (t) => void (out += t), err: (t) => void (err += t), color: false, errIsTTY: tty, stdinIsTTY: false };
      const status = await runCli(argv, io);
      return { status, out, err };
    },
  };
}
