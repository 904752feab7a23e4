import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluate, parseLabelPack, type EvaluateOptions } from '../../src/index.js';
import { exampleCase } from '../../src/cli/example-case.js';
import { renderResult } from '../../src/cli/render-result.js';

/** Every identifier a shipped rule set lists as a measure, filer or form of violence. */
function listedIds(): string[] {
  const ids = new Set<string>();
  for (const series of readdirSync('rules', { withFileTypes: true }).filter((d) => d.isDirectory())) {
    for (const file of readdirSync(join('rules', series.name)).filter((f) => /^\d{4}-\d{2}-\d{2}\.json$/.test(f))) {
      const rs = JSON.parse(readFileSync(join('rules', series.name, file), 'utf8')) as { parameters: Record<string, { value: unknown }> };
      for (const name of ['measures', 'otherMeasures', 'filers', 'forms']) {
        const value = rs.parameters[name]?.value;
        if (Array.isArray(value)) for (const id of value) ids.add(String(id));
      }
    }
  }
  return [...ids];
}

// Letters of any script bound an identifier: "verbală" does not contain the identifier "verbal".
const RAW_ID = new RegExp(`(?<![\\p{L}\\p{N}-])(?:${listedIds().join('|')})(?![\\p{L}\\p{N}-])`, 'u');
/** The identifiers with a hyphen: single-word ones ("victim", "social") are also plain English. */
const RAW_HYPHENATED_ID = new RegExp(`(?<![\\p{L}\\p{N}-])(?:${listedIds().filter((id) => id.includes('-')).join('|')})(?![\\p{L}\\p{N}-])`, 'u');
const STATUS_WORD = /\b(?:confirmed|reported|seed|unverified|in-force|proposed)\b/;
const UNFILLED = /\b(?:ui|reason|warning|message|rule|form)\.[a-zA-Z0-9_.-]+|\{\w+\}/;
const ENGLISH = /\b(?:hours|months|and|or|not evaluated|true|false|YES|NO|unknown|threshold|Law \d)\b/;

const spouse = (answers: Record<string, string>, over: Record<string, unknown> = {}) => ({
  schemaVersion: 1,
  incidentAt: '2024-03-02T21:15:00+02:00',
  relationship: 'spouse',
  riskForm: { answers },
  ...over,
});
const all = (yes: string[]): Record<string, string> => Object.fromEntries(Array.from({ length: 21 }, (_, i) => [`q${i + 1}`, yes.includes(`q${i + 1}`) ? 'yes' : 'no']));

async function render(c: unknown, options: EvaluateOptions = {}): Promise<string> {
  return renderResult(await evaluate(c, { lang: 'ro', ...options }), false);
}

/** The text without the parts that quote the sources as they are: the English citation titles (also the checklist's "§" lines) and the bracketed conditions. */
const prose = (text: string): string =>
  text
    .split('\n')
    .filter((l) => !l.startsWith('  - Aplicată:') && !l.includes('potrivit Order') && !l.includes('(Order') && !l.startsWith('    ro-') && !l.trimStart().startsWith('§ '))
    .join('\n');

describe('the readable result in Romanian, legal register', () => {
  it('names measures, filers and forms of violence in words, never by their identifiers', async () => {
    const text = await render(exampleCase);
    expect(text).toContain('evacuarea temporară a agresorului din locuință');
    expect(text).toContain('procurorul (în numele victimei)');
    expect(text).toContain('violență cibernetică');
    // A checklist "§" line quotes a citation's English title ("… social services …"), not an identifier.
    expect(text.split('\n').filter((l) => !l.trimStart().startsWith('§ ')).join('\n')).not.toMatch(RAW_ID);
  });

  it('shows statuses in Romanian, keeps rule-set ids and parameter names for the sources, and leaves no key unfilled', async () => {
    const text = await render(exampleCase);
    expect(text).toContain('(în vigoare, sha256 ');
    expect(text).toContain('durata ordinului provizoriu, în ore (durationHours) = 120 (din surse secundare)');
    expect(text).toContain('! [PARAMETER_UNVERIFIED] Valoarea „formele de violență prevăzute de lege”');
    expect(prose(text)).not.toMatch(STATUS_WORD);
    expect(text).not.toMatch(UNFILLED);
    expect(prose(text)).not.toMatch(ENGLISH);
  });

  it('writes "de" after 20 and up, and the singular for 1', async () => {
    expect(await render(exampleCase)).toContain('120 de ore de la emitere');
    expect(await render(exampleCase)).toContain('întrebările 1–7: 2 DA, 4 NU, 1 necunoscut; prag 2; ATINS');
    const repeat = { schemaVersion: 1, incidentAt: '2026-03-10T10:00:00+02:00', relationship: 'spouse', aggressorHadPriorProtectionOrder: true };
    expect(await render(repeat, { includeProposed: true })).toContain('până la 24 de luni (implicit 12)');
    const breach = { ...spouse({ q1: 'yes' }), incidentAt: '2020-08-01T10:00:00+03:00', breachedOrder: 'court', events: { breachAt: '2020-08-22T00:30:00+03:00' } };
    expect(await render(breach)).toContain('pedeapsa: închisoare de la 6 la 60 de luni');
  });

  it('puts the penalty on its own line, never joined to the reason as "infracțiune. între"', async () => {
    const breach = { ...spouse({ q1: 'yes' }), incidentAt: '2020-08-01T10:00:00+03:00', breachedOrder: 'court', events: { breachAt: '2020-08-21T23:30:00+03:00' } };
    const text = await render(breach);
    expect(text).toContain('  Încălcarea ordinului este infracțiune.\n  pedeapsa: închisoare de la 1 la 12 luni');
    expect(text).not.toMatch(/infracțiune\. între/);
  });

  it('joins two changes into one sentence and says exactly how many answers it takes', async () => {
    const text = await render(spouse(all(['q1', 'q2', 'q3', 'q8', 'q9', 'q10', 'q11', 'q12', 'q13', 'q14'])));
    expect(text).toContain('2 răspunsuri DA mai puțin la întrebările 1–7 (dintre întrebările 1, 2 și 3) și 2 răspunsuri DA mai puțin la întrebările 8–21 (dintre întrebările 8, 9, 10, 11, 12, 13 și 14) ar înlătura riscul iminent.');
    expect(text).toContain('sunt necesare exact 4 răspunsuri schimbate');
    expect(text).not.toMatch(/\. și |cel puțin/);
  });

  it('starts an alternative with "Sau" and a lower-case clause, never "sau Încă"', async () => {
    const text = await render(spouse(all(['q1', 'q8', 'q9', 'q10', 'q11', 'q12'])));
    expect(text).toContain('Încă un DA la întrebările 8–21 (oricare dintre întrebările 13');
    expect(text).toContain('Sau încă un DA la întrebările 1–7 (oricare dintre întrebările 2');
    expect(text).not.toMatch(/sau Încă|Sau Încă/);
  });

  it('does not offer to "establish" imminent risk that the officer\'s finding already established', async () => {
    const raised = { ...spouse({ q1: 'yes', q2: 'no' }), riskForm: { answers: { q1: 'yes', q2: 'no' }, officerFinding: { imminentRisk: true, reason: 'Exemplu inventat: o armă văzută' } } };
    const text = await render(raised);
    expect(text).toContain('Evaluare: RISC IMINENT');
    expect(text).toContain('Ce ar schimba numărătoarea formularului (aici decide constatarea polițistului)');
    expect(text).toContain('ar face ca și numărătoarea formularului să arate risc iminent');
    expect(text).not.toContain('ar stabili riscul iminent');
  });

  it("shows an officer's finding that agrees with the count", async () => {
    const agrees = { ...spouse({ q1: 'yes' }), riskForm: { answers: { q1: 'yes' }, officerFinding: { imminentRisk: false, reason: 'Victima pare liniștită' } } };
    expect(await render(agrees)).toContain('Constatarea consemnată a polițistului este aceeași cu rezultatul numărătorii: Victima pare liniștită');
  });

  it('does not show the duration and measures of a provisional order that is not issued', async () => {
    const text = await render({ ...spouse({ q1: 'yes', q4: 'yes' }), victimOpposesProvisionalOrder: true });
    expect(text).toContain('nu se emite: Victima se opune');
    expect(text.split('Ordin de protecție (instanța)')[0]).not.toMatch(/de la emitere|măsuri/);
  });

  it('says a provisional order the case records as issued was issued, against the rules, and when it ends', async () => {
    const text = await render(spouse(all([]), { events: { provisionalOrderIssuedAt: '2024-03-02T23:00:00+02:00' } }));
    const block = text.split('\n\n').find((b) => b.startsWith('Ordin de protecție provizoriu')) ?? '';
    expect(block).toContain('înregistrat ca emis, deși după aceste reguli nu s-ar emite');
    expect(block).toContain('încetează la 2024-03-07 23:00');
    expect(block).not.toContain('nu se emite:');
    // Without the recorded issue, the same case reads as before.
    const refused = (await render(spouse(all([])))).split('\n\n').find((b) => b.startsWith('Ordin de protecție provizoriu')) ?? '';
    expect(refused).toContain('nu se emite:');
  });

  it('words the reason for the earlier, more lenient penalty while the in-force day of Law 232/2025 is uncertain', async () => {
    const c = { schemaVersion: 1, incidentAt: '2025-11-01T10:00:00+02:00', relationship: 'spouse', breachedOrder: 'court', priorBreachConviction: true, events: { breachAt: '2025-12-15T20:00:00+02:00' } };
    const text = await render(c);
    expect(text).toContain('se aplică limitele anterioare, mai blânde');
    expect(text).not.toMatch(UNFILLED);
    expect(prose(text)).not.toMatch(STATUS_WORD);
  });
});

describe('the readable result in the plain register', () => {
  const SOURCES = /[a-z0-9-]+\/\d{4}-\d{2}-\d{2}|sha256|\[[A-Z_]+\]|threshold[A-Z]|durationHours|\(forms\)|Order MAI|https?:/;

  it('has no rule-set id, hash, code, parameter name or citation, in Romanian and in English', async () => {
    for (const lang of ['ro', 'en'] as const) {
      for (const c of [exampleCase, { schemaVersion: 1, incidentAt: '2025-03-12T10:00:00+02:00', relationship: 'neighbour', riskForm: { answers: { q1: 'yes' } } }]) {
        const text = renderResult(await evaluate(c, { lang, register: 'plain' }), false);
        expect(text, lang).not.toMatch(SOURCES);
        expect(text, lang).not.toMatch(UNFILLED);
      }
    }
  });

  it('gives the reasons of the rules that applied only, never a rule that did not apply as if it had', async () => {
    const text = await render({ ...spouse({ q1: 'yes', q4: 'yes' }), victimOpposesProvisionalOrder: true }, { register: 'plain' });
    expect(text).toContain('Victima se opune: nu se emite ordin provizoriu');
    expect(text).not.toContain('polițistul emite ordinul');
    expect(text).toContain('Evaluarea se face pe formularul de risc al poliției din 2018.');
    expect(text).toContain('! O valoare folosită aici (formele de violență prevăzute de lege) nu este verificată');
  });

  it('words a rule that did not apply, in the result itself, as not applied', async () => {
    const r = await evaluate({ ...spouse({ q1: 'yes', q4: 'yes' }), victimOpposesProvisionalOrder: true }, { lang: 'ro', register: 'plain' });
    const notFired = r.explanation.find((e) => e.ruleId === 'not-opposed');
    expect(notFired?.message).toBe('Această regulă nu s-a aplicat aici: „Risc iminent și victima nu se opune: polițistul emite ordinul.”');
  });
});

describe("an agency's label pack in the readable result", () => {
  const pack = parseLabelPack({
    schemaVersion: 1,
    lang: 'ro',
    name: 'IPJ test',
    labels: { 'ui.met': 'ÎNDEPLINIT', 'reason.IMMINENT_RISK_NOT_OPPOSED': 'MOTIV AGENȚIE', 'ui.measure.temporary-eviction': 'EVACUARE (AGENȚIE)' },
  });

  it('words the ui and reason texts when the renderer is given the pack', async () => {
    const text = renderResult(await evaluate(exampleCase, { labels: pack }), false, pack);
    expect(text).toContain('ÎNDEPLINIT');
    expect(text).toContain('se poate emite: MOTIV AGENȚIE');
    expect(text).toContain('EVACUARE (AGENȚIE)');
    expect(text).not.toContain('ATINS');
  });

  it('keeps the identifier of a measure no pack labels, so a new measure still prints', async () => {
    const r = await evaluate(exampleCase, { lang: 'ro' });
    const withNew = { ...r, provisionalOrder: { ...r.provisionalOrder, measures: ['agency-new-measure', 'temporary-eviction'] } };
    const text = renderResult(withNew, false);
    expect(text).toContain('    - agency-new-measure\n    - evacuarea temporară a agresorului din locuință');
  });
});

describe('the readable result in English', () => {
  it('keeps its wording, with the changes joined into one sentence', async () => {
    const text = renderResult(await evaluate(exampleCase), false);
    expect(text).toContain('Determination: IMMINENT RISK (established: no answer to the open items can remove it)');
    expect(text).toContain('One YES fewer among questions 1–7 (any of questions 1 and 4) would remove imminent risk.');
    expect(text).toContain('120 hours from issue');
    expect(text).toContain('    - temporary removal of the aggressor from the home');
    expect(text).not.toMatch(RAW_HYPHENATED_ID);
    expect(text).not.toMatch(UNFILLED);
  });
});
