import { describe, expect, it } from 'vitest';
import { cliKit } from '../support/cli-run.js';
import type { Result } from '../../src/index.js';

// `--assume FILE` (issue 11 item 8) end to end, through the command line's own entry.

const { file, run } = cliKit('dv-rules-assume-');

const SOURCE = 'Monitorul Oficial nr. 1234 of 2026-01-07';
const assumeYaml = file(
  'assume.yaml',
  ['- ruleSet: ro-order-breach/2025-12-15', '  effectiveFrom: "2026-01-10"', `  source: "${SOURCE}"`, '- ruleSet: ro-law-217-2003-provisional-order/2025-12-15', '  effectiveFrom: "2026-01-10"', `  source: "${SOURCE}"`, '- ruleSet: ro-police-intervention/2025-12-15', '  effectiveFrom: "2026-01-10"', `  source: "${SOURCE}"`, ''].join('\n'),
);
const caseFile = file(
  'case.json',
  JSON.stringify({
    schemaVersion: 1,
    incidentAt: '2026-01-05T08:00:00+02:00',
    relationship: 'spouse',
    breachedOrder: 'court',
    priorBreachConviction: true,
    riskForm: { answers: { q3: 'yes', q5: 'yes' } },
    events: { provisionalOrderIssuedAt: '2026-01-05T09:00:00+02:00', prosecutorFiledAt: '2026-01-05T20:00:00+02:00', breachAt: '2026-01-05T22:00:00+02:00' },
  }),
);

describe('dv-rules --assume FILE', () => {
  it('evaluate --json uses the in-force day from a YAML file and records it in the receipt', async () => {
    const r = await run(['evaluate', caseFile, '--assume', assumeYaml, '--json']);
    const result = JSON.parse(r.out) as Result;

    expect(r.status).toBe(0);
    expect(result.breach?.ruleSet).toBe('ro-order-breach/2020-08-22');
    expect(result.provisionalOrder.ruleSet).toBe('ro-law-217-2003-provisional-order/2018-12-28');
    expect(result.receipt.options.assumptions.map((a) => [a.ruleSet, a.effectiveFrom, a.source])).toEqual([
      ['ro-order-breach/2025-12-15', '2026-01-10', SOURCE],
      ['ro-law-217-2003-provisional-order/2025-12-15', '2026-01-10', SOURCE],
      ['ro-police-intervention/2025-12-15', '2026-01-10', SOURCE],
    ]);
  });

  it('the readable output says on one line, with the source, that assumptions were applied; in Romanian too', async () => {
    const en = await run(['evaluate', caseFile, '--assume', assumeYaml]);
    const ro = await run(['evaluate', caseFile, '--assume', assumeYaml, '--lang', 'ro']);

    expect(en.out.split('\n').filter((l) => l.startsWith('Assumed by the caller (3): '))).toHaveLength(1);
    expect(en.out).toContain(`ro-order-breach/2025-12-15 in force from 2026-01-10 (source: ${SOURCE})`);
    expect(ro.out).toContain(`Valori furnizate de utilizator (3): ro-order-breach/2025-12-15 în vigoare de la 2026-01-10 (sursa: ${SOURCE})`);
    expect(ro.out).toContain('[ASSUMPTION_APPLIED]');
    const plain = await run(['evaluate', caseFile, '--assume', assumeYaml, '--register', 'plain']);
    expect(plain.out).toContain('This result rests on a value or a date supplied by the user, with its source, instead of ours.');
    expect(plain.out).not.toContain('[ASSUMPTION_APPLIED]');
  });

  it('deadlines with --assume: the provisional order lapses after 120 hours, and the assumptions are named', async () => {
    const r = await run(['deadlines', caseFile, '--assume', assumeYaml, '--as-of', '2026-01-06T10:00:00+02:00']);
    const json = await run(['deadlines', caseFile, '--assume', assumeYaml, '--as-of', '2026-01-06T10:00:00+02:00', '--json']);
    const plain = await run(['deadlines', caseFile, '--as-of', '2026-01-06T10:00:00+02:00', '--json']);
    const end = (out: string) => (JSON.parse(out) as { deadlines: Array<{ id: string; dueAt: string | null }> }).deadlines.find((d) => d.id === 'opp-end')?.dueAt;

    expect(r.status).toBe(0);
    expect(r.out).toContain('Assumed by the caller (3)');
    expect(end(json.out)).toBe('2026-01-10T09:00:00+02:00');
    expect(end(plain.out)).not.toBe(end(json.out));
  });

  it('a confirmed value in the file is refused (status 2), naming the file and the path inside it', async () => {
    const bad = file('bad.json', JSON.stringify([{ ruleSet: 'ro-law-26-2024-violence-forms/2024-08-31', parameter: 'forms', value: ['physical'], source: 'memo' }]));
    const r = await run(['evaluate', caseFile, '--assume', bad]);
    const error = JSON.parse(r.err) as { error: { code: string; file: string; issues: Array<{ path: string }> } };

    expect(r.status).toBe(2);
    expect(error.error).toMatchObject({ code: 'INVALID_OPTIONS', file: bad, issues: [{ path: '$[0].parameter' }] });
  });

  it('on a Romanian terminal the refusal is in Romanian, with the file, the path and a hint', async () => {
    const bad = file('bad-ro.json', JSON.stringify([{ ruleSet: 'ro-order-breach/2020-08-22', effectiveFrom: '2020-09-01', source: 'memo' }]));
    const r = await run(['evaluate', caseFile, '--assume', bad, '--lang', 'ro'], true);

    expect(r.status).toBe(2);
    expect(r.err).toContain(bad);
    expect(r.err).toContain('$[0].effectiveFrom');
    expect(r.err).toContain('ziua de intrare în vigoare a setului de reguli nu este marcată ca incertă');
    expect(r.err).toContain('docs/integrating.md');
    expect(r.err).not.toMatch(/cannot be assumed/);
  });

  it('on an English terminal the refusal names the file, each path, and points to the documentation', async () => {
    const bad = file('bad-en.json', JSON.stringify([{ ruleSet: 'ro-order-breach/2025-12-15', parameter: 'maxMonths', value: 'sixty', source: 'memo' }]));
    const r = await run(['evaluate', caseFile, '--assume', bad], true);

    expect(r.status).toBe(2);
    expect(r.err).toContain(`${bad} is not a valid list of assumptions`);
    expect(r.err).toContain("at $[0].value: Expected a number, like the parameter's value");
    expect(r.err).toContain('hint: docs/integrating.md, "Corrections by an agency"');
  });

  it.each(['evaluate', 'deadlines', 'impact'])('dv-rules help %s names --assume FILE', async (command) => {
    const r = await run(['help', command]);

    expect(r.out).toMatch(/^ {2}--assume FILE +\S/m);
  });

  it('a file that is not a list is refused at its root, and a missing file is FILE_NOT_READABLE', async () => {
    const notList = await run(['evaluate', caseFile, '--assume', file('object.json', '{"ruleSet":"x"}')]);
    const missing = await run(['evaluate', caseFile, '--assume', `${file('present.yaml', '[]')}.missing`]);

    expect(JSON.parse(notList.err)).toMatchObject({ error: { code: 'INVALID_OPTIONS', issues: [{ path: '$' }] } });
    expect(JSON.parse(missing.err)).toMatchObject({ error: { code: 'FILE_NOT_READABLE' } });
  });

  it('verify --result of a result made with assumptions says the rule sets are the shipped ones and lists the assumptions', async () => {
    const stored = file('result.json', (await run(['evaluate', caseFile, '--assume', assumeYaml, '--json'])).out);
    const r = await run(['verify', '--result', stored]);
    const json = await run(['verify', '--result', stored, '--json']);

    expect(r.status).toBe(0);
    expect(r.out).toContain('assumptions recorded: 3');
    expect(r.out).toContain(`ro-order-breach/2025-12-15 · effectiveFrom 2026-01-10 · ${SOURCE}`);
    expect(JSON.parse(json.out)).toMatchObject({ ok: true, assumptions: [{ ruleSet: 'ro-order-breach/2025-12-15', effectiveFrom: '2026-01-10', source: SOURCE }, { ruleSet: 'ro-law-217-2003-provisional-order/2025-12-15' }, { ruleSet: 'ro-police-intervention/2025-12-15' }] });
  });
});
