import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createTranslator, listRuleSets, parseLabelPack, ruleSetSummary, ruleSetTitle } from '../../src/index.js';
import { englishIn, runWith } from './scan-kit.js';

const en = JSON.parse(readFileSync('labels/en.json', 'utf8')) as { labels: Record<string, string> };
const ro = JSON.parse(readFileSync('labels/ro.json', 'utf8')) as { labels: Record<string, string> };

interface ShippedFile {
  id: string;
  status: string;
  title: string;
  summary: string;
}
const files: ShippedFile[] = readdirSync('rules', { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .flatMap((d) => readdirSync(join('rules', d.name)).filter((f) => /^\d{4}-\d{2}-\d{2}\.json$/.test(f)).map((f) => join('rules', d.name, f)))
  .map((f) => JSON.parse(readFileSync(f, 'utf8')) as ShippedFile);
const key = (id: string, part: 'title' | 'summary'): string => `ui.rule-set.${id}.${part}`;

describe('every shipped rule set has its title and summary in both label packs', () => {
  it('in English as the rule-set file writes them, for all 30 rule sets', () => {
    expect(files.map((f) => f.id).sort()).toEqual(listRuleSets().map((r) => r.id).sort());
    expect(files).toHaveLength(30);
    for (const f of files) {
      expect(en.labels[key(f.id, 'title')], f.id).toBe(f.title);
      expect(en.labels[key(f.id, 'summary')], f.id).toBe(f.summary);
    }
  });

  it('in Romanian, with diacritics and no English words', () => {
    const found: string[] = [];
    for (const f of files) {
      for (const part of ['title', 'summary'] as const) {
        const text = ro.labels[key(f.id, part)];
        expect(text, `${f.id} ${part}`).toBeDefined();
        expect(text, `${f.id} ${part}`).not.toBe(en.labels[key(f.id, part)]);
        for (const line of englishIn(text ?? '', [])) found.push(`${f.id} ${part}: ${line}`);
      }
    }
    expect(found).toEqual([]);
    expect(Object.values(ro.labels).filter((_, i) => Object.keys(ro.labels)[i]?.startsWith('ui.rule-set.')).join(' ')).toMatch(/[ăâîșț]/);
  });

  it('proposed law still reads as a bill that is not in force', () => {
    const proposed = files.filter((f) => f.status === 'proposed');
    expect(proposed.length).toBeGreaterThan(0);
    for (const f of proposed) {
      expect(ro.labels[key(f.id, 'title')]).toMatch(/^PROIECT DE LEGE: /);
      expect(ro.labels[key(f.id, 'summary')]).toContain('nu este în vigoare');
    }
  });
});

describe('ruleSetTitle and ruleSetSummary', () => {
  const breach = files.find((f) => f.id === 'ro-order-breach/2018-07-21')!;

  it('give a shipped rule set its words in the reader\'s language', () => {
    expect(ruleSetTitle(createTranslator('ro').t, breach)).toBe('Încălcarea ordinului instanței sau a celui provizoriu: de la 1 lună la 1 an');
    expect(ruleSetSummary(createTranslator('ro').t, breach)).toContain('Legea nr. 174/2018');
    expect(ruleSetTitle(createTranslator('en').t, breach)).toBe(breach.title);
    expect(ruleSetSummary(createTranslator('en').t, breach)).toBe(breach.summary);
  });

  it('keep the own words of a caller\'s rule set that reuses a shipped id, and of one no pack words', () => {
    const own = { id: 'ro-imminent-risk-form-2024/2024-08-31', title: 'Verified 2024 form of our agency', summary: 'Our own reading.' };
    expect(ruleSetTitle(createTranslator('ro').t, own)).toBe(own.title);
    expect(ruleSetSummary(createTranslator('ro').t, own)).toBe(own.summary);
    expect(ruleSetTitle(createTranslator('ro').t, { id: 'agency-x/2025-01-01', title: 'Agency X' })).toBe('Agency X');
  });

  it('take an agency pack\'s words for its own rule set', () => {
    const pack = parseLabelPack({ schemaVersion: 1, lang: 'ro', name: 'agenția X', labels: { 'ui.rule-set.agency-x/2025-01-01.title': 'Regulile agenției X' } });
    expect(ruleSetTitle(createTranslator('ro', pack).t, { id: 'agency-x/2025-01-01', title: 'Agency X' })).toBe('Regulile agenției X');
  });
});

describe('dv-rules rules prints each rule set\'s title in the chosen language', () => {
  it('in Romanian, every title from the Romanian pack and no English', async () => {
    const r = await runWith(['rules', '--lang', 'ro']);

    expect(r.status).toBe(0);
    for (const f of files) expect(r.out, f.id).toContain(`  ${ro.labels[key(f.id, 'title')]}\n`);
    expect(englishIn(r.out, [])).toEqual([]);
  });

  it('says law or bill, never "in force", for a version a later one replaced (2012-05-12 … 2023-07-22)', async () => {
    const en = await runWith(['rules']);
    const ro = await runWith(['rules', '--lang', 'ro']);
    expect(en.out).toMatch(/ro-law-217-2003-protection-order\/2012-05-12\s+2012-05-12 … 2023-07-22\s+law\s/);
    expect(ro.out).toMatch(/ro-law-217-2003-protection-order\/2012-05-12\s+2012-05-12 … 2023-07-22\s+lege\s/);
    expect(ro.out).toMatch(/ro-law-217-2003-protection-order\/2026-02-27\s+2026-02-27 … deschis\s+proiect de lege\s/);
    expect(ro.out).not.toMatch(/… \S+\s+în vigoare/);
  });

  it('in English, every title as the rule-set file writes it', async () => {
    const r = await runWith(['rules']);

    expect(r.status).toBe(0);
    for (const f of files) expect(r.out, f.id).toContain(`  ${f.title}\n`);
  });

  it('names its columns on a first line, in the chosen language', async () => {
    expect((await runWith(['rules'])).out.split('\n')[0]).toMatch(/^rule set\s+in force\s+act\s+parameters, by the status of their source$/);
    expect((await runWith(['rules', '--lang', 'ro'])).out.split('\n')[0]).toMatch(/^set de reguli\s+perioada\s+act\s+parametri, după statutul sursei$/);
  });
});
