import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lines, runTrain } from './run-train.js';

const ON = ['--date', '2025-06-01'];

describe('dv-rules train, free mode, driven through a pipe', () => {
  it('says imminent risk is established right after two YES among questions 1–7, then stops on q', () => {
    const r = runTrain([...ON, '--lang', 'en'], lines('y', 'y', 'q'));
    expect(r.status).toBe(0);
    const [beforeQ2, afterQ2 = ''] = r.stdout.split('Question 2 (2/21)');
    const [q2Block = '', rest = ''] = afterQ2.split('Question 3 (3/21)');
    expect(beforeQ2).toContain('questions 1–7: 1/2 YES — needs 1 more, 6 still open');
    expect(beforeQ2).not.toContain('established');
    expect(q2Block).toContain('questions 1–7: 2/2 YES — threshold met');
    expect(q2Block).toContain('questions 8–21: 0/6 YES — needs 6 more, 14 still open');
    expect(q2Block).toContain('Imminent risk is now established: no later answer can remove it.');
    expect(rest).toContain('Session stopped');
    expect(rest).toContain('Determination: IMMINENT RISK (established');
    expect(rest).toContain('One YES fewer among questions 1–7 (any of questions 1 and 2) would remove imminent risk.');
  });

  it('ends with the consequences on the chosen day: the provisional order, its deadlines and the court order', () => {
    const r = runTrain([...ON, '--lang', 'en'], lines('y', 'y', 'q'));
    expect(r.stdout).toContain('== Consequences on 2025-06-01 (aggressor: spouse) ==');
    expect(r.stdout).toContain('can be issued: Imminent risk and the victim does not oppose: the order is issued.');
    expect(r.stdout).toContain('120 hours from issue');
    expect(r.stdout).toContain('police send it to the prosecutor by 2025-06-02 12:00');
    expect(r.stdout).toContain('the prosecutor confirms or ends it by 2025-06-03 12:00');
    expect(r.stdout).toContain('the order ends at 2025-06-06 12:00');
    expect(r.stdout).toContain('up to 12 months (default 12)');
  });

  it('names the questions by their number in words, in Romanian too: "Întrebarea 4 (4/21)", "Înapoi la întrebarea 4"', () => {
    const r = runTrain([...ON, '--lang', 'ro'], lines('n', 'n', 'n', 'n', 'b', 'q'));
    expect(r.stdout).toContain('Întrebarea 4 (4/21) ');
    expect(r.stdout).toContain('Înapoi la întrebarea 4: răspunsul a fost șters.');
    expect(r.stdout).not.toMatch(/\bq\d+ \(\d+\/21\)|Înapoi la q\d/);
  });

  it('goes back one question with b, clearing its answer, and refuses to go back before the first', () => {
    const r = runTrain(ON, lines('b', 'y', 'b', 'n', 'q'));
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('This is the first question: there is nothing to go back to.');
    expect(r.stdout).toContain('Back to question 1: its answer is cleared.');
    expect(r.stdout.split('Question 1 (1/21)')).toHaveLength(4);
    expect(r.stdout).toContain('YES: none');
    expect(r.stdout).toMatch(/NO: question 1\n/);
  });

  it('counts ? as not known: open, not YES', () => {
    const r = runTrain(ON, lines('?', '?', 'q'));
    expect(r.stdout).toContain('questions 1–7: 0/2 YES — needs 2 more, 7 still open');
    expect(r.stdout).toContain('not known: questions 1, 2, 3');
    expect(r.stdout).toContain('Determination: NO IMMINENT RISK (possible');
    expect(r.stdout).not.toContain('now established');
  });

  it('says the moment no answer can establish imminent risk any more, once', () => {
    const r = runTrain(ON, lines(...Array<string>(21).fill('n')));
    expect(r.status).toBe(0);
    const excluded = 'Imminent risk is now excluded: no answer to the remaining questions can establish it any more.';
    expect(r.stdout.split(excluded)).toHaveLength(2);
    // Questions 1–7 are out of reach after six NO, questions 8–21 after nine (q16).
    expect(r.stdout.split('Question 17 (17/21)')[0]).toContain(excluded);
    expect(r.stdout.split('Question 16 (16/21)')[0]).not.toContain(excluded);
    expect(r.stdout).toContain('All questions answered.');
    expect(r.stdout).toContain('not issued: No imminent risk established');
  });

  it('asks again after an answer it does not understand', () => {
    const r = runTrain(ON, lines('maybe', 'q'));
    expect(r.stdout).toContain('Please answer y, n, ?, b or q.');
  });

  it('speaks Romanian with --lang ro, with comma-below diacritics and never cedilla ones', () => {
    const r = runTrain([...ON, '--lang', 'ro'], lines('d', 'y', 'q'));
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('RISC IMINENT');
    expect(r.stdout).toContain('întrebările 1–7: 2/2 DA — prag atins');
    expect(r.stdout).toContain('Riscul iminent este acum stabilit');
    expect(r.stdout).toContain('Consecințe la 2025-06-01 (agresorul: soț sau soție)');
    expect(r.stdout).toMatch(/[șțăâî]/);
    expect(r.stdout).not.toMatch(/[ŞşŢţ]/);
  });

  it('speaks only Romanian with --lang ro: measures, durations, warnings and the form in words, with "de" after 20 and the singular for 1', () => {
    const r = runTrain([...ON, '--lang', 'ro'], lines('d', 'n', 'n', 'n', 'n', 'n', 'q'));
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('întrebările 1–7: 1/2 DA — mai trebuie 1 DA; 1 întrebare încă deschisă');
    expect(r.stdout).toContain('evaluarea se face pe formularul de risc al poliției din 2018');
    expect(r.stdout).toContain('nu este formularea oficială');
    expect(r.stdout).not.toMatch(/temporary-eviction|return-to-home|minimum-distance|surrender-weapons|ro-police-risk-form\/|\[PARAMETER_UNVERIFIED\]/);
    expect(r.stdout).not.toMatch(/\b(?:hours|reported|unverified|established)\b/);
  });

  it('says so, rather than naming a form "-", when no police form applies on the day', () => {
    const r = runTrain(['--date', '2023-05-01', '--relationship', 'cousin', '--lang', 'ro'], '');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('nu se aplică niciun formular de risc al poliției.');
    expect(r.stdout).not.toContain('formularul -');
  });

  it('shows an issued provisional order in Romanian with its measures in words and "120 de ore"', () => {
    const r = runTrain([...ON, '--lang', 'ro'], lines('d', 'd', 'q'));
    expect(r.stdout).toContain('120 de ore de la emitere');
    expect(r.stdout).toContain('evacuarea temporară a agresorului din locuință');
    expect(r.stdout).not.toContain('120 ore');
  });

  it('writes no ANSI escape with NO_COLOR set or when standard output is not a terminal', () => {
    for (const env of [{ NO_COLOR: '1' }, { NO_COLOR: undefined }]) {
      const r = runTrain(ON, lines('y', 'y', 'q'), env);
      expect(r.stdout).not.toContain('\u001b[');
    }
  });

  it('ends gracefully with exit status 0 when the input ends early, or is empty', () => {
    const early = runTrain(ON, lines('y'));
    expect(early.status).toBe(0);
    expect(early.stdout).toContain('Input ended: the session stops here.');
    expect(early.stdout).toContain('Determination: NO IMMINENT RISK (possible');
    const empty = runTrain(ON, '');
    expect(empty.status).toBe(0);
    expect(empty.stdout).toContain('Input ended');
  });

  it('for a neighbour after 2024-08-31 says there is nothing to score (the 2024 form cannot decide) and shows Law 26/2024', () => {
    const r = runTrain(['--date', '2025-03-12', '--relationship', 'neighbour'], '');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('There are no questions to practise for this date and relationship: The form that applies has unverified items or thresholds and cannot decide.');
    expect(r.stdout).toContain('Determination: NO DETERMINATION');
    expect(r.stdout).toContain('Law 26/2024 applies');
    // With no request recorded, Law 26/2024 decides it whatever the form: no order.
    expect(r.stdout).toContain('not issued: No request: under Law 26/2024 the order is issued only at the victim\'s request');
  });

  it("shows an agency pack's item wording with --labels, and warns about the items it lacks", () => {
    const dir = mkdtempSync(join(tmpdir(), 'dv-train-'));
    const pack = join(dir, 'agency.json');
    writeFileSync(pack, JSON.stringify({ schemaVersion: 1, lang: 'ro', name: 'Pachet de test', labels: { 'item.ro-police-risk-form.q1': 'Formularea agenției pentru întrebarea 1' } }));
    const r = runTrain([...ON, '--labels', pack], lines('y', 'q'));
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Întrebarea 1 (1/21) Formularea agenției pentru întrebarea 1 [d/n/?/b/q]:');
    expect(r.stdout).toContain('! Pachetul de etichete Pachet de test nu are text pentru q2, q3');
    expect(r.stdout).not.toContain('[LABEL_FALLBACK]');
    expect(r.stdout).toContain('Întrebarea 2 (2/21) Întrebarea 2, grupul 1–7');
  });

  it('refuses bad flags as usage errors (exit 2)', () => {
    expect(runTrain(['--date', '2025-02-30'], '').status).toBe(2);
    expect(runTrain(['--relationship', 'boss'], '').status).toBe(2);
    expect(runTrain(['--lang', 'fr'], '').status).toBe(2);
    expect(runTrain(['--reveal'], '').status).toBe(2);
  });
});
