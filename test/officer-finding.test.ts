import { describe, expect, it } from 'vitest';
import { DvRulesError, evaluate } from '../src/index.js';

const withFinding = (answers: Record<string, string>, finding: { imminentRisk: boolean; reason: string }, relationship = 'spouse', at = '2021-05-05T18:00:00+03:00') => ({
  schemaVersion: 1,
  incidentAt: at,
  relationship,
  riskForm: { answers, officerFinding: finding },
});

describe("the officer's recorded finding", () => {
  it('raises a determination the 2018 form did not establish, recorded side by side with the count and a warning', async () => {
    const r = await evaluate(withFinding({ q1: 'yes' }, { imminentRisk: true, reason: 'Visible strangulation marks' }));
    expect(r.riskAssessment?.imminentRisk).toBe(false);
    expect(r.determination).toEqual({
      imminentRisk: true,
      basis: 'officer-finding',
      computed: false,
      overridden: true,
      direction: 'raised',
      officerReason: 'Visible strangulation marks',
    });
    expect(r.warnings.map((w) => w.code)).toContain('OFFICER_FINDING_UNVERIFIED_POWER');
    expect(r.provisionalOrder.eligible).toBe(true);
  });

  it('cannot lower a determination the count established: the case is refused with a coded error', async () => {
    try {
      await evaluate(withFinding({ q1: 'yes', q2: 'yes' }, { imminentRisk: false, reason: 'Victim calm' }));
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(DvRulesError);
      expect((e as DvRulesError).code).toBe('INVALID_CASE');
      expect((e as DvRulesError).issues[0]?.path).toBe('riskForm.officerFinding.imminentRisk');
      expect((e as DvRulesError).message).not.toContain('Victim calm');
    }
  });

  it('agreeing with the count changes nothing: the basis stays the form', async () => {
    const r = await evaluate(withFinding({ q1: 'yes', q2: 'yes' }, { imminentRisk: true, reason: 'Agrees' }));
    expect(r.determination).toMatchObject({ imminentRisk: true, basis: 'form', overridden: false, direction: null });
    expect(r.warnings.map((w) => w.code)).not.toContain('OFFICER_FINDING_UNVERIFIED_POWER');
  });

  it('must give a reason', async () => {
    await expect(evaluate(withFinding({}, { imminentRisk: true, reason: '' }))).rejects.toMatchObject({ code: 'INVALID_CASE' });
  });

  it('is the only basis when the 2024 form cannot decide, and is not counted as an override', async () => {
    const r = await evaluate(withFinding({}, { imminentRisk: true, reason: 'Threats with a weapon' }, 'neighbour', '2025-02-01T10:00:00+02:00'));
    expect(r.riskAssessment).toBeNull();
    expect(r.determination).toMatchObject({ imminentRisk: true, basis: 'officer-finding', computed: null, overridden: false, direction: null });
  });
});

describe('the reason of an officer finding', () => {
  it('is refused when it is only spaces, at riskForm.officerFinding.reason', async () => {
    const c = { schemaVersion: 1, incidentAt: '2019-03-01T10:00:00+02:00', relationship: 'spouse', riskForm: { answers: { q1: 'yes' }, officerFinding: { imminentRisk: true, reason: '   ' } } };

    const e = await evaluate(c).catch((x: unknown) => x);

    expect(e).toBeInstanceOf(DvRulesError);
    expect((e as DvRulesError).issues.map((i) => i.path)).toEqual(['riskForm.officerFinding.reason']);
  });
});
