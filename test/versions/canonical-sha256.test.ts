// The SHA-256 comes from Node's built-in where the runtime offers it (looked up, never imported) and
// from @noble/hashes elsewhere (a browser). Every digest below was computed with node:crypto before
// the switch: receipts, the manifest and stored results must keep verifying, byte for byte, on both.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson, canonicalSha256, listRuleSets } from '../../src/index.js';
// The portable implementation is not public: it is what a browser runs, checked here in Node.
import { sha256Hex } from '../../src/versions/canonical-json.js';

describe('canonicalSha256', () => {
  it.each([
    [{}, '44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a'],
    [{ b: 1, a: [true, null] }, '51705a2c9eb3e7e410a58f696a770c3ac3885a0cf43eb7fc88f5e47c11d4d30d'],
    // Romanian diacritics, an astral character and a lone surrogate (escaped by JSON.stringify).
    [{ ț: 'Înalta Curte „ș”', e: '😀', s: '\ud800' }, '982ef6c1fe656b7b973ce9fc5b8e8a2516539700268cc8de4079c44448234cf8'],
    [{ n: 1e21, f: 0.1, neg: -0, u: undefined }, 'e3085457192ab09612acbea3c146ceeabf475042999ad50edb006c9fec4c840b'],
  ])('gives the digest node:crypto gave for %j', (value, digest) => {
    expect(canonicalSha256(value)).toBe(digest);
    expect(sha256Hex(canonicalJson(value), 'portable')).toBe(digest);
  });

  it('gives the 2018 police form the digest its receipts record, and its content before the rules had statuses the digest of then', () => {
    const form = JSON.parse(readFileSync('rules/ro-police-risk-form/2018-12-28.json', 'utf8')) as { rules: Array<{ status?: string }> };
    expect(canonicalSha256(form)).toBe('a269628b4a82019fea35357302424dd9562c5a4deada8d3f8453b2ac74ae49d7');
    expect(listRuleSets().find((s) => s.id === 'ro-police-risk-form/2018-12-28')?.sha256).toBe('a269628b4a82019fea35357302424dd9562c5a4deada8d3f8453b2ac74ae49d7');
    // The hashing itself has not changed: without the rules' `status` (added before the first release) it is the earlier digest.
    for (const r of form.rules) delete r.status;
    expect(canonicalSha256(form)).toBe('957fed16f13f27d1a51ea44545a17068b6d1b98e4b6e4366bdf3b9ff463dd89b');
  });

  it('hashes the UTF-8 of the canonical text, whatever the key order', () => {
    expect(canonicalJson({ ț: 1, a: 2 })).toBe('{"a":2,"ț":1}');
    expect(canonicalSha256({ ț: 1, a: 2 })).toBe(canonicalSha256({ a: 2, ț: 1 }));
  });

  it('writes any JSON data with every object\'s keys sorted, and nothing else changed', () => {
    // The definition, written the slow way: keys sorted by UTF-16 code units at every level.
    const spec = (v: unknown): string =>
      Array.isArray(v)
        ? `[${v.map(spec).join(',')}]`
        : v !== null && typeof v === 'object'
          ? `{${Object.keys(v).sort().map((k) => `${JSON.stringify(k)}:${spec((v as Record<string, unknown>)[k])}`).join(',')}}`
          : JSON.stringify(v);
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(canonicalJson(value)).toBe(spec(value));
        expect(JSON.parse(canonicalJson(value))).toEqual(JSON.parse(JSON.stringify(value)));
      }),
      { numRuns: 2000, seed: 7 },
    );
  });
});
