import { describe, expect, it } from 'vitest';
import { runCli } from '../src/cli/run-cli.js';

function capture() {
  let out = '';
  let err = '';
  return { io: { readStdin: async () => '', out: (t: string) => void (out += t), err: (t: string) => void (err += t), color: false }, out: () => out, err: () => err };
}

describe('dv-rules <command> --help', () => {
  it.each(['evaluate', 'deadlines', 'fixtures', 'train', 'verify', 'rules', 'schema', 'demo'])('%s --help prints the usage and exits 0', async (command) => {
    const c = capture();

    expect(await runCli([command, '--help'], c.io)).toBe(0);
    expect(c.out()).toContain(`dv-rules ${command}`);
    expect(c.err()).toBe('');
  });
});
