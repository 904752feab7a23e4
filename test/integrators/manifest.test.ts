import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ESM script without types, used only to regenerate rules/manifest.json
import { buildManifest, renderManifest } from '../../scripts/build-manifest.mjs';
import { manifestSchema } from '../../src/integrity/manifest-schema.js';
import { listRuleSets, parseRuleSet, VERSION } from '../../src/index.js';

const shippedText = readFileSync('rules/manifest.json', 'utf8');
const manifest = manifestSchema.parse(JSON.parse(shippedText));

describe('rules/manifest.json', () => {
  it('is what scripts/build-manifest.mjs computes from the files under rules/ (run it after changing a rule set)', () => {
    expect(shippedText).toBe((renderManifest as () => string)());
  });

  it('is deterministic: two builds give the same text', () => {
    expect((renderManifest as () => string)()).toBe((renderManifest as () => string)());
  });

  it('lists only files that exist', () => {
    const absent = manifest.ruleSets.filter((e) => !existsSync(`rules/${e.file}`)).map((e) => e.file);
    expect(absent).toEqual([]);
  });

  it('records for each file the hash parseRuleSet computes, and the id, date and status inside it', () => {
    for (const entry of manifest.ruleSets) {
      const loaded = parseRuleSet(JSON.parse(readFileSync(`rules/${entry.file}`, 'utf8')) as unknown, { file: entry.file });
      expect({ id: loaded.ruleSet.id, effectiveFrom: loaded.ruleSet.effectiveFrom, status: loaded.ruleSet.status, sha256: loaded.sha256 }).toEqual({
        id: entry.id,
        effectiveFrom: entry.effectiveFrom,
        status: entry.status,
        sha256: entry.sha256,
      });
    }
  });

  it('matches the rule sets compiled into the library, which decide every result', () => {
    const compiled = listRuleSets()
      .map((r) => ({ id: r.id, sha256: r.sha256 }))
      .sort((a, b) => (a.id < b.id ? -1 : 1));
    expect(manifest.ruleSets.map((e) => ({ id: e.id, sha256: e.sha256 }))).toEqual(compiled);
  });

  it('is sorted by id and names the library version it ships with', () => {
    const ids = manifest.ruleSets.map((e) => e.id);
    expect(ids).toEqual([...ids].sort());
    expect(manifest.library).toEqual({ name: 'dv-rules-ro', version: VERSION });
  });

  it('gives the same hash whatever the key order or white space of a file, in the script as in the library', () => {
    const entry = manifest.ruleSets[0]!;
    const data = JSON.parse(readFileSync(`rules/${entry.file}`, 'utf8')) as Record<string, unknown>;
    const reordered = Object.fromEntries(Object.entries(data).reverse());
    const dir = mkdtempSync(join(tmpdir(), 'dv-rules-manifest-'));
    mkdirSync(join(dir, dirname(entry.file)));
    writeFileSync(join(dir, entry.file), JSON.stringify(reordered));
    expect(parseRuleSet(reordered).sha256).toBe(entry.sha256);
    expect((buildManifest as (dir: string) => { ruleSets: Array<{ sha256: string }> })(dir).ruleSets).toEqual([entry]);
  });
});
