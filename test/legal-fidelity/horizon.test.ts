import { describe, expect, it } from 'vitest';
import { evaluateSync, LAW_KNOWN_UNTIL, listRuleSets } from '../../src/index.js';

const at = (incidentAt: string, events?: Record<string, string>) => ({ schemaVersion: 1, incidentAt, relationship: 'spouse', ...(events ? { events } : {}) });
const codes = (c: unknown) => evaluateSync(c).warnings.map((w) => w.code);

describe('the horizon of what this release knows of the law', () => {
  it('lies after the day of every rule set shipped in force', () => {
    const newest = listRuleSets().filter((r) => r.status === 'in-force').map((r) => r.effectiveFrom).sort().pop();
    expect(newest).toBeDefined();
    expect(LAW_KNOWN_UNTIL > (newest ?? '')).toBe(true);
  });

  it('a case dated 2204 (a typo for 2024) is judged under the newest law and flagged LAW_NOT_KNOWN_AFTER', () => {
    const r = evaluateSync(at('2204-03-01T10:00:00+02:00'));
    expect(r.regime.id).toBe('law-217-2003');
    expect(r.warnings).toContainEqual(expect.objectContaining({ code: 'LAW_NOT_KNOWN_AFTER', message: expect.stringContaining('2204-03-01') }));
  });

  it('an act after the horizon is flagged too, even when the incident is not', () => {
    expect(codes(at('2027-06-01T10:00:00+03:00', { protectionOrderFiledAt: '2027-07-02T10:00:00+03:00' }))).toContain('LAW_NOT_KNOWN_AFTER');
  });

  it('the horizon day itself and a case today are not flagged', () => {
    expect(codes(at(`${LAW_KNOWN_UNTIL}T23:00:00+03:00`))).not.toContain('LAW_NOT_KNOWN_AFTER');
    expect(codes(at('2026-12-01T10:00:00+02:00'))).not.toContain('LAW_NOT_KNOWN_AFTER');
  });

  it('an instant that falls in the year 10000 in Bucharest is refused with INVALID_CASE at its path', () => {
    expect(() => evaluateSync(at('9999-12-31T23:30:00Z'))).toThrow(expect.objectContaining({ code: 'INVALID_CASE', issues: [expect.objectContaining({ path: 'incidentAt' })] }));
    expect(() => evaluateSync({ ...at('2024-03-01T10:00:00+02:00', { breachAt: '9999-12-31T22:30:00Z' }), breachedOrder: 'court' })).toThrow(
      expect.objectContaining({ code: 'INVALID_CASE', issues: [expect.objectContaining({ path: 'events.breachAt' })] }),
    );
  });
});
