import type { FieldChange } from './compare-results.js';
import type { ImpactInputError } from './read-impact-cases.js';
import { safeText } from '../safe-text.js';
import { createTranslator, type Assumption, type Translator } from '../../index.js';
import { assumptionsLine } from '../assumptions-line.js';
import { errorIssueLines } from '../issue-lines.js';
import { localizedError } from '../localized-error.js';

/** What `dv-rules impact` found, and prints as is with `--format json`. */
export interface ImpactReport {
  /** What was compared: the flags that make the change (`without`: the rule set `--change` measures). */
  change: { ruleSets: string[]; includeProposed: boolean; lawOf: string | null; without: string | null; assumptions: Assumption[] };
  /** The cases judged: those with a result under at least one of the two laws. */
  cases: number;
  changed: number;
  /** Each case whose result changes: where it is, its `ref`, the fields (each with the rule set behind it under each law), and the rule sets that made the difference. */
  changes: Array<{ where: string; ref?: string; fields: FieldChange[]; ruleSets: string[] }>;
  /** Each file or line that could not be read as a case, and each case refused under both laws, in input order: where, and the coded error with its issues. */
  errors: Array<ImpactInputError & { ref?: string }>;
  /** Folders marked as holding no cases, and fixtures of expected refusals, passed over. */
  skipped: string[];
}

type Lang = 'en' | 'ro';

/** A count with its noun: English one/other; Romanian one, few, and "de" from 20 (Intl's plural rules). */
function count(lang: Lang, n: number, one: string, many: string): string {
  const form = new Intl.PluralRules(lang).select(n);
  if (form === 'one') return `${n} ${one}`;
  return lang === 'ro' && form === 'other' ? `${n} de ${many}` : `${n} ${many}`;
}

// The report's own words; field names are translated piece by piece (ids stay as they are).
const WORDS = {
  en: {
    totals: (n: number, c: number, e: number, s: number) => `${count('en', n, 'case', 'cases')}: ${c} change, ${count('en', e, 'error', 'errors')}${s > 0 ? `, ${s} skipped` : ''}`,
    heading: (c: number, n: number) => `### Impact: ${c} of ${count('en', n, 'case', 'cases')} ${c === 1 ? 'changes' : 'change'}`,
    errors: (e: number) => `${count('en', e, 'input', 'inputs')} could not be judged (errors below).`,
    header: '| case | field | from | to | rule set (from → to) |',
    error: 'error',
    skipped: 'skipped',
    fields: [] as Array<[RegExp, string]>,
  },
  ro: {
    totals: (n: number, c: number, e: number, s: number) => `${count('ro', n, 'caz', 'cazuri')}: ${c} se schimbă, ${count('ro', e, 'eroare', 'erori')}${s > 0 ? `, ${s} sărite` : ''}`,
    heading: (c: number, n: number) => `### Impact: ${c} din ${count('ro', n, 'caz', 'cazuri')} se schimbă`,
    errors: (e: number) => (e === 1 ? '1 intrare nu a putut fi judecată (eroarea mai jos).' : `${count('ro', e, 'intrare', 'intrări')} nu au putut fi judecate (erorile mai jos).`),
    header: '| caz | câmp | din | în | set de reguli (din → în) |',
    error: 'eroare',
    skipped: 'sărit',
    fields: [
      [/^regime$/, 'regimul'],
      [/^imminent risk$/, 'riscul iminent'],
      [/^provisional order eligible$/, 'ordinul provizoriu se poate emite'],
      [/^provisional order duration$/, 'durata ordinului provizoriu'],
      [/^provisional order ends$/, 'sfârșitul ordinului provizoriu'],
      [/^protection order available$/, 'ordinul de protecție poate fi cerut'],
      [/^protection order maximum months$/, 'durata maximă a ordinului de protecție (luni)'],
      [/^protection order default months$/, 'durata obișnuită a ordinului de protecție (luni)'],
      [/^protection order ends$/, 'sfârșitul ordinului de protecție'],
      [/^breach offence$/, 'încălcarea ordinului este infracțiune'],
      [/^breach penalty months$/, 'pedeapsa pentru încălcare (luni)'],
      [/^breach aggravated$/, 'încălcare agravată'],
      [/^deadline (\S+) due$/, 'termenul $1: scadența'],
      [/^deadline (\S+) status$/, 'termenul $1: starea'],
      [/^next step (\S+) due$/, 'pasul următor $1: scadența'],
      [/^next step (\S+)$/, 'pasul următor $1'],
      [/^victim referred to$/, 'victima este îndrumată către'],
      [/^perpetrator referred to$/, 'agresorul este îndrumat către'],
      [/^perpetrator, without a programme, referred to$/, 'agresorul, fără program, este îndrumat către'],
      [/^perpetrator never referred to$/, 'agresorul nu este niciodată îndrumat către'],
      [/^outcome$/, 'rezultatul'],
    ] as Array<[RegExp, string]>,
  },
} as const;

const VALUES_RO: Record<string, string> = { true: 'da', false: 'nu', yes: 'da', if: 'dacă', 'a result': 'un rezultat', pending: 'în curs', missed: 'ratat', met: 'respectat', 'not-applicable': 'nu se aplică', expired: 'expirat' };

function fieldName(field: string, lang: Lang): string {
  for (const [re, ro] of WORDS[lang].fields) if (re.test(field)) return field.replace(re, ro);
  return field;
}

function show(v: unknown, lang: Lang): string {
  if (v === null || v === undefined) return '—';
  const s = typeof v === 'string' ? v : JSON.stringify(v);
  if (lang === 'ro') return VALUES_RO[s] ?? durationRo(v) ?? s.replace(/^refused \((\w+)\)$/, 'refuzat ($1)');
  return s;
}

/** A duration or a range in Romanian words ({ hours: 120 } → "120 de ore", { min: 6, max: 60 } → "6–60"), where the English text keeps the JSON. */
function durationRo(v: unknown): string | undefined {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return undefined;
  const o = v as Record<string, unknown>;
  const keys = Object.keys(o);
  if (keys.length === 2 && typeof o['min'] === 'number' && typeof o['max'] === 'number') return `${o['min']}–${o['max']}`;
  if (keys.length !== 1) return undefined;
  if (typeof o['hours'] === 'number') return count('ro', o['hours'], 'oră', 'ore');
  if (typeof o['days'] === 'number') return count('ro', o['days'], 'zi', 'zile');
  if (o['until'] === 'first-instance-judgment') return 'până la hotărârea primei instanțe';
  return undefined;
}

/** The assumptions both sides rest on (`--assume`), in one line, or none. */
function assumed(r: ImpactReport, tr: Translator): string[] {
  const line = assumptionsLine(r.change.assumptions, tr);
  return line === undefined ? [] : [line];
}

/** An error's sentence in the report's language: in English the message, in another worded from the code, the file and the paths (`localizedError`). */
function errorSentence(x: ImpactReport['errors'][number], tr: Translator): string {
  return safeText(tr.lang === 'en' ? x.error.message : localizedError(x.error, { tr }).sentence);
}

const label = (c: { where: string; ref?: string | undefined }): string => safeText(c.ref === undefined ? c.where : `${c.ref} (${c.where})`);
// "A (as B)": rule set A carrying the content of B (--law-of, --change); "A (user)", "A (proposed)":
// the caller's rule set, the proposed law. The report's JSON keeps those forms; the text and
// Markdown say them in the report's language.
function carrying(id: string | null, tr: Translator): string {
  if (id === null) return '—';
  const as = /^(\S+) \(as (\S+)\)$/.exec(id);
  if (as !== null) return tr.t('ui.cli.impact.rule-set-as', { id: as[1] ?? '', content: as[2] ?? '' });
  const marked = /^(\S+) \((user|proposed)\)$/.exec(id);
  return marked === null ? id : tr.t(`ui.cli.impact.rule-set-${marked[2] ?? ''}`, { id: marked[1] ?? '' });
}
const underText = (f: FieldChange, tr: Translator): string =>
  f.ruleSet.from === f.ruleSet.to ? carrying(f.ruleSet.to, tr) : `${carrying(f.ruleSet.from, tr)} → ${carrying(f.ruleSet.to, tr)}`;

/**
 * The impact report as text: the totals, then each changed case with its fields, from what to what,
 * and the rule set behind each field under each law, then the errors in input order, each with its
 * paths (bounded as on a terminal), worded in the report's language.
 *
 * @param r - the report
 * @param lang - the language of the report's words (ids and values stay as they are)
 * @returns the text, ending with a newline
 * @example
 * renderImpactText(report).split('\n')[0] //=> '12 cases: 3 change, 0 errors'
 * @since 0.1.0
 */
export function renderImpactText(r: ImpactReport, lang: Lang = 'en'): string {
  const w = WORDS[lang];
  const tr = createTranslator(lang);
  const lines = [w.totals(r.cases, r.changed, r.errors.length, r.skipped.length), ...assumed(r, tr)];
  for (const c of r.changes) {
    lines.push('', label(c));
    for (const f of c.fields) lines.push(`  ${fieldName(f.field, lang)}: ${safeText(show(f.from, lang))} → ${safeText(show(f.to, lang))}   [${safeText(underText(f, tr))}]`);
  }
  for (const x of r.errors) lines.push('', `${label(x)}: ${w.error} ${x.error.code}: ${errorSentence(x, tr)}`, ...errorIssueLines(x.error, tr).map((l) => `  ${l}`));
  return `${lines.join('\n')}\n`;
}

/**
 * The impact report as Markdown, for a merge request comment: the totals and one table row per
 * changed field, with the rule set behind it, then the errors in input order with their paths.
 * Table cells escape `|`, and control characters are removed.
 *
 * @param r - the report
 * @param lang - the language of the report's words
 * @returns the Markdown, ending with a newline
 * @example
 * renderImpactMarkdown(report).split('\n')[0] //=> '### Impact: 3 of 12 cases change'
 * @since 0.1.0
 */
export function renderImpactMarkdown(r: ImpactReport, lang: Lang = 'en'): string {
  const w = WORDS[lang];
  const tr = createTranslator(lang);
  const cell = (s: string): string => safeText(s).replace(/\|/g, '\\|');
  const lines = [w.heading(r.changed, r.cases), '', ...assumed(r, tr).flatMap((l) => [l, ''])];
  if (r.errors.length > 0) lines.push(w.errors(r.errors.length), '');
  if (r.changes.length > 0) {
    lines.push(w.header, '|---|---|---|---|---|');
    for (const c of r.changes) {
      for (const f of c.fields) lines.push(`| ${cell(label(c))} | ${cell(fieldName(f.field, lang))} | ${cell(show(f.from, lang))} | ${cell(show(f.to, lang))} | ${cell(underText(f, tr))} |`);
    }
  }
  if (r.errors.length > 0) {
    lines.push('');
    for (const x of r.errors) lines.push(`- ${cell(label(x))}: ${w.error} \`${x.error.code}\`: ${cell(errorSentence(x, tr))}`, ...errorIssueLines(x.error, tr).map((l) => `  - ${cell(l)}`));
  }
  return `${lines.join('\n')}\n`;
}
