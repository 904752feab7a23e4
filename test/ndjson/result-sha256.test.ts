import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { canonicalJson, canonicalSha256, evaluateSync, resultSha256 } from '../../src/index.js';
import { sha256Hex, sha256HexOfBytes } from '../../src/versions/canonical-json.js';

// The documented algorithm, written afresh with nothing kept between calls: each field's canonical
// JSON hashed, an array element by element, the receipt field by field without resultSha256, and
// the SHA-256 of the canonical JSON of those digests.
const sha = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');
const canonical = (v: unknown): string => {
  if (v === null || typeof v !== 'object') return JSON.stringify(v) ?? 'null';
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  const record = v as Record<string, unknown>;
  const keys = Object.keys(record).filter((k) => record[k] !== undefined).sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonical(record[k])}`).join(',')}}`;
};
const digests = (record: Record<string, unknown>, of: 'result' | 'receipt'): Record<string, unknown> => {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(record)) {
    const v = record[key];
    if (v === undefined || (of === 'receipt' && key === 'resultSha256')) continue;
    if (of === 'result' && key === 'receipt') out[key] = digests(v as Record<string, unknown>, 'receipt');
    else out[key] = Array.isArray(v) ? v.map((x) => sha(canonical(x))) : sha(canonical(v));
  }
  return out;
};
const reference = (result: object): string => sha(canonical(digests(result as Record<string, unknown>, 'result')));

describe('resultSha256 with its digests kept (frozen parts, short texts)', () => {
  it('is the documented hash of hashes for results that repeat their scalars and small records, and for edited copies', () => {
    const answers = (n: number) => Object.fromEntries(Array.from({ length: 21 }, (_, i) => [`q${i + 1}`, ['yes', 'no', 'unknown'][Math.floor(n / 3 ** (i % 7)) % 3]]));
    for (let n = 0; n < 120; n++) {
      const day = `2019-0${1 + (n % 9)}-1${n % 10}`;
      const r = evaluateSync({ schemaVersion: 1, incidentAt: `${day}T21:15:00+02:00`, relationship: n % 2 === 0 ? 'spouse' : 'former-partner', riskForm: { answers: answers(n) } }, { lang: n % 3 === 0 ? 'ro' : 'en' });

      expect(r.receipt.resultSha256).toBe(reference(r));
      // A stored copy, edited in a short field: the kept digest of the old text must not answer for it.
      const copy = JSON.parse(JSON.stringify(r)) as Record<string, unknown>;
      copy['incidentDate'] = n % 2 === 0 ? '2019-01-10' : day;
      expect(resultSha256(copy)).toBe(reference(copy));
    }
  });
});

describe('resultSha256 of stored copies unlike any result', () => {
  it('is the documented hash for fields with names outside ASCII, lists far longer than its scratch, and frozen parts', () => {
    const r = evaluateSync({ schemaVersion: 1, incidentAt: '2019-03-01T21:15:00+02:00', relationship: 'spouse', riskForm: { answers: { q1: 'yes' } } });
    const copy = JSON.parse(JSON.stringify(r)) as Record<string, unknown>;
    copy['câmp „ș”'] = { ț: '😀' };
    copy['explanation'] = Array.from({ length: 5000 }, (_, i) => ({ n: i }));
    copy['frozen'] = Object.freeze([Object.freeze({ a: 1 }), 'b']);

    expect(resultSha256(copy)).toBe(reference(copy));
    expect(resultSha256(copy)).toBe(reference(copy));
    expect(resultSha256(r)).toBe(reference(r));
  });
});

describe('sha256HexOfBytes', () => {
  it('gives node:crypto\'s digest, from Node and from the portable implementation', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 5000 }), (bytes) => {
        const digest = createHash('sha256').update(bytes).digest('hex');

        expect(sha256HexOfBytes(bytes)).toBe(digest);
        expect(sha256HexOfBytes(bytes, 'portable')).toBe(digest);
      }),
      { numRuns: 200, seed: 3 },
    );
  });
});

describe('sha256Hex on long texts (encoded into a scratch buffer before Node hashes them)', () => {
  it('gives node:crypto\'s digest of the text, for texts short and long, ASCII or not, and with lone surrogates', () => {
    const unit = fc.constantFrom('a', '"', 'ș', '€', '😀', '\ud800', '\udfff', '\u0000');
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 300 }), fc.integer({ min: 0, max: 30_000 }), (piece, pad) => {
        const text = 'x'.repeat(pad) + piece;

        expect(sha256Hex(text)).toBe(sha(text));
        expect(sha256Hex(text, 'portable')).toBe(sha(text));
      }),
      { numRuns: 300, seed: 5 },
    );
  });
});

describe('canonicalSha256 (the canonical JSON written as bytes, frozen parts from their kept bytes)', () => {
  /** Freezes some of a value's objects, at random, so that frozen and fresh parts mix at every depth. */
  const freezeSome = (v: unknown, pick: () => boolean): unknown => {
    if (v === null || typeof v !== 'object') return v;
    for (const x of Object.values(v)) freezeSome(x, pick);
    return pick() ? Object.freeze(v) : v;
  };
  const unit = fc.constantFrom('a', 'Z', '"', '\\', 'ș', '–', '😀', '\ud800', '\u0000', '\u2028');
  const value = fc.letrec((tie) => ({
    node: fc.oneof(
      { depthSize: 'small' },
      fc.string({ unit, maxLength: 80 }),
      fc.double(),
      fc.integer(),
      fc.boolean(),
      fc.constant(null),
      fc.constant(undefined),
      fc.array(tie('node'), { maxLength: 5 }),
      fc.dictionary(fc.string({ unit, maxLength: 6 }), tie('node'), { maxKeys: 5 }),
    ),
  })).node;

  it('is the SHA-256 of canonicalJson\'s text, whatever is frozen and however often a part recurs', () => {
    fc.assert(
      fc.property(value, fc.infiniteStream(fc.boolean()), (v, bits) => {
        const it = bits[Symbol.iterator]();
        const x = freezeSome(structuredClone(v), () => it.next().value as boolean);
        const twice = { a: x, b: [x, x] };

        expect(canonicalSha256(x)).toBe(sha(canonicalJson(x)));
        expect(canonicalSha256(twice)).toBe(sha(canonicalJson(twice)));
        // Against the text written afresh (above), not the library's own string path: the kept
        // bytes of a frozen part, read back now, must be what its first writing gave.
        expect(canonicalSha256(x)).toBe(sha(canonical(x)));
        expect(canonicalSha256(twice)).toBe(sha(canonical(twice)));
      }),
      { numRuns: 1000, seed: 17 },
    );
  });

  it('never keeps the bytes of a part frozen at its top only: what it holds may change', () => {
    const inner = { n: 1 };
    const top = Object.freeze({ inner, list: Object.freeze([Object.freeze({ m: 1 }), inner]) });

    expect(canonicalSha256(top)).toBe(sha(canonical(top)));
    inner.n = 2;
    expect(canonicalSha256(top)).toBe(sha(canonical(top)));
    expect(canonicalSha256(top)).toBe(sha('{"inner":{"n":2},"list":[{"m":1},{"n":2}]}'));
  });

  it('is the SHA-256 of canonicalJson\'s text for results and their parts, and for a document larger than its scratch', () => {
    const r = evaluateSync({ schemaVersion: 1, incidentAt: '2019-03-01T21:15:00+02:00', relationship: 'spouse', riskForm: { answers: { q1: 'yes', q2: 'unknown' } } }, { lang: 'ro' });
    const big = { list: Array.from({ length: 20_000 }, (_, i) => ({ i, s: `ș${i}` })) };

    for (const part of [r.riskAssessment, r.riskForm, r.explanation, r.provenance, big]) expect(canonicalSha256(part)).toBe(sha(canonicalJson(part)));
  });
});
