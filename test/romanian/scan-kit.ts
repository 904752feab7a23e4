import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readFixtureFile } from '../../src/node/index.js';
import type { CliIo } from '../../src/cli/io.js';
import { runCli } from '../../src/cli/run-cli.js';

/** Every case of the shipped fixtures and scenarios, with where it comes from and whether it is meant to be refused. */
export async function shippedCases(): Promise<Array<{ where: string; case: Record<string, unknown>; refused: boolean }>> {
  const out: Array<{ where: string; case: Record<string, unknown>; refused: boolean }> = [];
  for (const folder of ['fixtures/examples', 'fixtures/scenarios', 'fixtures/legal-changes', 'fixtures/deadlines']) {
    for (const name of readdirSync(folder).filter((n) => /\.(ya?ml|json)$/.test(n)).sort()) {
      for (const f of await readFixtureFile(join(folder, name))) {
        out.push({ where: `${folder}/${name} › ${f.name}`, case: f.case as Record<string, unknown>, refused: f.expectError !== undefined });
      }
    }
  }
  return out;
}

/** Runs a command in process with a case on standard input; standard output and the status. */
export async function runWith(argv: string[], stdin = ''): Promise<{ status: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: CliIo = { readStdin: async () => stdin, out: (t) => void (out += t), err: (t) => void (err += t), color: false };
  const status = await runCli(argv, io);
  return { status, out, err };
}
