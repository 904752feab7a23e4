import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readCommonCase } from '../../src/engine/read-common-case.js';
import { checkPlainData } from '../../src/schema/check-plain-data.js';
import { caseSchema } from '../../src/index.js';
import { validCaseArb } from '../fuzz/case-arbitrary.js';
import { badValueArb, pathsOf, prototypeKeyArb, REMOVE, withValueAt } from '../fuzz/fuzz-kit.js';

// The common case shape is read without zod (src/engine/read-common-case.ts). Whatever it accepts,
// the full validation (checkPlainData, then caseSchema) must accept with an equal output, keys in
// the same order; whatever it declines goes through the full validation, so refusals stay zod's.

/** Holds the fast reader to the full validation on one input. */
function expectFastAgreesWithZod(input: unknown): boolean {
  const fast = readCommonCase(input);
  if (fast === undefined) return false;
  expect(checkPlainData(input)).toEqual([]);
  const full = caseSchema.safeParse(input);
  expect(full.success).toBe(true);
  expect(isDeepStrictEqual(fast, full.data)).toBe(true);
  expect(JSON.stringify(fast)).toBe(JSON.stringify(full.data));
  return true;
}

const commonCaseArb = validCaseArb.map((c) => {
  const { events: _events, breachedOrder: _breached, ...rest } = c as Record<string, unknown> & { riskForm?: { answers: unknown } };
  return rest.riskForm === undefined ? rest : { ...rest, riskForm: { answers: (rest.riskForm as { answers: unknown }).answers } };
});

describe('the reader of the common case shape', () => {
  it('reads every case of the common shape, exactly as caseSchema does', () => {
    fc.assert(
      fc.property(commonCaseArb, (c) => {
        expect(expectFastAgreesWithZod(c)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('accepts a case broken anywhere only when caseSchema accepts it, with the same output', () => {
    let declined = 0;
    fc.assert(
      fc.property(
        validCaseArb.chain((c) => fc.tuple(fc.constant(c), fc.constantFrom(...pathsOf(c)), fc.oneof(badValueArb, fc.constant(REMOVE)))),
        ([c, path, bad]) => {
          if (!expectFastAgreesWithZod(withValueAt(c, path, bad))) declined++;
        },
      ),
      { numRuns: 3000 },
    );
    expect(declined).toBeGreaterThan(1000);
  });

  it('accepts an added key only when caseSchema accepts it (prototype keys, unknown fields)', () => {
    fc.assert(
      fc.property(
        commonCaseArb,
        fc.constantFrom<ReadonlyArray<string>>([], ['riskForm'], ['riskForm', 'answers']),
        fc.oneof(prototypeKeyArb, fc.constantFrom('q0', 'q100', 'q01', 'Q1', 'note', 'events', 'officerFinding', 'answers', 'schemaVersion')),
        badValueArb,
        (c, at, key, value) => {
          if (at.length > 0 && (c as Record<string, unknown>)['riskForm'] === undefined) return;
          const path = [...at, key];
          expectFastAgreesWithZod(withValueAt(c, path, value));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('declines symbol keys, class instances, arrays, undefined values and local times', () => {
    const base = { schemaVersion: 1, incidentAt: '2024-03-02T21:15:00+02:00', relationship: 'spouse', riskForm: { answers: { q1: 'yes' } } };
    expect(expectFastAgreesWithZod(base)).toBe(true);
    const withSymbol = structuredClone(base);
    (withSymbol.riskForm.answers as Record<symbol, string>)[Symbol('q2')] = 'yes';
    const hidden = structuredClone(base);
    Object.defineProperty(hidden.riskForm.answers, 'q2', { value: 'yes', enumerable: false });
    const nullProto = Object.assign(Object.create(null) as object, base);
    const answersNullProto = { ...base, riskForm: { answers: Object.assign(Object.create(null) as object, { q1: 'yes' }) } };
    class CaseClass {
      schemaVersion = 1;
      incidentAt = base.incidentAt;
      relationship = 'spouse';
    }
    // Objects without a prototype are plain data, for zod as for JSON.
    expect(expectFastAgreesWithZod(nullProto)).toBe(true);
    expect(expectFastAgreesWithZod(answersNullProto)).toBe(true);
    // A hidden (non-enumerable) answer is not read, by zod either.
    expect(expectFastAgreesWithZod(hidden)).toBe(true);
    expect(readCommonCase(hidden)?.riskForm?.answers).toEqual({ q1: 'yes' });
    const inputs: unknown[] = [
      withSymbol,
      new CaseClass(),
      [base],
      { ...base, riskForm: undefined },
      { ...base, victimCannotWriteRequest: undefined },
      { ...base, incidentAt: '2024-03-02T21:15:00' },
      // A valid instant that is already the year 10000 in Bucharest: the full path refuses it.
      { ...base, incidentAt: '9999-12-31T23:30:00Z' },
      JSON.parse('{"schemaVersion":1,"incidentAt":"2024-03-02T21:15:00Z","relationship":"spouse","__proto__":{"riskForm":1}}'),
    ];
    for (const input of inputs) expect(readCommonCase(input)).toBeUndefined();
  });
});
