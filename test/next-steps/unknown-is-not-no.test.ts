import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateSync, type CaseCircumstances } from '../../src/index.js';

const FIELDS = ['victimIsMinor', 'victimHasDisabilityOrSpecialNeeds', 'childrenPresent', 'aggressorHasOtherLodging', 'mobileTeamAvailable', 'electronicMonitoringAvailable'] as const;
const circumstances = fc.record(Object.fromEntries(FIELDS.map((f) => [f, fc.constantFrom(true, false, undefined)])) as Record<(typeof FIELDS)[number], fc.Arbitrary<boolean | undefined>>);
const dates = fc.constantFrom('2018-12-28', '2020-08-22', '2024-01-01', '2024-08-31', '2025-12-15');

const stepsOf = (date: string, risk: boolean, k: CaseCircumstances): Map<string, string> => {
  const defined = Object.fromEntries(Object.entries(k).filter(([, v]) => v !== undefined));
  const r = evaluateSync({
    schemaVersion: 1,
    incidentAt: `${date}T12:00:00+02:00`,
    relationship: 'spouse',
    riskForm: { answers: risk ? { q1: 'yes', q2: 'yes' } : { q1: 'no' } },
    circumstances: defined,
  });
  return new Map(r.nextSteps.map((s) => [s.id, s.applies]));
};

describe('an unknown circumstance is unknown, never "no"', () => {
  it('leaving a circumstance unstated never drops a step that either answer would show, and shows it as "if" when only one answer would', () => {
    fc.assert(
      fc.property(dates, fc.boolean(), circumstances, fc.constantFrom(...FIELDS), (date, risk, k, field) => {
        const unknown = stepsOf(date, risk, { ...k, [field]: undefined });
        const yes = stepsOf(date, risk, { ...k, [field]: true });
        const no = stepsOf(date, risk, { ...k, [field]: false });
        for (const id of [...yes.keys(), ...no.keys()]) expect(unknown.has(id), `${id} on ${date}`).toBe(true);
        for (const [id, applies] of unknown) {
          if (!(yes.has(id) && no.has(id)) && applies === 'yes') expect.fail(`${id} depends on ${field} but is shown as certain`);
        }
      }),
      { numRuns: 150 },
    );
  });
});
