import { describe, expect, it } from 'vitest';
import { runCli } from '../src/cli/run-cli.js';
import { exitStatuses } from '../src/cli/command-help.js';

function capture() {
  let out = '';
  let err = '';
  return { io: { readStdin: async () => '', out: (t: string) => void (out += t), err: (t: string) => void (err += t), color: false }, out: () => out, err: () => err };
}

const COMMANDS = ['evaluate', 'deadlines', 'fixtures', 'train', 'playground', 'verify', 'rules', 'schema', 'demo', 'impact'];

describe('dv-rules <command> --help', () => {
  it.each(COMMANDS)('%s --help prints that command\'s usage and flags and exits 0', async (command) => {
    const c = capture();

    expect(await runCli([command, '--help'], c.io)).toBe(0);
    expect(c.out()).toMatch(new RegExp(`^Usage: dv-rules ${command}`));
    expect(c.err()).toBe('');
  });

  it.each(COMMANDS)('"dv-rules help %s" prints the same as "%s --help"', async (command) => {
    const a = capture();
    const b = capture();

    await runCli(['help', command], a.io);
    await runCli([command, '--help'], b.io);

    expect(a.out()).toBe(b.out());
  });

  it.each([[[]], [['--help']], [['help']]])('%j lists every exit status, 70, 130 and 143 included', async (argv) => {
    const c = capture();

    await runCli(argv as string[], c.io);

    const statuses = [...c.out().matchAll(/^ {2}(\d+) {2,}/gm)].map((m) => Number(m[1]));
    expect(statuses).toEqual([0, 1, 2, 3, 70, 130, 143]);
  });

  it.each(COMMANDS.map((c) => [c]))('%s --help lists the exit statuses that command can return, 2 and 70 included', async (command) => {
    const c = capture();

    await runCli([command, '--help'], c.io);

    const statuses = [...c.out().matchAll(/^ {2}(\d+) {2,}/gm)].map((m) => Number(m[1]));
    expect(statuses).toEqual(exitStatuses(command).map(([n]) => n));
    expect(statuses).toEqual(expect.arrayContaining([0, 2, 70]));
  });

  it('the overview names every command', async () => {
    const c = capture();

    await runCli(['--help'], c.io);

    for (const command of COMMANDS) expect(c.out()).toMatch(new RegExp(`^ {2}${command} `, 'm'));
  });

  it('each command\'s help names each of its flags', async () => {
    const c = capture();

    await runCli(['help', 'evaluate'], c.io);

    for (const flag of ['--json', '--ndjson', '--rule-set', '--include-proposed', '--as-of', '--form-selection', '--hour-term-start', '--working-day-shift', '--lang', '--register', '--labels']) {
      expect(c.out()).toContain(`  ${flag}`);
    }
  });

  it('"help nope" is a usage error that lists the commands', async () => {
    const c = capture();

    expect(await runCli(['help', 'nope'], c.io)).toBe(2);
    expect(JSON.parse(c.err()).error.message).toContain('the commands are evaluate');
  });
});
