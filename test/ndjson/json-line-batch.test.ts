import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { JsonLineBatch } from '../../src/cli/json-line-batch.js';
import { jsonLine } from '../../src/cli/json-line.js';
import { evaluateSync } from '../../src/index.js';

/** Freezes some of a value's objects, at random, so that frozen and fresh parts mix at every depth. */
const freezeSome = (v: unknown, pick: () => boolean): unknown => {
  if (v === null || typeof v !== 'object') return v;
  for (const x of Object.values(v)) freezeSome(x, pick);
  return pick() ? Object.freeze(v) : v;
};

const nasty = fc.string({ unit: fc.constantFrom('a', 'ș', '€', '😀', '\ud800', '\udfff', '\u001b', '\t', '\n', '\u0085', '\u009b', '\u007f', '\u200b', '\u202e', '\u2028', '\ufeff', '\u0000', '"', '\\') });
const value = fc.letrec((tie) => ({
  node: fc.oneof(
    { depthSize: 'small' },
    nasty,
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.constant(undefined),
    fc.array(tie('node'), { maxLength: 5 }),
    fc.dictionary(nasty, tie('node'), { maxKeys: 5 }),
  ),
})).node;

describe('JsonLineBatch', () => {
  it('gathers exactly the bytes of jsonLine, line after line, whatever is frozen, repeated or not ASCII', () => {
    const batch = new JsonLineBatch();
    fc.assert(
      fc.property(fc.array(value, { minLength: 1, maxLength: 4 }), fc.infiniteStream(fc.boolean()), (values, bits) => {
        const it = bits[Symbol.iterator]();
        const vs = values.map((v) => freezeSome(structuredClone(v), () => it.next().value as boolean));
        // Each value twice, and once inside another: frozen parts come from the kept bytes the second time.
        const all = [...vs, ...vs, { again: vs, list: [vs[0], vs[0]] }];

        for (const v of all) batch.add(v);
        const bytes = Buffer.from(batch.take());

        expect(bytes.equals(Buffer.from(all.map((v) => jsonLine(v)).join(''), 'utf8'))).toBe(true);
      }),
      { numRuns: 1000, seed: 21 },
    );
  });

  it('gives the bytes of jsonLine for results, which share their frozen parts, over many batches in one reused buffer', () => {
    const answers = (bits: number) => Object.fromEntries(Array.from({ length: 21 }, (_, i) => [`q${i + 1}`, ['yes', 'no', 'unknown'][(bits >> i) % 3]]));
    const batch = new JsonLineBatch();
    for (let n = 0; n < 60; n++) {
      const results = [0, 1, 2].map((k) =>
        evaluateSync({ schemaVersion: 1, incidentAt: '2019-03-01T21:15:00+02:00', relationship: 'spouse', riskForm: { answers: answers(n * 7919 + k * 104729) } }, { lang: n % 2 === 0 ? 'ro' : 'en' }),
      );

      for (const r of results) batch.add(r);
      const bytes = Buffer.from(batch.take());

      expect(bytes.equals(Buffer.from(results.map((r) => jsonLine(r)).join(''), 'utf8'))).toBe(true);
    }
  });

  it('grows for a line larger than its room and keeps the lines before it', () => {
    const batch = new JsonLineBatch();
    const big = { text: 'ș'.repeat(3 * 1024 * 1024), frozen: Object.freeze({ also: 'x'.repeat(1024 * 1024) }) };

    batch.add({ a: 1 });
    batch.add(big);
    batch.add(null);

    expect(Buffer.from(batch.take()).equals(Buffer.from(jsonLine({ a: 1 }) + jsonLine(big) + jsonLine(null), 'utf8'))).toBe(true);
    expect(batch.byteLength).toBe(0);
  });

  it('adds nothing for a value whose serialisation throws, and goes on as before', () => {
    const batch = new JsonLineBatch();
    batch.add({ a: 1 });

    expect(() => batch.add({ b: 'x'.repeat(100), c: Object.freeze({ d: 2 }), e: 10n })).toThrow(TypeError);
    batch.add({ f: 3 });

    expect(Buffer.from(batch.take()).toString('utf8')).toBe('{"a":1}\n{"f":3}\n');
  });
});
