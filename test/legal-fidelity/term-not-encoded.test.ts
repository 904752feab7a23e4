import { describe, expect, it } from 'vitest';
import { evaluateSync, shippedRuleSets } from '../../src/index.js';

const neighbour = (events: Record<string, string> = {}) => ({
  schemaVersion: 1, incidentAt: '2025-03-03T10:00:00+02:00', relationship: 'neighbour', victimRequestsProvisionalOrder: true, events,
});

describe('the terms Law 26/2024 sets for its provisional order that our sources do not give are named, not omitted in silence', () => {
  it('the rule set marks the confirmation and challenge terms as not encoded, unverified', () => {
    const rs = shippedRuleSets().find((l) => l.ruleSet.id === 'ro-law-26-2024-provisional-order/2024-08-31')?.ruleSet;
    expect(rs?.termsNotEncoded?.map((t) => [t.id, t.status])).toEqual([['confirmation', 'unverified'], ['challenge', 'unverified']]);
  });

  it('a Law 26/2024 case carries TERM_NOT_ENCODED naming both terms, and no confirmation or challenge deadline', () => {
    const r = evaluateSync(neighbour({ provisionalOrderIssuedAt: '2025-03-03T12:00:00+02:00' }));
    expect(r.regime.id).toBe('law-26-2024');
    const w = r.warnings.find((x) => x.code === 'TERM_NOT_ENCODED');
    expect(w?.ruleSet).toBe('ro-law-26-2024-provisional-order/2024-08-31');
    expect(w?.message).toContain('who confirms or ends the provisional order');
    expect(w?.message).toContain('challenged in court');
    expect(r.deadlines.map((d) => d.id)).toEqual(['opp-end']);
  });

  it('a protection gap after the Law 26/2024 order ends says it assumes the order lapsed then', () => {
    const r = evaluateSync(neighbour({ provisionalOrderIssuedAt: '2025-03-03T12:00:00+02:00', protectionOrderFiledAt: '2025-03-04T12:00:00+02:00' }), { asOf: '2025-03-20T12:00:00+02:00' });
    expect(r.protectionGaps[0]?.from).toBe(r.provisionalOrder.endsAt);
    const w = r.warnings.find((x) => x.code === 'TERM_NOT_ENCODED');
    expect(w?.message).toContain(`protection gap from ${r.provisionalOrder.endsAt ?? '?'}`);
    expect(w?.message).toContain('assumes the order lapsed');
  });

  it('a Law 217/2003 case, whose terms are encoded, has no such warning', () => {
    const r = evaluateSync({ ...neighbour({ provisionalOrderIssuedAt: '2025-03-03T12:00:00+02:00' }), relationship: 'spouse' });
    expect(r.warnings.map((x) => x.code)).not.toContain('TERM_NOT_ENCODED');
  });

  it('in Romanian, with diacritics', () => {
    const r = evaluateSync(neighbour({ provisionalOrderIssuedAt: '2025-03-03T12:00:00+02:00' }), { lang: 'ro' });
    expect(r.warnings.find((x) => x.code === 'TERM_NOT_ENCODED')?.message).toContain('cine confirmă');
  });
});

describe('a Law 26/2024 court order, whose end and decision term are not in our sources, says so once it is sought or issued', () => {
  const neighbourAt = (events: Record<string, unknown>) => ({ schemaVersion: 1, incidentAt: '2024-09-10T20:00:00+03:00', relationship: 'neighbour', events });
  const courtTerms = (r: ReturnType<typeof evaluateSync>) => r.warnings.filter((w) => w.code === 'TERM_NOT_ENCODED' && w.ruleSet === 'ro-law-26-2024-protection-order/2024-08-31');

  it('an order issued for 6 months gets no end date, and a warning names the end and the decision term as not encoded', () => {
    const r = evaluateSync(neighbourAt({ protectionOrderIssuedAt: '2024-09-12T10:00:00+03:00', protectionOrderMonths: 6 }), { lang: 'en' });
    expect(r.protectionOrder.endsAt).toBeNull();
    expect(courtTerms(r)).toHaveLength(1);
    expect(courtTerms(r)[0]?.message).toMatch(/when the court order ends.*within what time the court decides/);
  });

  it('an application filed is warned too; a case with no application or order is not', () => {
    expect(courtTerms(evaluateSync(neighbourAt({ protectionOrderFiledAt: '2024-09-12T10:00:00+03:00' })))).toHaveLength(1);
    expect(courtTerms(evaluateSync(neighbourAt({})))).toEqual([]);
  });

  it('a Law 217/2003 court order, whose end is counted, has no such warning', () => {
    const r = evaluateSync({ schemaVersion: 1, incidentAt: '2024-09-10T20:00:00+03:00', relationship: 'spouse', events: { protectionOrderIssuedAt: '2024-09-12T10:00:00+03:00' } });
    expect(r.protectionOrder.endsAt).not.toBeNull();
    expect(r.warnings.filter((w) => w.code === 'TERM_NOT_ENCODED' && w.ruleSet?.includes('protection-order'))).toEqual([]);
  });
});
