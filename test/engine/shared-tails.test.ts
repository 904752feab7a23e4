import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate, evaluateSync } from '../../src/index.js';

// On the compiled path, everything a result says after the risk form (orders, deadlines, next
// steps, provenance, the later warnings) is made once per tail key and shared, frozen. These tests
// make many cases share a tail key (the same facts, other answers and findings) and hold each
// result to the reference path, which builds every result whole.

const ITEMS = Array.from({ length: 21 }, (_, i) => `q${i + 1}`);
const answerArb = fc.constantFrom('yes', 'no', 'unknown');
const answersArb = fc.array(answerArb, { minLength: 21, maxLength: 21 }).map((a) => Object.fromEntries(ITEMS.map((id, i) => [id, a[i]])));
const findingArb = fc.option(fc.record({ imminentRisk: fc.constant(true), reason: fc.constantFrom('Threat with a weapon seen by the officer', 'Victim hiding with the children') }), { nil: undefined });
const events = {
  provisionalOrderIssuedAt: '2025-03-29T22:00:00+02:00',
  caseRegisteredAt: '2025-03-30T09:00:00+03:00',
  protectionOrderFiledAt: '2025-04-01T10:00:00+03:00',
};

describe('results that share everything after the risk form', () => {
  it('equal the reference path whole, whatever the order the cases come in', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ answers: answersArb, finding: findingArb, withEvents: fc.boolean(), lang: fc.constantFrom('en' as const, 'ro' as const) }), { minLength: 2, maxLength: 12 }),
        async (cases) => {
          for (const { answers, finding, withEvents, lang } of cases) {
            const c = {
              schemaVersion: 1,
              incidentAt: '2025-03-29T21:15:00+02:00',
              relationship: 'spouse',
              riskForm: finding === undefined ? { answers } : { answers, officerFinding: finding },
              ...(withEvents ? { events } : {}),
            };
            const compiled = evaluateSync(c, { lang, asOf: '2025-04-02T12:00:00+03:00' });
            const reference = await evaluate(c, { lang, asOf: '2025-04-02T12:00:00+03:00', engine: 'reference' });
            expect(isDeepStrictEqual(compiled, reference)).toBe(true);
          }
        },
      ),
      { numRuns: 60, seed: 20261201 },
    );
  });

  it('are read-only: a shared part cannot be changed through one result to reach the next', () => {
    // A day no other test meets: its first case makes the prelude, and its tail is its own (kept from the second case on).
    const c = { schemaVersion: 1, incidentAt: '2025-05-14T21:15:00+03:00', relationship: 'spouse', riskForm: { answers: { q1: 'yes', q2: 'yes' } } };
    const own = evaluateSync(c);
    const first = evaluateSync({ ...c, riskForm: { answers: { q1: 'yes', q4: 'yes' } } });
    const second = evaluateSync({ ...c, riskForm: { answers: { q1: 'yes', q3: 'yes' } } });

    expect(own.provisionalOrder).not.toBe(first.provisionalOrder);
    expect(own.provisionalOrder).toEqual(first.provisionalOrder);
    expect(second.provisionalOrder).toBe(first.provisionalOrder);
    expect(Object.isFrozen(first.provisionalOrder)).toBe(true);
    expect(Object.isFrozen(first.deadlines)).toBe(true);
    expect(() => {
      (first.deadlines as unknown[]).push({});
    }).toThrow(TypeError);
    // The lists of explanation entries and warnings are frozen too (shared by results of the same counts).
    for (const list of [first.explanation, first.warnings, second.explanation]) {
      expect(() => {
        (list as unknown[]).push({});
      }).toThrow(TypeError);
    }
    // What is made for each result stays its own.
    expect(second.riskAssessment).not.toBe(first.riskAssessment);
    expect(second.receipt.inputSha256).not.toBe(first.receipt.inputSha256);
  });
});
