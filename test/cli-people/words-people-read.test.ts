import { describe, expect, it } from 'vitest';
import { cliKit } from '../support/cli-run.js';
import { helpText } from '../../src/cli/command-help.js';
import { evaluateSync } from '../../src/index.js';

// What an audit of the words a Romanian police trainer and an agency engineer read found, each
// checked where a person reads it: the readable output of the command line.
const { file, run } = cliKit('dv-rules-words-');

const filed = file('filed.json', JSON.stringify({ schemaVersion: 1, incidentAt: '2025-03-10T21:00:00+02:00', relationship: 'spouse', events: { protectionOrderFiledAt: '2025-03-11T09:00:00+02:00' } }));

describe('dv-rules evaluate without --as-of judges no status, and says so', () => {
  it('a court application filed 2025-03-11 09:00 is due 2025-03-14 09:00 with its status not judged, not "running", in Romanian and English', async () => {
    const ro = await run(['evaluate', filed, '--lang', 'ro']);
    const en = await run(['evaluate', filed]);

    expect(ro.out).toContain('scadent 2025-03-14 09:00 EET (starea nu este judecată: lipsește momentul de referință)');
    expect(ro.out).not.toContain('(în curs)');
    expect(en.out).toContain('due 2025-03-14 09:00 EET (status not judged: no time of reference given)');
    expect(en.out).not.toContain('(pending)');
  });

  it('with --as-of the same step says the status it judged', async () => {
    const r = await run(['evaluate', filed, '--lang', 'ro', '--as-of', '2025-04-01T10:00:00+03:00']);
    expect(r.out).toContain('scadent 2025-03-14 09:00 EET (depășit)');
  });
});

describe('Romanian terminal errors keep the reason of an options issue, never echoing the input', () => {
  const aCase = file('case.json', JSON.stringify({ schemaVersion: 1, incidentAt: '2025-03-10T21:00:00+02:00', relationship: 'spouse' }));

  it('a day assumed for one of Law 232/2025\'s three rule sets only: the same day is needed for the others', async () => {
    const bad = file('one-of-three.json', JSON.stringify([{ ruleSet: 'ro-order-breach/2025-12-15', effectiveFrom: '2025-12-20', source: 'SECRET-SOURCE' }]));
    const r = await run(['evaluate', aCase, '--assume', bad, '--lang', 'ro'], true);

    expect(r.status).toBe(2);
    expect(r.err).toContain('la $[0].effectiveFrom: celelalte seturi de reguli ale aceluiași act intră în vigoare în aceeași zi incertă');
    expect(r.err).not.toContain('o valoare nevalidă');
    expect(r.err).not.toContain('SECRET-SOURCE');
    expect(r.err).not.toContain('2025-12-20');
  });

  it('a label pack for English given with --lang ro: the reason in Romanian', async () => {
    const pack = file('en-pack.json', JSON.stringify({ schemaVersion: 1, lang: 'en', name: 'an English pack', labels: {} }));
    const r = await run(['evaluate', aCase, '--labels', pack, '--lang', 'ro'], true);

    expect(r.status).toBe(2);
    expect(r.err).toContain('pachetul de etichete este pentru altă limbă decât cea cerută');
    expect(r.err).not.toContain('o valoare nevalidă');
  });
});

describe('counted words and words without gender agreement', () => {
  it('dv-rules fixtures --lang ro counts "1 reușită", "2 reușite", "de" from 20', async () => {
    const single = file('one.yaml', `fixtures:\n  - name: On 2025-03-10 a spouse's case is under Law 217/2003\n    case: { schemaVersion: 1, incidentAt: "2025-03-10T21:00:00+02:00", relationship: spouse }\n    expect: { regime: { id: law-217-2003 } }\n`);
    const one = await run(['fixtures', single, '--lang', 'ro']);
    const many = await run(['fixtures', 'fixtures/scenarios', '--lang', 'ro']);

    expect(one.out.trimEnd().split('\n').at(-1)).toMatch(/^1 reușită, 0 eșuate$/);
    expect(many.out.trimEnd().split('\n').at(-1)).toMatch(/^\d+ de reușite, 0 eșuate$/);
  });

  it('dv-rules deadlines --lang ro says what is missing from the case without a participle to agree', async () => {
    const r = await run(['deadlines', filed, '--lang', 'ro', '--as-of', '2025-04-20T10:00:00+03:00']);
    expect(r.out).toContain('depășit: scadența a trecut și lipsește din caz „hotărârea primei instanțe”');
    expect(r.out).not.toMatch(/” nu este consemnat/);
  });

  it('dv-rules deadlines names the steps by their number in the checklist, "Pasul 4", not a bare "4."', async () => {
    const r = await run(['deadlines', filed, '--lang', 'ro', '--as-of', '2025-04-20T10:00:00+03:00']);
    const ev = await run(['evaluate', filed, '--lang', 'ro']);

    expect(r.out).toMatch(/^ {2}Pasul 4: \[Instanța\] Instanța judecă cererea/m);
    expect(ev.out).toMatch(/^ {2}4\. \[Instanța\] Instanța judecă cererea/m);
    expect(r.out).not.toMatch(/^ {2}\d+\. \[/m);
  });
});

describe('Romanian words where ids or an appellant were', () => {
  it('demo --lang ro names the police form by its name before its id', async () => {
    const r = await run(['demo', '--lang', 'ro']);
    expect(r.out).toContain('Formular: formularul de risc al poliției din 2018 (ro-police-risk-form/2018-12-28, în vigoare de la 2018-12-28)');
  });

  it('assumptions are "values supplied by the user" in Romanian, and printed only when given', async () => {
    const assume = file('assume.json', JSON.stringify([{ ruleSet: 'ro-law-217-2003-violence-forms/2020-07-09', parameter: 'forms', value: ['physical', 'verbal'], source: 'Agency memo 12/2026' }]));
    const withOne = await run(['evaluate', filed, '--assume', assume, '--lang', 'ro']);
    const without = await run(['evaluate', filed, '--lang', 'ro']);

    expect(withOne.out).toContain('Valori furnizate de utilizator (1): ');
    expect(withOne.out).not.toMatch(/apelant/);
    expect(without.out).not.toContain('Valori furnizate de utilizator');
  });

  it('impact --lang ro says "with the content of" for a rule set carrying another version, and the JSON keeps "(as …)"', async () => {
    const text = await run(['impact', 'fixtures/scenarios/08-partner-court-order-months-2023.yaml', '--law-of', '2023-07-22', '--lang', 'ro']);
    const json = await run(['impact', 'fixtures/scenarios/08-partner-court-order-months-2023.yaml', '--law-of', '2023-07-22', '--format', 'json']);

    expect(text.out).toContain('ro-law-217-2003-protection-order/2023-07-23 (cu conținutul lui ro-law-217-2003-protection-order/2012-05-12)');
    expect(text.out).not.toContain('(as ');
    expect(json.out).toContain('(as ro-law-217-2003-protection-order/2012-05-12)');
  });
});

describe('warnings that read well for every regime and every parameter', () => {
  const neighbour = { schemaVersion: 1, incidentAt: '2024-08-30T20:00:00+03:00', relationship: 'neighbour', events: { protectionOrderFiledAt: '2024-09-05T10:00:00+03:00' } };

  it('an act judged on its day where the incident day gave no route names the regime, not "it was no protection-order route"', () => {
    for (const lang of ['en', 'ro'] as const) {
      const w = evaluateSync(neighbour, { lang }).warnings.find((x) => x.code === 'ACT_JUDGED_ON_ITS_DAY');
      expect(w?.message).toBeDefined();
      expect(w?.message).not.toMatch(/it was no |se aplica nicio/);
    }
    const en = evaluateSync(neighbour, { lang: 'en' }).warnings.find((x) => x.code === 'ACT_JUDGED_ON_ITS_DAY');
    expect(en?.message).toContain('under the law of the incident day, 2024-08-30, the regime is another: no protection-order route');
  });

  it('a list parameter supplied by the caller reads "the value used for “…”", not "The forms of violence the law names of …"', () => {
    const assumptions = [{ ruleSet: 'ro-law-217-2003-violence-forms/2020-07-09', parameter: 'forms', value: ['physical', 'verbal'], source: 'Agency memo 12/2026' }];
    const c = { schemaVersion: 1, incidentAt: '2025-03-10T21:00:00+02:00', relationship: 'spouse' };
    const en = evaluateSync(c, { lang: 'en', assumptions }).warnings.find((x) => x.code === 'ASSUMPTION_APPLIED');
    const ro = evaluateSync(c, { lang: 'ro', assumptions }).warnings.find((x) => x.code === 'ASSUMPTION_APPLIED');

    expect(en?.message).toMatch(/^In ro-law-217-2003-violence-forms\/2020-07-09, the value used for “[^”]+” is the one the caller supplied, /);
    expect(en?.message).not.toMatch(/ of ro-law-217-2003-violence-forms\/2020-07-09 is the caller's value/);
    expect(ro?.message).toMatch(/^În ro-law-217-2003-violence-forms\/2020-07-09, valoarea folosită pentru „[^”]+” este cea furnizată de utilizator, /);
  });
});

describe('help names every reason for exit status 2', () => {
  it.each([['demo'], ['rules'], ['schema'], ['evaluate'], ['impact']])('dv-rules help %s says a closed pipe or a failed write ends with 2 too', (command) => {
    const text = helpText(command) ?? '';
    // The status 2 entry, with its wrapped continuation lines.
    const line = /^ {2}2 .*(?:\n {6,}.*)*/m.exec(text.slice(text.indexOf('Exit status:\n')))?.[0] ?? '';
    expect(line).toMatch(/could not be written|closed the pipe/);
  });
});
