// Generators of valid cases for the fuzz tests: the starting points that are then broken one field
// at a time. Not a test file itself.
import fc from 'fast-check';
import { relationshipSchema } from '../../src/index.js';
import { instantArb, isoWithOffset } from './fuzz-kit.js';

/** The case events that are instants, in an order that satisfies every ordering rule of checkEventOrder. */
const EVENT_ORDER = [
  'provisionalOrderIssuedAt',
  'provisionalOrderCommunicatedAt',
  'sentToProsecutorAt',
  'prosecutorDecidedAt',
  'prosecutorFiledAt',
  'protectionOrderFiledAt',
  'firstInstanceJudgmentAt',
  'protectionOrderIssuedAt',
  'caseRegisteredAt',
  'initialAssessmentAt',
  'interventionPlanAt',
  'policeAlertedMobileTeamAt',
  'mobileTeamArrivedAt',
  'breachAt',
] as const;

const answerArb = fc.constantFrom('yes', 'no', 'unknown');

/**
 * A case that passes the schema and the event-order check. Answers use q1…q21, which some forms do
 * not all have: such a case is refused as INVALID_CASE, an allowed outcome.
 */
export const validCaseArb: fc.Arbitrary<Record<string, unknown>> = fc
  .record(
    {
      incident: instantArb,
      offset: fc.constantFrom(0 as const, 2 as const, 3 as const),
      relationship: fc.constantFrom(...relationshipSchema.options),
      answers: fc.dictionary(fc.integer({ min: 1, max: 21 }).map((n) => `q${n}`), answerArb, { maxKeys: 21 }),
      withForm: fc.boolean(),
      finding: fc.option(fc.record({ imminentRisk: fc.boolean(), reason: fc.constantFrom('Seen by the officer', 'Weapon at home') }), { nil: undefined }),
      flags: fc.record(
        {
          victimOpposesProvisionalOrder: fc.boolean(),
          victimRequestsProvisionalOrder: fc.boolean(),
          victimCannotWriteRequest: fc.boolean(),
          aggressorHadPriorProtectionOrder: fc.boolean(),
          priorBreachConviction: fc.boolean(),
        },
        { requiredKeys: [] },
      ),
      // Hours after the incident, one per event in EVENT_ORDER; sorted so the clock runs forward.
      eventHours: fc.array(fc.option(fc.integer({ min: 0, max: 24 * 400 }), { nil: undefined }), { minLength: EVENT_ORDER.length, maxLength: EVENT_ORDER.length }),
      months: fc.option(fc.integer({ min: 1, max: 36 }), { nil: undefined }),
      travel: fc.option(fc.integer({ min: 0, max: 10_000 }), { nil: undefined }),
      breachedOrder: fc.constantFrom('court', 'provisional'),
    },
  )
  .map((g) => {
    const events: Record<string, unknown> = {};
    const hours = g.eventHours.filter((h) => h !== undefined).sort((a, b) => a - b);
    let next = 0;
    EVENT_ORDER.forEach((name, i) => {
      if (g.eventHours[i] === undefined) return;
      events[name] = isoWithOffset(g.incident + (hours[next++] ?? 0) * 3_600_000, g.offset);
    });
    if (g.months !== undefined) events['protectionOrderMonths'] = g.months;
    if (g.travel !== undefined) events['caseManagerTravelMinutes'] = g.travel;
    return {
      schemaVersion: 1,
      incidentAt: isoWithOffset(g.incident, g.offset),
      relationship: g.relationship,
      ...(g.withForm ? { riskForm: { answers: g.answers, ...(g.finding ? { officerFinding: g.finding } : {}) } } : {}),
      ...g.flags,
      ...(events['breachAt'] === undefined ? {} : { breachedOrder: g.breachedOrder }),
      ...(Object.keys(events).length > 0 ? { events } : {}),
    };
  });

/** The embedded demo case: a valid case every version of the library accepts. */
export const demoCase = {
  schemaVersion: 1,
  incidentAt: '2024-03-02T21:15:00+02:00',
  relationship: 'spouse',
  riskForm: { answers: { q1: 'yes', q2: 'no', q4: 'yes', q6: 'unknown' } },
  events: { provisionalOrderIssuedAt: '2024-03-02T23:00:00+02:00', protectionOrderFiledAt: '2024-03-04T10:00:00+02:00' },
};
