import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { exitStatuses, helpText, HELP_COMMANDS } from '../../src/cli/command-help.js';
import { runWith } from '../romanian/scan-kit.js';

const dir = mkdtempSync(join(tmpdir(), 'dv-rules-help-exit-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const aCase = (incidentAt: string) => JSON.stringify({ schemaVersion: 1, incidentAt, relationship: 'spouse', riskForm: { answers: { q1: 'yes', q2: 'yes' } } });
const failing = join(dir, 'failing.yaml');
writeFileSync(failing, `fixtures:\n  - name: a fixture that expects the wrong result\n    case: ${aCase('2019-03-01T20:00:00+02:00')}\n    expect: { riskAssessment: { imminentRisk: false } }\n`);

/** The statuses a command's help lists, read from the printed text. */
function listed(command: string): number[] {
  const text = helpText(command) ?? '';
  const section = text.slice(text.indexOf('Exit status:\n'));
  return [...section.matchAll(/^ {2}(\d+) /gm)].map((m) => Number(m[1]));
}

// Real runs of each command, with the status each returns: each must be one its help lists.
const RUNS: Array<[string[], string, number]> = [
  [['evaluate', '-'], aCase('2019-03-01T20:00:00+02:00'), 0],
  [['evaluate', '-'], '{}', 2],
  [['evaluate', '-'], aCase('2010-03-01T20:00:00+02:00'), 3],
  [['evaluate', '--ndjson', '-'], `${aCase('2010-03-01T20:00:00+02:00')}\n`, 2],
  [['deadlines', '--as-of', '2019-03-02T10:00:00+02:00', '-'], aCase('2019-03-01T20:00:00+02:00'), 0],
  [['deadlines', '-'], aCase('2010-03-01T20:00:00+02:00'), 3],
  [['fixtures', 'fixtures/examples'], '', 0],
  [['fixtures', failing], '', 1],
  [['impact', 'fixtures/legal-changes', '--include-proposed'], '', 1],
  [['impact', failing, '--include-proposed'], '', 0],
  [['verify'], '', 0],
  [['demo', '--nope'], '', 2],
  [['rules'], '', 0],
  [['schema', 'nope'], '', 2],
];

describe('every command\'s help lists exactly its exit statuses', () => {
  it.each(HELP_COMMANDS.map((c) => [c]))('dv-rules %s --help prints the statuses of its table, with 2 and 70 always among them', (command) => {
    expect(listed(command)).toEqual(exitStatuses(command).map(([n]) => n));
    expect(listed(command)).toEqual(expect.arrayContaining([2, 70]));
  });

  it('evaluate lists 3 (no law in force), 130 and 143 (--ndjson stopped by a signal) and not 1, which it never returns; fixtures, verify and impact list 1', () => {
    expect(listed('evaluate')).toEqual([0, 2, 3, 70, 130, 143]);
    expect(listed('fixtures')).toContain(1);
    expect(listed('verify')).toContain(1);
    expect(listed('impact')).toEqual([0, 1, 2, 70]);
  });

  it.each(RUNS.map(([argv, stdin, status]) => [argv.join(' '), argv, stdin, status] as const))('dv-rules %s returns a status its help lists', async (_name, argv, stdin, status) => {
    const r = await runWith([...argv], stdin);

    expect(r.status).toBe(status);
    expect(listed(argv[0] ?? '')).toContain(status);
  });
});
