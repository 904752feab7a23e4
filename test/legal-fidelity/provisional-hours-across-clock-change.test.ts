import { describe, expect, it } from 'vitest';
import { evaluateSync, evaluateOptionsSchema } from '../../src/index.js';

const issued = (at: string) => ({ schemaVersion: 1, incidentAt: at, relationship: 'spouse', events: { provisionalOrderIssuedAt: at } });
const end = (at: string, provisionalOrderHours?: 'later' | 'elapsed' | 'wall-clock') => {
  const r = evaluateSync(issued(at), provisionalOrderHours ? { provisionalOrderHours } : {});
  return { r, d: r.deadlines.find((x) => x.id === 'opp-end') };
};

describe('the 120 hours of a provisional order across a clock change: both readings, the later by default', () => {
  it('across the spring change of 2025-03-30 the elapsed reading (11:00) is later than the wall clock (10:00), and is the default', () => {
    const { r, d } = end('2025-03-28T10:00:00+02:00');
    expect(r.provisionalOrder.endsAt).toBe('2025-04-02T11:00:00+03:00');
    expect(d?.counting.acrossClockChange).toEqual({ elapsed: '2025-04-02T11:00:00+03:00', wallClock: '2025-04-02T10:00:00+03:00', used: 'elapsed' });
    expect(end('2025-03-28T10:00:00+02:00', 'wall-clock').r.provisionalOrder.endsAt).toBe('2025-04-02T10:00:00+03:00');
    expect(end('2025-03-28T10:00:00+02:00', 'elapsed').r.provisionalOrder.endsAt).toBe('2025-04-02T11:00:00+03:00');
  });

  it('across the autumn change of 2025-10-26 the wall clock (10:00) is later than the elapsed reading (09:00), and is the default', () => {
    const { r, d } = end('2025-10-24T10:00:00+03:00');
    expect(r.provisionalOrder.endsAt).toBe('2025-10-29T10:00:00+02:00');
    expect(d?.counting.acrossClockChange).toEqual({ elapsed: '2025-10-29T09:00:00+02:00', wallClock: '2025-10-29T10:00:00+02:00', used: 'wall-clock' });
    expect(end('2025-10-24T10:00:00+03:00', 'elapsed').r.provisionalOrder.endsAt).toBe('2025-10-29T09:00:00+02:00');
    expect(end('2025-10-24T10:00:00+03:00', 'wall-clock').r.provisionalOrder.endsAt).toBe('2025-10-29T10:00:00+02:00');
  });

  it('in a normal week both readings agree: no second reading is reported, and every option gives the same end', () => {
    for (const o of [undefined, 'later', 'elapsed', 'wall-clock'] as const) {
      const { r, d } = end('2025-06-02T10:00:00+03:00', o);
      expect(r.provisionalOrder.endsAt).toBe('2025-06-07T10:00:00+03:00');
      expect(d?.counting.acrossClockChange).toBeUndefined();
    }
  });

  it('the default never ends before either reading, for issue hours across both 2025 changes', () => {
    for (const base of [Date.parse('2025-03-24T00:00:00Z'), Date.parse('2025-10-20T00:00:00Z')]) {
      for (let h = 0; h < 24 * 7; h += 5) {
        const at = new Date(base + h * 3_600_000).toISOString();
        const later = Date.parse(end(at).r.provisionalOrder.endsAt ?? '');
        expect(later).toBeGreaterThanOrEqual(Date.parse(end(at, 'elapsed').r.provisionalOrder.endsAt ?? ''));
        expect(later).toBeGreaterThanOrEqual(Date.parse(end(at, 'wall-clock').r.provisionalOrder.endsAt ?? ''));
      }
    }
  });

  it('the counting warning still names the order end, the receipt records the reading, and an unknown reading is refused', () => {
    const { r } = end('2025-10-24T10:00:00+03:00', 'elapsed');
    expect(r.warnings.find((w) => w.code === 'DEADLINE_COUNTING_UNVERIFIED')?.message).toContain('opp-end');
    expect(r.receipt.options.provisionalOrderHours).toBe('elapsed');
    expect(end('2025-10-24T10:00:00+03:00').r.receipt.options.provisionalOrderHours).toBe('later');
    expect(evaluateOptionsSchema.safeParse({ provisionalOrderHours: 'calendar' }).success).toBe(false);
  });
});

describe('a filing in the extra autumn hour of the default reading', () => {
  // Law 232/2025: an order the prosecutor filed while it was in force stays in force until the judgment.
  const c = {
    schemaVersion: 1, incidentAt: '2026-10-20T09:00:00+03:00', relationship: 'spouse', riskForm: { answers: { q1: 'yes', q2: 'yes' } },
    events: { provisionalOrderIssuedAt: '2026-10-20T10:00:00+03:00', prosecutorFiledAt: '2026-10-25T09:30:00+02:00' },
  };
  it('counts as filed while the order was in force by default (it ends at 10:00), and not with the elapsed reading (09:00)', () => {
    expect(evaluateSync(c).provisionalOrder.duration).toEqual({ until: 'first-instance-judgment' });
    expect(evaluateSync(c, { provisionalOrderHours: 'elapsed' }).provisionalOrder.duration).toEqual({ hours: 120 });
  });
});
