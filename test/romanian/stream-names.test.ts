import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run-cli.js';

describe('on a Romanian terminal, errors name the streams in Romanian', () => {
  it('a broken case on standard input is "intrarea standard", never "standard input"', async () => {
    let err = '';
    const io = { readStdin: async () => '{bad', out: () => undefined, err: (t: string) => void (err += t), color: false, errIsTTY: true };

    expect(await runCli(['evaluate', '-', '--lang', 'ro'], io)).toBe(2);
    expect(err).toContain('intrarea standard nu este JSON sau YAML valid');
    expect(err).not.toContain('standard input');
  });
});
