import fc from 'fast-check';
import { relationshipSchema } from '../../src/index.js';

// The case clock in an order every pair of check-event-order respects: each chosen event comes at
// or after the one before it in this list.
const CHAIN = [
  'riskAssessedAt', 'provisionalOrderIssuedAt', 'provisionalOrderCommunicatedAt', 'sentToProsecutorAt', 'prosecutorDecidedAt', 'prosecutorFiledAt',
  'protectionOrderFiledAt', 'firstInstanceJudgmentAt', 'protectionOrderIssuedAt', 'caseRegisteredAt', 'initialAssessmentAt', 'interventionPlanAt',
  'policeAlertedMobileTeamAt', 'mobileTeamArrivedAt', 'breachAt',
] as const;
const FROM = Date.parse('2012-05-12T00:00:00Z');
const TO = Date.parse('2027-06-01T00:00:00Z');
const answer = fc.constantFrom('yes', 'no', 'unknown');
const maybe = fc.option(fc.boolean(), { nil: undefined });

/**
 * Random valid-looking cases from 2012 to 2027 for property tests: any relationship, a case clock
 * whose events keep their legal order, risk-form answers (some to items a form may lack, which
 * the library refuses with a coded error), the victim's choices, and with `proposed` whether
 * proposed law is asked for. `rich` adds the circumstances and histories next steps, the
 * proposed court order and the breach rules read.
 */
export function randomCase(rich = false) {
  return fc
    .record({
      incident: fc.integer({ min: FROM, max: TO }),
      relationship: fc.constantFrom(...relationshipSchema.options),
      chosen: fc.array(fc.boolean(), { minLength: CHAIN.length, maxLength: CHAIN.length }),
      gaps: fc.array(fc.integer({ min: 0, max: 9 * 24 * 60 }), { minLength: CHAIN.length, maxLength: CHAIN.length }),
      answers: fc.dictionary(fc.integer({ min: 1, max: 21 }).map((i) => `q${i}`), answer, { maxKeys: 21 }),
      travel: fc.option(fc.integer({ min: 0, max: 200 }), { nil: undefined }),
      victimRequests: fc.boolean(),
      victimOpposes: fc.boolean(),
      proposed: fc.boolean(),
      // A quarter of the cases have no case clock, so every act falls on the incident day.
      bare: fc.integer({ min: 0, max: 3 }).map((n) => n === 0),
      extra: rich
        ? fc.record({
            priorOrder: maybe,
            priorConviction: maybe,
            months: fc.option(fc.integer({ min: 1, max: 12 }), { nil: undefined }),
            decision: fc.option(fc.constantFrom('confirmed' as const, 'ended' as const), { nil: undefined }),
            circumstances: fc.record(
              { victimIsMinor: fc.boolean(), victimHasDisabilityOrSpecialNeeds: fc.boolean(), childrenPresent: fc.boolean(), aggressorHasOtherLodging: fc.boolean(), mobileTeamAvailable: fc.boolean(), electronicMonitoringAvailable: fc.boolean() },
              { requiredKeys: [] },
            ),
          })
        : fc.constant(undefined),
    })
    .map((g) => {
      const events: Record<string, string | number> = {};
      let t = g.incident;
      CHAIN.forEach((name, i) => {
        t += (g.gaps[i] ?? 0) * 60_000;
        if (g.chosen[i] && !g.bare) events[name] = new Date(t).toISOString();
      });
      let breachedOrder: 'court' | 'provisional' | undefined;
      if (events['breachAt'] !== undefined) {
        if (events['protectionOrderIssuedAt'] !== undefined) breachedOrder = 'court';
        else if (events['provisionalOrderIssuedAt'] !== undefined) breachedOrder = 'provisional';
        else delete events['breachAt'];
      }
      if (g.travel !== undefined && !g.bare) events['caseManagerTravelMinutes'] = g.travel;
      const x = g.extra;
      if (x?.months !== undefined && events['protectionOrderIssuedAt'] !== undefined) events['protectionOrderMonths'] = x.months;
      const c = {
        schemaVersion: 1,
        incidentAt: new Date(g.incident).toISOString(),
        relationship: g.relationship,
        events,
        riskForm: { answers: g.answers },
        victimRequestsProvisionalOrder: g.victimRequests,
        victimOpposesProvisionalOrder: g.victimOpposes,
        ...(breachedOrder ? { breachedOrder } : {}),
        ...(x?.priorOrder === undefined ? {} : { aggressorHadPriorProtectionOrder: x.priorOrder }),
        ...(x?.priorConviction === undefined ? {} : { priorBreachConviction: x.priorConviction }),
        ...(x?.decision !== undefined && events['prosecutorDecidedAt'] !== undefined ? { prosecutorDecision: x.decision } : {}),
        ...(x === undefined ? {} : { circumstances: x.circumstances }),
      };
      return { c, opts: { includeProposed: g.proposed } };
    });
}
