import { describe, expect, it } from 'vitest';
import { evaluateSync } from '../../src/index.js';

const aboutCaseManagement = (w: { code: string; message: string }) => w.code === 'NO_RULE_SET_IN_FORCE' && w.message.includes('social-services terms');
const aboutNextSteps = (w: { code: string; message: string }) => w.code === 'NO_RULE_SET_IN_FORCE' && w.message.includes('police intervention steps');
const aboutReferrals = (w: { code: string; message: string }) => w.code === 'NO_RULE_SET_IN_FORCE' && w.message.includes('referrals of the victim');
const spouse = (incidentAt: string, events: Record<string, string | number> = {}) => ({ schemaVersion: 1, incidentAt, relationship: 'spouse', events });

describe('a part of a case no rule set covers is not decided in silence', () => {
  it('a case registered with social services on 2018-06-01 gets no 72-hour or 30-day terms, and a NO_RULE_SET_IN_FORCE warning naming them and the first day modelled', () => {
    const r = evaluateSync(spouse('2018-06-01T10:00:00+03:00', { caseRegisteredAt: '2018-06-01T12:00:00+03:00' }));
    expect(r.deadlines.map((d) => d.id)).not.toContain('initial-assessment');
    expect(r.caseManagement).toBeNull();
    const w = r.warnings.find((x) => x.code === 'NO_RULE_SET_IN_FORCE');
    expect(w?.message).toContain('72 hours');
    expect(w?.message).toContain('30 days');
    expect(w?.message).toContain('2018-12-07');
    expect(w?.message).toContain('2018-06-01');
  });

  it('in Romanian too, with diacritics', () => {
    const r = evaluateSync(spouse('2018-06-01T10:00:00+03:00', { caseRegisteredAt: '2018-06-01T12:00:00+03:00' }), { lang: 'ro' });
    expect(r.warnings.find((x) => x.code === 'NO_RULE_SET_IN_FORCE')?.message).toContain('Nu s-a stabilit');
  });

  it('a case registered on 2018-12-07 gets its terms and no such warning; a case that never reached social services gets neither', () => {
    const on = evaluateSync(spouse('2018-12-07T10:00:00+02:00', { caseRegisteredAt: '2018-12-07T12:00:00+02:00' }));
    expect(on.deadlines.map((d) => d.id)).toContain('initial-assessment');
    // (Both days are before the police steps of 2018-12-28: that part warns on its own, below.)
    expect(on.warnings.filter(aboutCaseManagement)).toEqual([]);
    expect(evaluateSync(spouse('2018-06-01T10:00:00+03:00')).warnings.filter(aboutCaseManagement)).toEqual([]);
  });

  it('a mobile-team alert or a travel time before the rule set warns the same way', () => {
    expect(evaluateSync(spouse('2017-03-01T10:00:00+02:00', { policeAlertedMobileTeamAt: '2017-03-01T11:00:00+02:00' })).warnings.map((x) => x.code)).toContain('NO_RULE_SET_IN_FORCE');
    expect(evaluateSync(spouse('2017-03-01T10:00:00+02:00', { caseManagerTravelMinutes: 75 })).warnings.map((x) => x.code)).toContain('NO_RULE_SET_IN_FORCE');
  });

  it('on 2018-12-27 the police steps are not decided (no intervention-steps rule set before 2018-12-28) and a NO_RULE_SET_IN_FORCE warning names that part and the first day modelled; on 2018-12-28 the steps come and the warning goes', () => {
    const before = evaluateSync(spouse('2018-12-27T10:00:00+02:00'));
    expect(before.nextSteps.filter((s) => s.ruleSet.startsWith('ro-police-intervention/'))).toEqual([]);
    const w = before.warnings.filter(aboutNextSteps);
    expect(w).toHaveLength(1);
    expect(w[0]?.message).toContain('2018-12-27');
    expect(w[0]?.message).toContain('2018-12-28');
    // The referrals are in force from 2018-12-07: they are decided, and do not warn.
    expect(before.referrals.victim).not.toBeNull();
    expect(before.warnings.filter(aboutReferrals)).toEqual([]);
    const on = evaluateSync(spouse('2018-12-28T10:00:00+02:00'));
    expect(on.nextSteps.filter((s) => s.ruleSet.startsWith('ro-police-intervention/')).length).toBeGreaterThan(0);
    expect(on.warnings.filter(aboutNextSteps)).toEqual([]);
  });

  it('on 2018-12-06 the referrals are not decided either, each part with its own warning, beside the case-management one when the case reached social services', () => {
    const r = evaluateSync(spouse('2018-12-06T10:00:00+02:00', { caseRegisteredAt: '2018-12-06T12:00:00+02:00' }));
    expect(r.nextSteps).toEqual([]);
    expect(r.referrals.victim).toBeNull();
    expect(r.warnings.filter(aboutNextSteps)).toHaveLength(1);
    expect(r.warnings.filter(aboutCaseManagement)).toHaveLength(1);
    const referrals = r.warnings.filter(aboutReferrals);
    expect(referrals).toHaveLength(1);
    expect(referrals[0]?.message).toContain('2018-12-07');
  });

  it('the next-steps warnings read in Romanian with diacritics', () => {
    const r = evaluateSync(spouse('2015-03-03T10:00:00+02:00'), { lang: 'ro' });
    const texts = r.warnings.filter((w) => w.code === 'NO_RULE_SET_IN_FORCE').map((w) => w.message);
    expect(texts).toHaveLength(2);
    expect(texts.some((t) => t.includes('pașii de intervenție ai poliției'))).toBe(true);
    expect(texts.some((t) => t.includes('îndrumarea victimei'))).toBe(true);
  });
});
