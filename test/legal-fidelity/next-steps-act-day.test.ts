import { describe, expect, it } from 'vitest';
import { evaluateSync } from '../../src/index.js';

// A neighbour's victim attacked the day before Law 26/2024 applied (2024-08-31), whose provisional order was issued after it.
const neighbour = {
  schemaVersion: 1, incidentAt: '2024-08-30T20:00:00+03:00', relationship: 'neighbour', victimRequestsProvisionalOrder: true,
  events: { provisionalOrderIssuedAt: '2024-09-01T10:00:00+03:00' },
};

describe("the next steps follow the law of the provisional order's day, as the order does", () => {
  it('a provisional order issued on 2024-09-01 for a 2024-08-30 incident gets the Law 26/2024 police steps, from the step rule set of 2024-08-31', () => {
    const r = evaluateSync(neighbour);
    expect(r.provisionalOrder.ruleSet).toBe('ro-law-26-2024-provisional-order/2024-08-31');
    const used = r.ruleSets.map((x) => x.id);
    expect(used).toContain('ro-police-intervention/2024-08-31');
    expect(used).not.toContain('ro-police-intervention/2024-01-01');
    expect(r.explanation.some((e) => e.ruleSet === 'ro-police-intervention/2024-08-31')).toBe(true);
  });

  it('with actLaw incident-day, the steps stay with the incident day, as the order does', () => {
    const r = evaluateSync(neighbour, { actLaw: 'incident-day' });
    expect(r.provisionalOrder.available).toBe(false);
    expect(r.ruleSets.map((x) => x.id)).toContain('ro-police-intervention/2024-01-01');
  });

  it('a case without a later act is unchanged: its steps are those of the incident day', () => {
    const r = evaluateSync({ ...neighbour, events: {} });
    expect(r.ruleSets.map((x) => x.id)).toContain('ro-police-intervention/2024-01-01');
    expect(r.ruleSets.map((x) => x.id)).not.toContain('ro-police-intervention/2024-08-31');
  });
});
