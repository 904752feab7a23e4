import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonLine } from '../../src/cli/json-line.js';
import { safeOutput } from '../../src/cli/safe-text.js';
import { evaluateSync } from '../../src/index.js';

describe('jsonLine', () => {
  it('writes one line that parses back to the same value, with terminal controls and line separators escaped', () => {
    const value = { reason: 'a\u001b[2Jb\u009bc\u0085d\u2028e\u2029f\u007fg\nh' };

    const line = jsonLine(value);

    expect(line.endsWith('\n')).toBe(true);
    expect(line.slice(0, -1)).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/);
    expect(JSON.parse(line)).toEqual(value);
  });
});

describe('jsonLine reusing the text of frozen parts', () => {
  const UNSAFE = /[\u007f-\u009f\u200b-\u200f\u2028\u2029\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;
  const definition = (v: unknown): string => `${JSON.stringify(v).replace(UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}\n`;
  /** Freezes some of a value's objects, at random, so that frozen and fresh parts mix at every depth. */
  const freezeSome = (v: unknown, pick: () => boolean): unknown => {
    if (v === null || typeof v !== 'object') return v;
    for (const x of Object.values(v)) freezeSome(x, pick);
    return pick() ? Object.freeze(v) : v;
  };

  it('gives JSON.stringify\'s text, character for character, whatever is frozen and however often a part recurs', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.infiniteStream(fc.boolean()), (value, bits) => {
        const it = bits[Symbol.iterator]();
        const v = freezeSome(structuredClone(value), () => it.next().value as boolean);
        expect(jsonLine(v)).toBe(definition(v));
        // The second time, frozen parts come from the cache.
        expect(jsonLine({ again: v, list: [v, v] })).toBe(definition({ again: v, list: [v, v] }));
      }),
      { numRuns: 1000, seed: 12 },
    );
  });

  it('gives the same text for results that share their frozen parts as JSON.stringify does', () => {
    const answers = (bits: number) => Object.fromEntries(Array.from({ length: 21 }, (_, i) => [`q${i + 1}`, (bits >> i) & 1 ? 'yes' : 'no']));
    for (const bits of [0, 1, 3, 0x80ff, 0x1fffff]) {
      const r = evaluateSync({ schemaVersion: 1, incidentAt: '2025-03-30T02:30:00+02:00', relationship: 'spouse', riskForm: { answers: answers(bits), ...(bits === 0 ? { officerFinding: { imminentRisk: true, reason: 'x\u0085y\u2028z' } } : {}) } }, { lang: 'ro' });
      expect(jsonLine(r)).toBe(definition(r));
    }
  });
});

describe('a jsonLine needs no output gate (why --ndjson writes it without the scan)', () => {
  it('passes safeOutput unchanged, whatever strings, controls, separators and invisible characters the value holds', () => {
    const nasty = fc.string({ unit: fc.constantFrom('a', 'ș', '\u001b', '\u0007', '\t', '\n', '\r', '\u0085', '\u009b', '\u007f', '\u200b', '\u202e', '\u2028', '\u2066', '\ufeff', '\u0000', '"', '\\') });
    const value = fc.letrec((tie) => ({
      node: fc.oneof({ depthSize: 'small' }, nasty, fc.integer(), fc.constant(null), fc.array(tie('node'), { maxLength: 4 }), fc.dictionary(nasty, tie('node'), { maxKeys: 4 })),
    })).node;
    fc.assert(
      fc.property(value, (v) => {
        const line = jsonLine(v);
        expect(safeOutput(line, false)).toBe(line);
        expect(safeOutput(line, true)).toBe(line);
      }),
      { numRuns: 2000, seed: 7 },
    );
  });
});
