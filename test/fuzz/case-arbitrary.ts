// Generators of valid cases for the fuzz tests: the starting points that are then broken one field
// at a time. Not a test file itself.
import fc from 'fast-check';
import { relationshipSchema } from '../../src/index.js';
import { instantArb, isoWithOffset } from './fuzz-kit.js';

/**
 * The incident: mostly on or after 2018-12-28, the first day every shipped rule set (the 2018 risk
 * form last) is in force, so most cases are judged rather than refused as NO_RULE_SET_IN_FORCE;
 * still every date from 2012 to 2027 and, now and then, anywhere in years 1-9999.
 */
const incidentArb: fc.Arbitrary<number> = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: Date.UTC(2018, 11, 28), max: Date.UTC(2027, 11, 31) }) },
  { weight: 4, arbitrary: instantArb },
);

/**
 * A protection order's months: mostly within 6, the shortest longest-duration of any law in force
 * (longer orders are refused as INVALID_CASE on days that cap them), and sometimes up to 36.
 */
const monthsArb: fc.Arbitrary<number> = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: 1, max: 6 }) },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 36 }) },
);

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

/** Valid cases with the incident instant and the order's months drawn from the given arbitraries. */
function caseArb(incidentMsArb: fc.Arbitrary<number>, monthsCountArb: fc.Arbitrary<number>): fc.Arbitrary<Record<string, unknown>> {
  return fc
    .record(
      {
        incident: incidentMsArb,
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
        months: fc.option(monthsCountArb, { nil: undefined }),
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
}

/**
 * A case that passes the schema and the event-order check, built so that most are judged (about 4
 * in 5; the rest are refused with a code, an allowed outcome). Answers use q1…q21, which some forms
 * do not all have: such a case is refused as INVALID_CASE.
 */
export const validCaseArb: fc.Arbitrary<Record<string, unknown>> = caseArb(incidentArb, monthsArb);

/**
 * The same cases with the incident spread evenly over every date the law is modelled for (and now
 * and then years 1-9999) and orders of up to 36 months: about 2 in 5 are judged, the rest refused
 * because no rule set is in force yet or the order is longer than the law of its day allows. For
 * the differential test, where both paths must agree on refusals as much as on results.
 */
export const everyDateCaseArb: fc.Arbitrary<Record<string, unknown>> = caseArb(instantArb, fc.integer({ min: 1, max: 36 }));

/** The embedded demo case: a valid case every version of the library accepts. */
export const demoCase = {
  schemaVersion: 1,
  incidentAt: '2024-03-02T21:15:00+02:00',
  relationship: 'spouse',
  riskForm: { answers: { q1: 'yes', q2: 'no', q4: 'yes', q6: 'unknown' } },
  events: { provisionalOrderIssuedAt: '2024-03-02T23:00:00+02:00', protectionOrderFiledAt: '2024-03-04T10:00:00+02:00' },
};
