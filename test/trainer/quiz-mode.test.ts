import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { resolve } from 'node:path';
import { CLI, lines, ROOT, runTrain } from './run-train.js';

const COURT = ['--scenario', 'fixtures/scenarios/08-partner-court-order-months-2023.yaml'];
const KNIFE = ['--scenario', 'fixtures/scenarios/01-spouse-knife-threat-2021.yaml'];

describe('dv-rules train --scenario, the quiz, driven through a pipe', () => {
  it('scores every right answer: 6 months on 2023-07-22, 12 months on 2023-07-23', () => {
    const r = runTrain(COURT, lines('6', '12'));
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('== Scenario 1/1: How long can the court');
    expect(r.stdout).toContain('Longest court protection order, in months, on 2023-07-22? 6');
    expect(r.stdout).toContain('Correct.');
    expect(r.stdout.trimEnd().split('\n').at(-1)).toBe('Score: 2/2 correct.');
  });

  it('says which answer was wrong, gives the right one, and counts it', () => {
    const r = runTrain(COURT, lines('12', '12'));
    expect(r.stdout).toContain('Not correct: the answer is 6 months.');
    expect(r.stdout.trimEnd().split('\n').at(-1)).toBe('Score: 1/2 correct.');
  });

  it('asks about imminent risk, the provisional order and its duration, then explains counts, deciding answers and what would change it', () => {
    const right = runTrain(KNIFE, lines('y', 'y', '120'));
    expect(right.stdout).toContain('Imminent risk on 2021-03-10? [y/n/?]: y');
    expect(right.stdout).toContain('questions 1–7: 2 YES, 5 NO, 0 unknown; threshold 2; MET');
    expect(right.stdout).toContain('questions 1–7: YES to questions 2 and 5');
    expect(right.stdout).toContain('One YES fewer among questions 1–7 (any of questions 2 and 5) would remove imminent risk.');
    expect(right.stdout).toContain('Score: 3/3 correct.');
    const wrong = runTrain(KNIFE, lines('n', 'y', 'j'));
    expect(wrong.stdout).toContain('Not correct: the answer is yes.');
    expect(wrong.stdout).toContain('Not correct: the answer is 120 hours.');
    expect(wrong.stdout).toContain('Score: 1/3 correct.');
  });

  it('accepts ? where the law gives no answer (a neighbour before Law 26/2024, the unverified 2024 form)', () => {
    const r = runTrain(['--scenario', 'fixtures/scenarios/07-neighbour-law-26-2024.yaml'], lines('?', 'n', '?', 'n', '12', 'y', 'y'));
    expect(r.status).toBe(0);
    expect(r.stdout).not.toContain('Not correct');
    expect(r.stdout).toContain('Score: 7/7 correct.');
  });

  it('offers ? and counts it right where the library cannot decide whether a provisional order is issued (a neighbour on 2025-03-12, the 2024 form), and says so when d is answered', () => {
    const NEIGHBOUR = ['--scenario', 'fixtures/scenarios/07-neighbour-law-26-2024.yaml', '--lang', 'ro'];
    const unknown = runTrain(NEIGHBOUR, lines('?', 'n', '?', '?', '12', 'd', 'd'));
    const yes = runTrain(NEIGHBOUR, lines('?', 'n', '?', 'd', '12', 'd', 'd'));

    expect(unknown.stdout).toContain('Emite poliția un ordin de protecție provizoriu? [d/n/?]: ?');
    expect(unknown.stdout).toContain('Scor: 7/7 corecte.');
    expect(yes.stdout).toContain('Incorect: aici legea nu dă un răspuns (?).');
    expect(yes.stdout).not.toContain('răspunsul este nu');
    expect(yes.stdout).not.toContain('răspunsul este legea');
    expect(yes.stdout).toContain('Scor: 6/7 corecte.');
    // Where the answer is decided (2024-08-30: no route; with the officer's finding: yes) no ? is offered.
    expect(yes.stdout).toContain('Emite poliția un ordin de protecție provizoriu? [d/n]: n');
  });

  it('shows the officer\'s recorded reason in the session\'s language only', () => {
    const NEIGHBOUR = ['--scenario', 'fixtures/scenarios/07-neighbour-law-26-2024.yaml'];
    const ro = runTrain([...NEIGHBOUR, '--lang', 'ro', '--reveal'], '');
    const en = runTrain([...NEIGHBOUR, '--reveal'], '');

    expect(ro.stdout).toContain('Motivare: Amenințări cu vătămarea repetate în prezența polițistului');
    expect(ro.stdout).not.toContain('Threats to hurt her');
    expect(en.stdout).toContain("Threats to hurt her repeated in the officer's presence");
    expect(en.stdout).not.toContain('Amenințări');
  });

  it('asks again after an answer that does not fit the question', () => {
    const r = runTrain(COURT, lines('six', '6', '12'));
    expect(r.stdout).toContain('Please answer a whole number (or ? when the law gives none), or q to stop.');
    expect(r.stdout).toContain('Score: 2/2 correct.');
  });

  it('stops on q, or when the input ends, with the score so far and exit status 0', () => {
    const quit = runTrain(COURT, lines('6', 'q'));
    expect(quit.status).toBe(0);
    expect(quit.stdout).toContain('Quiz stopped.');
    expect(quit.stdout).toContain('Score: 1/1 correct.');
    const ended = runTrain(COURT, '');
    expect(ended.status).toBe(0);
    expect(ended.stdout).toContain('Input ended: the session stops here.');
    expect(ended.stdout).toContain('No questions were answered: no score.');
  });

  it('with --reveal shows every answer without asking and gives no score', () => {
    const r = runTrain([...COURT, '--reveal'], '');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Longest court protection order, in months, on 2023-07-22? 6 months');
    expect(r.stdout).toContain('Longest court protection order, in months, on 2023-07-23? 12 months');
    expect(r.stdout).not.toContain('Score');
  });

  it('tells the vignette and asks in Romanian with --lang ro', () => {
    const r = runTrain([...KNIFE, '--lang', 'ro'], lines('d', 'nu'));
    expect(r.stdout).toContain('Un apel de noapte după o ceartă între soți');
    expect(r.stdout.replace(/\s+/g, ' ')).toContain('În timpul unei certuri, acesta a lovit-o de mai multe ori');
    expect(r.stdout).toContain('Risc iminent la 2021-03-10? [d/n/?]: d');
    expect(r.stdout).toContain('Incorect: răspunsul este da.');
    expect(r.stdout).toContain('Scor: 1/2 corecte.');
    expect(r.stdout).not.toMatch(/[ŞşŢţ]/);
  });

  it('explains in Romanian only, with the penalty on a line of its own and "de" after 20', () => {
    const r = runTrain(['--scenario', 'fixtures/scenarios/10-spouse-breach-penalty-2020.yaml', '--lang', 'ro', '--reveal'], '');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('pedeapsa: închisoare de la 6 la 60 de luni');
    expect(r.stdout).toContain('60 de luni');
    expect(r.stdout).not.toMatch(/infracțiune\. între|\[[A-Z_]+\]|\bmonths\b/);
  });

  it('explains a refused case: an officer cannot lower what the count established', () => {
    const r = runTrain(['--scenario', 'fixtures/scenarios/11-partner-officer-finding-2019.yaml'], lines('y', 'y', 'n'));
    expect(r.stdout).toContain('Can the case be recorded as it stands? [y/n]: n');
    expect(r.stdout).toContain("An officer's finding may raise the count's result, never lower it");
    expect(r.stdout).toContain('Score: 3/3 correct.');
  });

  it('runs a whole folder of scenarios, with no disagreement between the files and the library', () => {
    const r = runTrain(['--scenario', 'fixtures/scenarios', '--reveal'], '');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/== Scenario 19\/19: /);
    expect(r.stdout).not.toContain('Check the scenario file');
  });

  it.each([[['--scenario', 'builtin']], [['--quiz']]])('%j runs the scenarios shipped with the package, from any folder', (flags) => {
    const r = spawnSync(process.execPath, [resolve(ROOT, CLI), 'train', ...flags, '--reveal'], { cwd: tmpdir(), encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, timeout: 60_000 });

    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/== Scenario 19\/19: /);
  });

  it('refuses --reveal without a quiz, and says how to start one', () => {
    const r = runTrain(['--reveal'], '');

    expect(r.status).toBe(2);
    expect(JSON.parse(r.stderr).error.message).toContain('add --quiz');
  });

  it('refuses a file without scenarios, and --date with --scenario, as usage errors (exit 2)', () => {
    expect(runTrain(['--scenario', 'fixtures/examples/police-risk-form-2018.yaml'], '').status).toBe(2);
    expect(runTrain([...COURT, '--date', '2025-01-01'], '').status).toBe(2);
  });
});
