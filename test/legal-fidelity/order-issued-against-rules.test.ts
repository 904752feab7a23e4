import { describe, expect, it } from 'vitest';
import { evaluateSync } from '../../src/index.js';

const base = { schemaVersion: 1, incidentAt: '2023-03-10T21:00:00+02:00', relationship: 'spouse' } as const;
const codes = (r: { warnings: readonly { code: string }[] }): string[] => r.warnings.map((w) => w.code);

describe('an order the case records as issued although the rules would not issue it', () => {
  it('a provisional order issued with no imminent risk established keeps its deadlines and says the rules would not issue it', () => {
    const r = evaluateSync({ ...base, riskForm: { answers: { q1: 'no' } }, events: { provisionalOrderIssuedAt: '2023-03-10T23:00:00+02:00' } }, { lang: 'en' });
    expect(r.provisionalOrder.eligible).toBe(false);
    expect(r.deadlines.find((d) => d.id === 'opp-end')?.dueAt).toBe('2023-03-15T23:00:00+02:00');
    expect(r.warnings).toContainEqual(expect.objectContaining({ code: 'ORDER_ISSUED_AGAINST_RULES', message: expect.stringMatching(/provisional protection order is recorded as issued on 2023-03-10.*No imminent risk/) }));
  });

  it('a provisional order issued on imminent risk gives no such warning', () => {
    const r = evaluateSync({ ...base, riskForm: { answers: { q1: 'yes', q2: 'yes' } }, events: { provisionalOrderIssuedAt: '2023-03-10T23:00:00+02:00' } });
    expect(r.provisionalOrder.eligible).toBe(true);
    expect(codes(r)).not.toContain('ORDER_ISSUED_AGAINST_RULES');
  });

  it('a court order recorded as issued for a victim the law of its day gives no route is flagged', () => {
    const r = evaluateSync({ ...base, incidentAt: '2024-05-01T20:00:00+03:00', relationship: 'neighbour', events: { protectionOrderIssuedAt: '2024-05-10T10:00:00+03:00' } }, { lang: 'ro' });
    expect(r.protectionOrder.available).toBe(false);
    expect(r.warnings.find((w) => w.code === 'ORDER_ISSUED_AGAINST_RULES')?.message).toMatch(/Ordinul de protecție al instanței este înregistrat ca emis la 2024-05-10.*Nu se calculează niciun termen/);
  });

  it('a Law 26/2024 provisional order, whose eligibility the 2024 form cannot decide, is not said to be issued against the rules', () => {
    const r = evaluateSync({ ...base, incidentAt: '2024-09-10T20:00:00+03:00', relationship: 'neighbour', victimRequestsProvisionalOrder: true, events: { provisionalOrderIssuedAt: '2024-09-10T22:00:00+03:00' } });
    expect(r.provisionalOrder.eligible).toBe(false);
    expect(r.provisionalOrder.reason).toBe('RISK_DETERMINATION_UNAVAILABLE');
    expect(codes(r)).not.toContain('ORDER_ISSUED_AGAINST_RULES');
  });
});

describe('an order issued against the rules and filed by the prosecutor under Law 232/2025', () => {
  it('stays in force until the first-instance judgment, as any order issued and filed does (no gap at 120 hours)', () => {
    const c = { schemaVersion: 1, incidentAt: '2026-01-12T08:00:00+02:00', relationship: 'spouse', riskForm: { answers: { q1: 'no' } }, events: { provisionalOrderIssuedAt: '2026-01-12T09:00:00+02:00', prosecutorFiledAt: '2026-01-13T09:00:00+02:00' } };
    const r = evaluateSync(c, { asOf: '2026-01-20T10:00:00+02:00' });
    expect(r.provisionalOrder.eligible).toBe(false);
    expect(r.provisionalOrder.duration).toEqual({ until: 'first-instance-judgment' });
    expect(r.protectionGaps).toEqual([]);
    expect(r.warnings.map((w) => w.code)).toContain('ORDER_ISSUED_AGAINST_RULES');
  });

  it('an order not recorded as issued keeps the ordinary 120 hours, for information', () => {
    const r = evaluateSync({ schemaVersion: 1, incidentAt: '2026-01-12T08:00:00+02:00', relationship: 'spouse', riskForm: { answers: { q1: 'no' } }, events: { prosecutorFiledAt: '2026-01-13T09:00:00+02:00' } });
    expect(r.provisionalOrder.duration).toEqual({ hours: 120 });
  });
});

describe('Law 26/2024: no request decides, whatever the form', () => {
  const neighbour = (extra: Record<string, unknown>) => ({ schemaVersion: 1, incidentAt: '2025-03-12T20:00:00+02:00', relationship: 'neighbour', ...extra });

  it('without a request, no order is issued even where the 2024 form cannot decide (NOT_REQUESTED, not "cannot be decided")', () => {
    expect(evaluateSync(neighbour({})).provisionalOrder.reason).toBe('NOT_REQUESTED');
  });

  it('an order issued with no request recorded is flagged as issued against the rules', () => {
    const r = evaluateSync(neighbour({ events: { provisionalOrderIssuedAt: '2025-03-12T22:00:00+02:00' } }));
    expect(r.warnings.map((w) => w.code)).toContain('ORDER_ISSUED_AGAINST_RULES');
  });

  it('with a request, eligibility still cannot be decided while the form cannot, and no order is said to be issued against the rules', () => {
    const r = evaluateSync(neighbour({ victimRequestsProvisionalOrder: true, events: { provisionalOrderIssuedAt: '2025-03-12T22:00:00+02:00' } }));
    expect(r.provisionalOrder.reason).toBe('RISK_DETERMINATION_UNAVAILABLE');
    expect(r.warnings.map((w) => w.code)).not.toContain('ORDER_ISSUED_AGAINST_RULES');
  });

  it('with no imminent risk established, that stays the reason', () => {
    const r = evaluateSync(neighbour({ riskForm: { answers: {}, officerFinding: { imminentRisk: false, reason: 'no threat found' } } }));
    expect(r.provisionalOrder.reason).toBe('NO_IMMINENT_RISK');
  });
});
