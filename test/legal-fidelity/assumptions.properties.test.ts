import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate, evaluateSync, type EvaluateOptions } from '../../src/index.js';

// For any in-force day an agency gives Law 232/2025 and any breach day around it: the raised
// limits apply from that day and not before, the warning says so exactly where the day decides,
// and the compiled and the reference paths agree.

const DAY = 86_400_000;
const from = Date.parse('2025-12-12T00:00:00Z');
const iso = (ms: number): string => new Date(ms).toISOString().slice(0, 10);
const dayArb = (span: number) => fc.integer({ min: 0, max: span }).map((n) => iso(from + n * DAY));
const SHIPPED = '2025-12-15';
const WINDOW = { earliest: '2025-12-12', latest: '2025-12-31' };

const caseOn = (breachDay: string) => ({
  schemaVersion: 1,
  incidentAt: '2025-11-01T10:00:00+02:00',
  relationship: 'spouse',
  breachedOrder: 'court',
  priorBreachConviction: true,
  events: { breachAt: `${breachDay}T12:00:00+02:00` },
});

describe('an assumed in-force day of Law 232/2025, for random days', () => {
  it('the raised breach limits apply on and after the assumed day only; ASSUMPTION_APPLIED appears exactly where the day decides; no EFFECTIVE_DATE_UNCERTAIN for the breach rule set', () => {
    fc.assert(
      fc.property(dayArb(60), dayArb(90), (assumed, breach) => {
        const options: EvaluateOptions = { assumptions: ['ro-order-breach', 'ro-law-217-2003-provisional-order', 'ro-police-intervention'].map((x) => ({ ruleSet: `${x}/2025-12-15`, effectiveFrom: assumed, source: 'property test' })) };
        const r = evaluateSync(caseOn(breach), options);
        const [lo, hi] = [SHIPPED, assumed].sort() as [string, string];
        const decides = (WINDOW.earliest <= breach && breach <= WINDOW.latest) || (lo <= breach && breach < hi);

        expect(r.breach?.aggravated).toBe(breach >= assumed);
        expect(r.breach?.ruleSet).toBe(breach >= assumed ? 'ro-order-breach/2025-12-15' : 'ro-order-breach/2020-08-22');
        expect(r.warnings.some((w) => w.code === 'ASSUMPTION_APPLIED' && w.ruleSet === 'ro-order-breach/2025-12-15')).toBe(decides);
        expect(r.warnings.some((w) => w.code === 'EFFECTIVE_DATE_UNCERTAIN' && w.ruleSet === 'ro-order-breach/2025-12-15')).toBe(false);
      }),
      { numRuns: 150 },
    );
  });

  it('the compiled path gives the reference path\'s result, whole', async () => {
    await fc.assert(
      fc.asyncProperty(dayArb(60), dayArb(90), async (assumed, day) => {
        const c = {
          ...caseOn(day),
          riskForm: { answers: { q3: 'yes', q5: 'yes' } },
          events: { provisionalOrderIssuedAt: `${day}T09:00:00+02:00`, prosecutorFiledAt: `${day}T10:00:00+02:00`, breachAt: `${day}T12:00:00+02:00` },
        };
        const options: EvaluateOptions = {
          assumptions: ['ro-order-breach', 'ro-law-217-2003-provisional-order', 'ro-police-intervention'].map((s) => ({ ruleSet: `${s}/2025-12-15`, effectiveFrom: assumed, source: 'property test' })),
        };
        expect(await evaluate(c, { ...options, engine: 'reference' })).toEqual(evaluateSync(c, options));
      }),
      { numRuns: 25 },
    );
  });
});
