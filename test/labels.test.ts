import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createTranslator, DvRulesError, evaluate, parseLabelPack } from '../src/index.js';

const en = JSON.parse(readFileSync('labels/en.json', 'utf8')) as { labels: Record<string, string> };
const ro = JSON.parse(readFileSync('labels/ro.json', 'utf8')) as { labels: Record<string, string> };
const placeholders = (s: string): string[] => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort();

const base = {
  schemaVersion: 1,
  incidentAt: '2024-03-02T21:15:00+02:00',
  relationship: 'spouse',
  riskForm: { answers: { q1: 'yes', q2: 'no', q9: 'yes' } },
} as const;

describe('the shipped label packs', () => {
  it('have the same keys in Romanian and English, with the same placeholders', () => {
    expect(Object.keys(ro.labels).sort()).toEqual(Object.keys(en.labels).sort());
    for (const key of Object.keys(en.labels)) expect(placeholders(ro.labels[key] ?? ''), key).toEqual(placeholders(en.labels[key] ?? ''));
  });

  it('write Romanian with comma-below ș and ț, never the cedilla forms ş and ţ', () => {
    const text = JSON.stringify(ro.labels);
    expect(text).not.toMatch(/[\u015E\u015F\u0162\u0163]/);
    expect(text).toMatch(/[șț]/);
  });

  it('give every item of the 2018 form a neutral label naming its number and group', () => {
    for (let i = 1; i <= 21; i++) {
      expect(en.labels[`item.ro-police-risk-form.q${i}`]).toBe(`Question ${i}, group ${i <= 7 ? '1–7' : '8–21'}`);
      expect(ro.labels[`item.ro-police-risk-form.q${i}`]).toBe(`Întrebarea ${i}, grupul ${i <= 7 ? '1–7' : '8–21'}`);
    }
  });

  it('have a text for every error code and every reason code the rule sets raise', () => {
    const rules = readFileSync('labels/en.json', 'utf8');
    for (const code of ['INVALID_CASE', 'NO_RULE_SET_IN_FORCE', 'EVENTS_OUT_OF_ORDER', 'INVALID_LABEL_PACK']) expect(en.labels[`error.${code}`], code).toBeDefined();
    for (const reason of ['VICTIM_OPPOSES', 'NO_IMMINENT_RISK', 'IMMINENT_RISK_REQUESTED', 'POLICE_FALLBACK_VICTIM_CANNOT_WRITE', 'NOT_REQUESTED']) {
      expect(rules).toContain(`reason.${reason}`);
    }
  });
});

interface ShippedRuleSet {
  id: string;
  status: string;
  parameters: Record<string, { value: unknown; status: string }>;
  deadlines?: Array<{ id: string; startEvent: string; alsoStartedBy?: string[]; metBy?: string }>;
}
const ruleSets: ShippedRuleSet[] = readdirSync('rules', { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .flatMap((d) => readdirSync(join('rules', d.name)).filter((f) => /^\d{4}-\d{2}-\d{2}\.json$/.test(f)).map((f) => join('rules', d.name, f)))
  .map((f) => JSON.parse(readFileSync(f, 'utf8')) as ShippedRuleSet);
const listed = (name: string): string[] => ruleSets.flatMap((rs) => (Array.isArray(rs.parameters[name]?.value) ? (rs.parameters[name]?.value as string[]) : []));

describe('the shipped label packs word every identifier the shipped rule sets print', () => {
  const expectBoth = (key: string): void => {
    expect(en.labels[key], key).toBeDefined();
    expect(ro.labels[key], key).toBeDefined();
  };

  it('measures, other obligations, filers and forms of violence', () => {
    for (const id of listed('measures')) expectBoth(`ui.measure.${id}`);
    for (const id of listed('otherMeasures')) expectBoth(`ui.other-measure.${id}`);
    for (const id of listed('filers')) expectBoth(`ui.filer.${id}`);
    for (const id of listed('forms')) expectBoth(`ui.violence-form.${id}`);
  });

  it('parameters, statuses, deadlines and the case events that start or meet them', () => {
    for (const rs of ruleSets) {
      expectBoth(`ui.status.${rs.status}`);
      for (const [name, p] of Object.entries(rs.parameters)) {
        expectBoth(`ui.param.${name}`);
        expectBoth(`ui.status.${p.status}`);
      }
      for (const d of rs.deadlines ?? []) {
        expectBoth(`ui.deadline.${d.id}`);
        for (const e of [d.startEvent, ...(d.alsoStartedBy ?? []), ...(d.metBy === undefined ? [] : [d.metBy])]) expectBoth(`ui.event.${e}`);
      }
    }
  });

  it('every counted text in its three forms, one, few and other (Romanian "de" after 20)', () => {
    // A counted text has a `.one` form ("other" alone is also a relationship id).
    const counted = new Set(Object.keys({ ...en.labels, ...ro.labels }).filter((k) => k.endsWith('.one') || k.endsWith('.few')).map((k) => k.replace(/\.(?:one|few)$/, '')));
    expect(counted.size).toBeGreaterThan(15);
    for (const base of counted) for (const form of ['one', 'few', 'other']) expectBoth(`${base}.${form}`);
    expect(ro.labels['ui.duration-hours.other']).toBe('{hours} de ore de la emitere');
    expect(ro.labels['ui.train.count.needs.one']).toContain('{open} întrebare încă deschisă');
  });

  it('the warning about counting methods, naming the deadlines', () => {
    expect(placeholders(en.labels['warning.DEADLINE_COUNTING_UNVERIFIED'] ?? '')).toEqual(['deadlines']);
    expect(placeholders(ro.labels['warning.DEADLINE_COUNTING_UNVERIFIED'] ?? '')).toEqual(['deadlines']);
  });
});

describe('explanations in two languages and two registers', () => {
  it('the legal register cites the provision and names the parameter with its status', async () => {
    const r = await evaluate(base, { lang: 'en', register: 'legal' });
    const met = r.explanation.find((e) => e.ruleId === 'imminent-risk-by-questions-1-7');
    expect(met?.message).toContain('thresholdQuestions1To7, reported');
    expect(met?.message).toContain('146/2578/2018');
  });

  it('the plain register uses short sentences with no parameter names or citations', async () => {
    const r = await evaluate(base, { lang: 'en', register: 'plain' });
    for (const e of r.explanation) {
      expect(e.message).not.toMatch(/threshold[A-Z]|https?:|reported\b/);
    }
  });

  it('Romanian output is in Romanian, with diacritics, for explanations, warnings and item labels', async () => {
    const r = await evaluate(base, { lang: 'ro', register: 'plain' });
    expect(r.explanation.find((e) => e.ruleId === 'imminent-risk-by-questions-1-7')?.message).toContain('răspunsuri DA');
    expect(r.warnings.find((w) => w.code === 'PARAMETER_UNVERIFIED')?.message).toContain('neverificată');
    expect(r.warnings.find((w) => w.code === 'PARAMETER_UNVERIFIED')?.message).toContain('„formele de violență prevăzute de lege”');
    expect(r.riskAssessment?.items[0]?.label).toBe('Întrebarea 1, grupul 1–7');
    expect(r.receipt.options.lang).toBe('ro');
  });

  it('shows a source status in the legal register by its label, never the English word', async () => {
    const r = await evaluate(base, { lang: 'ro', register: 'legal' });
    const met = r.explanation.find((e) => e.ruleId === 'imminent-risk-by-questions-1-7');
    expect(met?.message).toContain('(thresholdQuestions1To7, din surse secundare)');
    expect(met?.message).not.toContain('reported');
  });

  it('the translator falls back to the given text for keys no pack has', () => {
    expect(createTranslator('ro').t('ui.not-a-key', {}, 'fallback')).toBe('fallback');
    expect(createTranslator('ro').t('ui.met')).toBe('ATINS');
  });
});

describe("an agency's label pack", () => {
  const pack = { schemaVersion: 1, lang: 'ro', name: 'Test agency', labels: { 'item.ro-police-risk-form.q1': 'Formularea oficială a întrebării 1' } };

  it('replaces item labels and warns which items kept the shipped neutral label', async () => {
    const r = await evaluate(base, { labels: parseLabelPack(pack) });
    expect(r.riskAssessment?.items[0]?.label).toBe('Formularea oficială a întrebării 1');
    expect(r.riskAssessment?.items[1]?.label).toBe('Întrebarea 2, grupul 1–7');
    const w = r.warnings.find((x) => x.code === 'LABEL_FALLBACK');
    expect(w?.message).toContain('q2');
    expect(w?.message).not.toContain('q1,');
    expect(r.receipt.options.labels?.name).toBe('Test agency');
  });

  it('is refused when it names a key the library does not know, or a placeholder the text cannot have', () => {
    const bad = { ...pack, labels: { 'ui.no-such-thing': 'x', 'ui.met': 'ATINS {nope}' } };
    try {
      parseLabelPack(bad, { file: 'agency.json' });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(DvRulesError);
      expect((e as DvRulesError).code).toBe('INVALID_LABEL_PACK');
      expect((e as DvRulesError).file).toBe('agency.json');
      expect((e as DvRulesError).issues.map((i) => i.path).sort()).toEqual(['labels.ui.met', 'labels.ui.no-such-thing']);
    }
  });

  it('is refused for a language other than the one asked for', async () => {
    await expect(evaluate(base, { labels: parseLabelPack(pack), lang: 'en' })).rejects.toMatchObject({ code: 'INVALID_OPTIONS' });
  });

  it('is refused when it carries a prototype key', () => {
    const withProto = JSON.parse('{"schemaVersion":1,"lang":"ro","name":"x","labels":{"__proto__":"x"}}') as unknown;
    expect(() => parseLabelPack(withProto)).toThrow(DvRulesError);
  });
});

describe('every warning the library can raise', () => {
  // The codes come from the decision code itself, so a new warning cannot ship without its texts and its doc row.
  const sources = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [readFileSync(join(dir, e.name), 'utf8')] : []));
  const raised = new Set(sources(join(import.meta.dirname, '..', 'src')).flatMap((text) => [...text.matchAll(/\bwarn\(\s*'([A-Z_]+)'/g), ...text.matchAll(/code: '([A-Z_]+)', params/g)].map((m) => m[1] ?? '')));
  const packs = ['en', 'ro'].map((lang) => JSON.parse(readFileSync(join(import.meta.dirname, '..', 'labels', `${lang}.json`), 'utf8')) as { labels: Record<string, string> });
  const doc = readFileSync(join(import.meta.dirname, '..', 'docs', 'case-and-result.md'), 'utf8');

  it('is found in the source (the scan works)', () => {
    expect(raised).toContain('PARAMETER_UNVERIFIED');
    expect(raised).toContain('USER_RULE_SET_NOT_USED');
    expect(raised.size).toBeGreaterThan(15);
  });

  it.each([...raised].sort())('%s has a text in English and Romanian, and a row in docs/case-and-result.md', (code) => {
    for (const pack of packs) {
      expect(Object.keys(pack.labels).some((k) => k === `warning.${code}` || k.startsWith(`warning.${code}.`)), code).toBe(true);
    }
    expect(doc).toContain(`| \`${code}\` |`);
  });
});
