import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readCommonCase } from '../../src/engine/read-common-case.js';
import { readCaseFully } from '../../src/engine/prepare-evaluation.js';
import { isoDateTimeSchema } from '../../src/schema/dates.js';
import { checkPlainData } from '../../src/schema/check-plain-data.js';
import { caseSchema } from '../../src/index.js';
import { validCaseArb } from '../fuzz/case-arbitrary.js';
import { badValueArb, pathsOf, prototypeKeyArb, REMOVE, withValueAt } from '../fuzz/fuzz-kit.js';

// The common case shape is read without zod (src/engine/read-common-case.ts). Whatever it accepts,
// the full validation (checkPlainData, caseSchema, then the event order and the years in Bucharest)
// must accept with an equal output, keys in the same order; whatever it declines goes through the
// full validation, so refusals stay zod's.

/** Holds the fast reader to the full validation on one input. */
function expectFastAgreesWithZod(input: unknown): boolean {
  const fast = readCommonCase(input);
  if (fast === undefined) return false;
  expect(checkPlainData(input)).toEqual([]);
  const full = caseSchema.safeParse(input);
  expect(full.success).toBe(true);
  expect(isDeepStrictEqual(fast, full.data)).toBe(true);
  expect(JSON.stringify(fast)).toBe(JSON.stringify(full.data));
  // The checks after the schema pass too, and give the same case.
  expect(JSON.stringify(readCaseFully(input, 'evaluate'))).toBe(JSON.stringify(fast));
  return true;
}

/** A valid case without an officer finding (which the fast reader leaves to zod): every event of the case clock may be there. */
const withoutFinding = (c: Record<string, unknown>): Record<string, unknown> => {
  const form = c['riskForm'] as { answers: unknown } | undefined;
  return form === undefined ? c : { ...c, riskForm: { answers: form.answers } };
};
const eventCaseArb = validCaseArb.map(withoutFinding);
const commonCaseArb = validCaseArb.map((c) => {
  const { events: _events, breachedOrder: _breached, ...rest } = withoutFinding(c);
  return rest;
});
/** Whether the full validation accepts the input. */
function fullyValid(input: unknown): boolean {
  try {
    readCaseFully(input, 'evaluate');
    return true;
  } catch {
    return false;
  }
}
/** The events that are instants, to put out of order. */
const EVENT_INSTANTS = ['provisionalOrderIssuedAt', 'provisionalOrderCommunicatedAt', 'sentToProsecutorAt', 'prosecutorDecidedAt', 'prosecutorFiledAt', 'protectionOrderFiledAt', 'firstInstanceJudgmentAt', 'protectionOrderIssuedAt', 'caseRegisteredAt', 'initialAssessmentAt', 'interventionPlanAt', 'policeAlertedMobileTeamAt', 'mobileTeamArrivedAt', 'breachAt'];

describe('the reader of the common case shape', () => {
  it('reads every case of the common shape, exactly as caseSchema does', () => {
    fc.assert(
      fc.property(commonCaseArb, (c) => {
        expect(expectFastAgreesWithZod(c)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('reads every case with events of the case clock, exactly as the full validation does', () => {
    let withEvents = 0;
    fc.assert(
      fc.property(eventCaseArb, (c) => {
        // A few are not valid (an event past the year 9999): those the fast reader leaves to the full path.
        expect(expectFastAgreesWithZod(c)).toBe(fullyValid(c));
        if (c['events'] !== undefined) withEvents++;
      }),
      { numRuns: 2000 },
    );
    expect(withEvents).toBeGreaterThan(1000);
  });

  it('accepts events in another order, or another pairing of the fields the schema refines, only when the full validation does', () => {
    const events = fc.constantFrom('incidentAt', ...EVENT_INSTANTS);
    const outcomes = { read: 0, refused: 0 };
    fc.assert(
      fc.property(eventCaseArb, events, events, fc.constantFrom(undefined, 'court', 'provisional'), fc.constantFrom(undefined, 'confirmed', 'ended'), (c, a, b, breached, decision) => {
        const ev = { ...((c['events'] as Record<string, unknown> | undefined) ?? {}) };
        const moved: Record<string, unknown> = { ...c, events: ev };
        // Two instants swapped (or one copied where the other was missing): often out of order.
        const at = (k: string): unknown => (k === 'incidentAt' ? c['incidentAt'] : ev[k]);
        const [va, vb] = [at(a), at(b)];
        const put = (k: string, v: unknown): void => {
          if (v === undefined) return;
          if (k === 'incidentAt') moved['incidentAt'] = v;
          else ev[k] = v;
        };
        put(a, vb);
        put(b, va);
        if (breached === undefined) delete moved['breachedOrder'];
        else moved['breachedOrder'] = breached;
        if (decision !== undefined) moved['prosecutorDecision'] = decision;
        const valid = fullyValid(moved);
        expect(expectFastAgreesWithZod(moved)).toBe(valid);
        outcomes[valid ? 'read' : 'refused']++;
      }),
      { numRuns: 3000 },
    );
    expect(Math.min(outcomes.read, outcomes.refused)).toBeGreaterThan(300);
  });

  it("tests an instant exactly as zod's date-time schema, with its year in Bucharest", () => {
    const instant = fc.tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }), fc.integer({ min: 0, max: 25 }), fc.constantFrom('Z', '+02:00', '-23:59', '+24:00', '+0200', '.5Z', '.123456+03:00', '', 'z', ':60Z'));
    const text = fc.oneof(
      instant.map(([y, mo, d, h, tail]) => `${String(y).padStart(4, '0')}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}T${String(h).padStart(2, '0')}:30:00${tail}`),
      fc.constantFrom('9999-12-31T23:30:00Z', '9999-12-31T21:59:59Z', '1000-01-01T00:00:00+02:00', '0999-12-31T23:00:00Z', ' 2024-03-02T21:15:00Z', '2024-03-02T21:15:00Z\n', '２０２４-03-02T21:15:00Z'),
    );
    fc.assert(
      fc.property(text, (at) => {
        const input = { schemaVersion: 1, incidentAt: '2024-03-02T21:15:00Z', relationship: 'spouse', breachedOrder: 'provisional', events: { breachAt: at } };
        const fast = readCommonCase(input);
        if (!isoDateTimeSchema.safeParse(at).success) expect(fast).toBeUndefined();
        else expectFastAgreesWithZod(input);
      }),
      { numRuns: 3000 },
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
        eventCaseArb,
        fc.constantFrom<ReadonlyArray<string>>([], ['riskForm'], ['riskForm', 'answers'], ['events']),
        fc.oneof(prototypeKeyArb, fc.constantFrom('q0', 'q100', 'q01', 'Q1', 'q1', 'q99', 'note', 'events', 'officerFinding', 'answers', 'schemaVersion', 'breachAt', 'protectionOrderMonths', 'breachedOrder', 'prosecutorDecision', 'circumstances')),
        badValueArb,
        (c, at, key, value) => {
          if (at.length > 0 && (c as Record<string, unknown>)[at[0]!] === undefined) return;
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

  it('reads the case clock as zod does: hidden events, no prototype, whole numbers, refinements', () => {
    const base = { schemaVersion: 1, incidentAt: '2025-03-02T21:15:00+02:00', relationship: 'spouse', breachedOrder: 'court', events: { protectionOrderIssuedAt: '2025-03-04T10:00:00+02:00', breachAt: '2025-03-09T10:00:00Z', protectionOrderMonths: 6 } };
    expect(expectFastAgreesWithZod(base)).toBe(true);
    // Keys in the schema's order whatever the input's.
    expect(Object.keys(readCommonCase({ events: { breachAt: base.events.breachAt, protectionOrderIssuedAt: base.events.protectionOrderIssuedAt }, breachedOrder: 'court', relationship: 'spouse', incidentAt: base.incidentAt, schemaVersion: 1 }) ?? {})).toEqual(['schemaVersion', 'incidentAt', 'relationship', 'breachedOrder', 'events']);
    expect(expectFastAgreesWithZod({ ...base, events: Object.assign(Object.create(null) as object, base.events) })).toBe(true);
    const hidden = structuredClone(base);
    Object.defineProperty(hidden.events, 'caseRegisteredAt', { value: '2025-03-03T10:00:00Z', enumerable: false });
    // Valid, but left to zod: a hidden event, hidden circumstances or a hidden finding (zod reads
    // every key of its shape, enumerable or not), and circumstances.
    const hiddenCircumstances = structuredClone(base);
    Object.defineProperty(hiddenCircumstances, 'circumstances', { value: {}, enumerable: false });
    const hiddenFinding = { ...structuredClone(base), riskForm: { answers: { q1: 'yes' } } };
    Object.defineProperty(hiddenFinding.riskForm, 'officerFinding', { value: { imminentRisk: true, reason: 'Seen by the officer' }, enumerable: false });
    for (const input of [hidden, hiddenCircumstances, hiddenFinding, { ...base, circumstances: {} }]) {
      expect(readCommonCase(input)).toBeUndefined();
      expect(fullyValid(input)).toBe(true);
    }
    const inputs: unknown[] = [
      { ...base, events: { ...base.events, caseRegisteredAt: undefined } },
      { ...base, events: { ...base.events, protectionOrderMonths: 6.5 } },
      { ...base, events: { ...base.events, protectionOrderMonths: 37 } },
      { ...base, events: { ...base.events, caseManagerTravelMinutes: -1 } },
      { ...base, events: { ...base.events, breachAt: '2025-03-01T10:00:00Z' } },
      { ...base, events: [] },
      { ...base, breachedOrder: undefined },
      { ...base, breachedOrder: 'both' },
      { ...base, prosecutorDecision: 'confirmed' },
      { ...base, prosecutorDecision: 'ended', events: { ...base.events, prosecutorDecidedAt: '2025-03-03T10:00:00Z', prosecutorFiledAt: '2025-03-03T12:00:00Z' } },
      { ...base, events: { ...base.events, breachAt: '9999-12-31T23:30:00Z' } },
    ];
    for (const input of inputs) {
      expect(readCommonCase(input)).toBeUndefined();
      expect(fullyValid(input)).toBe(false);
    }
    expect(expectFastAgreesWithZod({ ...base, prosecutorDecision: 'ended', events: { ...base.events, prosecutorDecidedAt: '2025-03-03T10:00:00Z' } })).toBe(true);
  });
});

describe('answers copied while another case is read (a getter that evaluates a case)', () => {
  it('keeps each case its own answers', async () => {
    const { evaluateSync } = await import('../../src/index.js');
    const day = { schemaVersion: 1, incidentAt: '2024-03-02T21:15:00+02:00', relationship: 'spouse' };
    const inner = { ...day, riskForm: { answers: { q1: 'no', q2: 'no', q3: 'no' } } };
    const answers = {
      q1: 'yes',
      q2: 'yes',
      get q3(): string {
        evaluateSync(inner);
        return 'no';
      },
    };
    const r = evaluateSync({ ...day, riskForm: { answers } });
    expect(r.riskAssessment?.items.slice(0, 3).map((i) => i.answer)).toEqual(['yes', 'yes', 'no']);
    expect(r.riskAssessment?.imminentRisk).toBe(true);
  });
});
