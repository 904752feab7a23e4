import { describe, expect, it } from 'vitest';
import { evaluate } from '../src/index.js';

const breachCase = (breachAt: string) => ({
  schemaVersion: 1,
  incidentAt: '2025-11-01T10:00:00+02:00',
  relationship: 'spouse',
  breachedOrder: 'court',
  priorBreachConviction: true,
  events: { breachAt },
});

const codes = (r: { warnings: { code: string }[] }) => r.warnings.map((w) => w.code);

describe('the uncertain in-force day of Law 232/2025', () => {
  it.each(['2025-12-12', '2025-12-14', '2025-12-15', '2025-12-31'])(
    'a breach on %s, inside the window 2025-12-12..2025-12-31, carries an EFFECTIVE_DATE_UNCERTAIN warning',
    async (day) => {
      const r = await evaluate(breachCase(`${day}T12:00:00+02:00`));
      expect(codes(r)).toContain('EFFECTIVE_DATE_UNCERTAIN');
      expect(r.warnings.find((w) => w.code === 'EFFECTIVE_DATE_UNCERTAIN')?.ruleSet).toBe('ro-order-breach/2025-12-15');
    },
  );

  it.each(['2025-12-11', '2026-01-01'])('a breach on %s, outside the window, carries no such warning', async (day) => {
    const r = await evaluate(breachCase(`${day}T12:00:00+02:00`));
    expect(codes(r)).not.toContain('EFFECTIVE_DATE_UNCERTAIN');
  });

  it('a provisional order issued on 2025-12-13 warns that Law 232/2025 may already have applied', async () => {
    const r = await evaluate({
      schemaVersion: 1,
      incidentAt: '2025-12-13T08:00:00+02:00',
      relationship: 'spouse',
      riskForm: { answers: { q1: 'yes', q2: 'yes' } },
      events: { provisionalOrderIssuedAt: '2025-12-13T09:00:00+02:00' },
    });
    expect(r.provisionalOrder.ruleSet).toBe('ro-law-217-2003-provisional-order/2018-12-28');
    expect(r.warnings.some((w) => w.code === 'EFFECTIVE_DATE_UNCERTAIN' && w.ruleSet === 'ro-law-217-2003-provisional-order/2025-12-15')).toBe(true);
  });
});

describe('proposed law', () => {
  const c = { schemaVersion: 1, incidentAt: '2026-06-01T10:00:00+03:00', relationship: 'spouse', aggressorHadPriorProtectionOrder: true };

  it('is never applied unless asked for', async () => {
    const r = await evaluate(c);
    expect(r.appliesProposedLaw).toBe(false);
    expect(r.ruleSets.every((s) => s.status === 'in-force')).toBe(true);
    expect(codes(r)).not.toContain('PROPOSED_LAW');
  });

  it('when asked for, is flagged in the result, its rule-set reference and a PROPOSED_LAW warning', async () => {
    const r = await evaluate(c, { includeProposed: true });
    expect(r.appliesProposedLaw).toBe(true);
    expect(r.ruleSets.find((s) => s.id === 'ro-law-217-2003-protection-order/2026-02-27')?.status).toBe('proposed');
    expect(codes(r)).toContain('PROPOSED_LAW');
  });
});

describe('values the sources do not verify', () => {
  it('a result that uses an unverified parameter names it in a warning', async () => {
    const r = await evaluate({ schemaVersion: 1, incidentAt: '2021-01-10T10:00:00+02:00', relationship: 'child' });
    const w = r.warnings.find((x) => x.code === 'PARAMETER_UNVERIFIED');
    expect(w?.parameter).toBe('forms');
    expect(w?.ruleSet).toBe('ro-law-217-2003-violence-forms/2020-07-09');
  });

  it('a result lists what decided it in provenance, each with its status, and only from rule sets it used', async () => {
    const r = await evaluate({ schemaVersion: 1, incidentAt: '2021-01-10T10:00:00+02:00', relationship: 'child' });
    const used = new Set(r.ruleSets.map((s) => s.id));
    // The exact entries are checked both ways in test/legal-fidelity/exact-provenance.properties.test.ts.
    expect(r.provenance.filter((p) => !used.has(p.ruleSet))).toEqual([]);
    expect(r.provenance.filter((p) => p.kind === 'parameter').map((p) => `${p.ruleSet} ${p.parameter}`)).toContain('ro-law-217-2003-violence-forms/2020-07-09 forms');
    expect(r.provenance.every((p) => p.status === null || ['confirmed', 'reported', 'seed', 'unverified'].includes(p.status))).toBe(true);
  });
});
