import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchPartial } from '../../src/index.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

describe('matchPartial', () => {
  it('ignores keys the expectation leaves out, at every depth', () => {
    const actual = { a: 1, b: { c: 'x', d: [1, 2] }, e: null };
    expect(matchPartial(actual, { b: { c: 'x' } })).toEqual([]);
    expect(matchPartial(actual, {})).toEqual([]);
  });

  it('names the nested path of each mismatch, with array indexes', () => {
    const actual = { riskAssessment: { groups: [{ yes: 2, met: true }, { yes: 0, met: false }] } };
    const expected = { riskAssessment: { groups: [{ met: true }, { yes: 6, met: true }] } };
    expect(matchPartial(actual, expected)).toEqual([
      { path: '$.riskAssessment.groups[1].yes', expected: 6, actual: 0 },
      { path: '$.riskAssessment.groups[1].met', expected: true, actual: false },
    ]);
  });

  it('requires arrays of the same length, even when the shorter one is a prefix', () => {
    expect(matchPartial({ xs: [1, 2, 3] }, { xs: [1, 2] })).toEqual([{ path: '$.xs', expected: [1, 2], actual: [1, 2, 3] }]);
    expect(matchPartial([], [])).toEqual([]);
  });

  it('compares date-times with offsets as instants: 11:00 in Bucharest summer time is 08:00 UTC', () => {
    expect(matchPartial({ at: '2025-04-02T08:00:00Z' }, { at: '2025-04-02T11:00:00+03:00' })).toEqual([]);
    expect(matchPartial({ at: '2025-04-02T08:00:00.000Z' }, { at: '2025-04-02T11:00+0300' })).toEqual([]);
    expect(matchPartial({ at: '2025-04-02T08:00:00Z' }, { at: '2025-04-02T11:00:00+02:00' })).toEqual([
      { path: '$.at', expected: '2025-04-02T11:00:00+02:00', actual: '2025-04-02T08:00:00Z' },
    ]);
  });

  it('compares strings without an offset, and impossible days, as plain strings', () => {
    expect(matchPartial('2025-04-02T08:00:00', '2025-04-02T08:00:00Z')).toHaveLength(1);
    expect(matchPartial('2025-03-02T00:00Z', '2025-02-30T00:00Z')).toHaveLength(1);
    expect(matchPartial('2025-04-02', '2025-04-02')).toEqual([]);
  });

  it('reports an expected object against a non-object, and a missing key as an absent actual', () => {
    expect(matchPartial({ a: null }, { a: { b: 1 } })).toEqual([{ path: '$.a', expected: { b: 1 }, actual: null }]);
    expect(matchPartial({ a: [1] }, { a: { 0: 1 } })).toHaveLength(1);
    expect(matchPartial({}, { a: false })).toEqual([{ path: '$.a', expected: false, actual: undefined }]);
    expect(matchPartial({ a: 1 }, { a: '1' })).toHaveLength(1);
  });

  it('quotes keys that are not identifiers and never reads inherited properties', () => {
    expect(matchPartial({ 'a-b': 1 }, { 'a-b': 2 }, 'result')).toEqual([{ path: 'result["a-b"]', expected: 2, actual: 1 }]);
    expect(matchPartial({}, { toString: null })).toEqual([{ path: '$.toString', expected: null, actual: undefined }]);
  });
});

const key = fc.stringMatching(/^[a-z][a-zA-Z0-9]{0,5}$/);
const { json } = fc.letrec<{ json: Json }>((tie) => ({
  json: fc.oneof(
    { depthSize: 'small' },
    fc.constant(null),
    fc.boolean(),
    fc.integer(),
    fc.string(),
    fc.array(tie('json'), { maxLength: 4 }),
    fc.dictionary(key, tie('json'), { maxKeys: 4 }),
  ),
}));

/** Drops object keys where `keep` says so, at every depth; arrays keep their elements. */
function dropKeys(v: Json, keep: () => boolean): Json {
  if (Array.isArray(v)) return v.map((x) => dropKeys(x, keep));
  if (v === null || typeof v !== 'object') return v;
  return Object.fromEntries(Object.entries(v).filter(() => keep()).map(([k, x]) => [k, dropKeys(x, keep)]));
}

/** Every primitive leaf with its path, written as matchPartial writes paths. */
function leaves(v: Json, path = '$'): Array<{ path: string; steps: Array<string | number> }> {
  if (Array.isArray(v)) return v.flatMap((x, i) => leaves(x, `${path}[${i}]`).map((l) => ({ ...l, steps: [i, ...l.steps] })));
  if (v !== null && typeof v === 'object') {
    return Object.entries(v).flatMap(([k, x]) => leaves(x, `${path}.${k}`).map((l) => ({ ...l, steps: [k, ...l.steps] })));
  }
  return [{ path, steps: [] }];
}

function changeLeaf(v: Json, steps: Array<string | number>): Json {
  const [step, ...rest] = steps;
  if (step === undefined) {
    if (typeof v === 'string') return `${v}x`;
    if (typeof v === 'number') return v === 1 ? 2 : 1;
    if (typeof v === 'boolean') return !v;
    return 0;
  }
  const copy = (Array.isArray(v) ? [...v] : { ...(v as Record<string, Json>) }) as Record<string | number, Json>;
  copy[step] = changeLeaf(copy[step] as Json, rest);
  return copy as Json;
}

describe('matchPartial properties', () => {
  it('matches any JSON value against itself and against any copy with object keys dropped', () => {
    fc.assert(
      fc.property(json, fc.array(fc.boolean(), { minLength: 1, maxLength: 32 }), (value, bits) => {
        let i = 0;
        const partial = dropKeys(value, () => bits[i++ % bits.length] ?? true);
        expect(matchPartial(value, value)).toEqual([]);
        expect(matchPartial(value, partial)).toEqual([]);
      }),
    );
  });

  it('reports a changed leaf at exactly that leaf path', () => {
    fc.assert(
      fc.property(json, fc.nat(), (value, pick) => {
        const all = leaves(value);
        fc.pre(all.length > 0);
        const leaf = all[pick % all.length]!;
        const changed = changeLeaf(value, leaf.steps);
        expect(matchPartial(value, changed).map((m) => m.path)).toEqual([leaf.path]);
      }),
    );
  });
});
