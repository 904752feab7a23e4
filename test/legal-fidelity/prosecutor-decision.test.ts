import { describe, expect, it } from 'vitest';
import { evaluateSync } from '../../src/index.js';

const spouse = (extra: Record<string, unknown>, events: Record<string, string>) => ({
  schemaVersion: 1, incidentAt: '2025-03-03T10:00:00+02:00', relationship: 'spouse', ...extra,
  events: { provisionalOrderIssuedAt: '2025-03-03T12:00:00+02:00', sentToProsecutorAt: '2025-03-03T20:00:00+02:00', ...events },
});
const oppEnd = (r: ReturnType<typeof evaluateSync>) => r.deadlines.find((d) => d.id === 'opp-end');

describe("the prosecutor's decision on a provisional order (LEGAL-BASIS §4)", () => {
  it('an order the prosecutor ended ends at the decision, not after 120 hours, and the 48-hour deadline is met', () => {
    const r = evaluateSync(spouse({ prosecutorDecision: 'ended' }, { prosecutorDecidedAt: '2025-03-04T09:30:00Z' }));
    expect(r.provisionalOrder.endsAt).toBe('2025-03-04T11:30:00+02:00');
    expect(oppEnd(r)).toMatchObject({ dueAt: '2025-03-04T11:30:00+02:00', status: 'expired', reason: 'ENDED_BY_PROSECUTOR' });
    expect(r.deadlines.find((d) => d.id === 'opp-prosecutor-decision')?.status).toBe('met');
  });

  it('a confirmed order, or a decision without its outcome, keeps the 120 hours', () => {
    for (const extra of [{ prosecutorDecision: 'confirmed' }, {}]) {
      const r = evaluateSync(spouse(extra, { prosecutorDecidedAt: '2025-03-04T11:30:00+02:00' }));
      expect(r.provisionalOrder.endsAt).toBe('2025-03-08T12:00:00+02:00');
    }
  });

  it('the gap follows: a court application pending after the order was ended is unprotected from the decision', () => {
    const r = evaluateSync(
      spouse({ prosecutorDecision: 'ended' }, { prosecutorDecidedAt: '2025-03-04T11:30:00+02:00', protectionOrderFiledAt: '2025-03-04T10:00:00+02:00', firstInstanceJudgmentAt: '2025-03-06T10:00:00+02:00' }),
    );
    expect(r.protectionGaps).toEqual([expect.objectContaining({ from: '2025-03-04T11:30:00+02:00', to: '2025-03-06T10:00:00+02:00' })]);
    const kept = evaluateSync(spouse({ prosecutorDecision: 'confirmed' }, { prosecutorDecidedAt: '2025-03-04T11:30:00+02:00', protectionOrderFiledAt: '2025-03-04T10:00:00+02:00', firstInstanceJudgmentAt: '2025-03-06T10:00:00+02:00' }));
    expect(kept.protectionGaps).toEqual([]);
  });

  it('as of an instant before the decision, the order still runs its 120 hours', () => {
    const r = evaluateSync(spouse({ prosecutorDecision: 'ended' }, { prosecutorDecidedAt: '2025-03-04T11:30:00+02:00' }), { asOf: '2025-03-04T08:00:00+02:00' });
    expect(oppEnd(r)).toMatchObject({ dueAt: '2025-03-08T12:00:00+02:00', status: 'pending' });
  });

  it('an outcome without its time, or an ended order filed in court, is refused with INVALID_CASE at the path', () => {
    expect(() => evaluateSync(spouse({ prosecutorDecision: 'ended' }, {}))).toThrow(
      expect.objectContaining({ code: 'INVALID_CASE', issues: [expect.objectContaining({ path: 'events.prosecutorDecidedAt' })] }),
    );
    expect(() => evaluateSync(spouse({ prosecutorDecision: 'ended' }, { prosecutorDecidedAt: '2025-03-04T11:30:00+02:00', prosecutorFiledAt: '2025-03-04T12:00:00+02:00' }))).toThrow(
      expect.objectContaining({ code: 'INVALID_CASE', issues: [expect.objectContaining({ path: 'events.prosecutorFiledAt' })] }),
    );
    expect(() => evaluateSync(spouse({ prosecutorDecision: 'withdrawn' }, { prosecutorDecidedAt: '2025-03-04T11:30:00+02:00' }))).toThrow(expect.objectContaining({ code: 'INVALID_CASE' }));
  });
});
