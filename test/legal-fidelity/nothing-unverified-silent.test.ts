import { describe, expect, it } from 'vitest';
import { evaluateSync } from '../../src/index.js';

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
    expect(on.warnings.map((x) => x.code)).not.toContain('NO_RULE_SET_IN_FORCE');
    expect(evaluateSync(spouse('2018-06-01T10:00:00+03:00')).warnings.map((x) => x.code)).not.toContain('NO_RULE_SET_IN_FORCE');
  });

  it('a mobile-team alert or a travel time before the rule set warns the same way', () => {
    expect(evaluateSync(spouse('2017-03-01T10:00:00+02:00', { policeAlertedMobileTeamAt: '2017-03-01T11:00:00+02:00' })).warnings.map((x) => x.code)).toContain('NO_RULE_SET_IN_FORCE');
    expect(evaluateSync(spouse('2017-03-01T10:00:00+02:00', { caseManagerTravelMinutes: 75 })).warnings.map((x) => x.code)).toContain('NO_RULE_SET_IN_FORCE');
  });
});
