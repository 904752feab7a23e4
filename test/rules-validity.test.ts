import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { listRuleSets, parseRuleSet } from '../src/index.js';

const files = readdirSync('rules', { recursive: true })
  .map(String)
  .filter((f) => /\d{4}-\d{2}-\d{2}\.json$/.test(f))
  .sort();

describe('the shipped rule sets', () => {
  it.each(files)('rules/%s passes the same validation as a user-supplied rule set', (file) => {
    const data: unknown = JSON.parse(readFileSync(`rules/${file}`, 'utf8'));
    const loaded = parseRuleSet(data, { file });
    expect(`${loaded.ruleSet.id}.json`).toBe(file.split('\\').join('/'));
  });

  it('every file under rules/ is in the shipped registry and nothing else is', () => {
    const shipped = listRuleSets().map((r) => `${r.id}.json`).sort();
    expect(shipped).toEqual(files.map((f) => f.split('\\').join('/')));
  });

  it('every series folder has an index.json naming the act', () => {
    for (const dir of readdirSync('rules', { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name)) {
      const index = JSON.parse(readFileSync(`rules/${dir}/index.json`, 'utf8')) as Record<string, unknown>;
      expect(index['series']).toBe(dir);
      expect(typeof index['title']).toBe('string');
      expect(typeof index['act']).toBe('string');
    }
  });

  it('every rule and every parameter carries a citation, and numbers in rules come only from parameters', () => {
    for (const file of files) {
      const rs = JSON.parse(readFileSync(`rules/${file}`, 'utf8')) as {
        rules: { citation: { title: string }; conditions: unknown }[];
        parameters: Record<string, { citation: { title: string }; status: string }>;
      };
      for (const r of rs.rules) expect(r.citation.title.length).toBeGreaterThan(0);
      for (const p of Object.values(rs.parameters)) expect(p.citation.title.length).toBeGreaterThan(0);
      const numbers = JSON.stringify(rs.rules.map((r) => r.conditions)).match(/"value":-?\d/g);
      expect(numbers).toBeNull();
    }
  });
});
