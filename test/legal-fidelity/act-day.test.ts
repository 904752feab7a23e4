import { describe, expect, it } from 'vitest';
import { evaluateSync } from '../../src/index.js';

// Which day's law: each act under the law of its own day; the warnings that say so.
const neighbour = { schemaVersion: 1, incidentAt: '2024-08-30T20:00:00+03:00', relationship: 'neighbour', events: { protectionOrderFiledAt: '2024-09-05T10:00:00+03:00' } };

describe("each act is judged under the law of its own day", () => {
  it("a neighbour's victim attacked the day before Law 26/2024 who files after it gets the Law 26/2024 route, with a warning that says why", () => {
    const r = evaluateSync(neighbour, { lang: 'en' });
    expect(r.protectionOrder.available).toBe(true);
    expect(r.warnings).toContainEqual(expect.objectContaining({ code: 'ACT_JUDGED_ON_ITS_DAY', message: expect.stringMatching(/2024-09-05.*Law 26\/2024.*2024-08-30.*no protection-order route/) }));
  });

  it('the incident-day reading is an option, and then no warning claims the act-day reading', () => {
    const r = evaluateSync(neighbour, { actLaw: 'incident-day' });
    expect(r.protectionOrder.reason).toBe('NO_PROTECTION_ORDER_ROUTE');
    expect(r.warnings.map((w) => w.code)).not.toContain('ACT_JUDGED_ON_ITS_DAY');
  });

  it('the incident-day reading, where it denies the route the filing day gives, says so with a warning of its own', () => {
    const r = evaluateSync(neighbour, { actLaw: 'incident-day', lang: 'en' });
    expect(r.warnings).toContainEqual(expect.objectContaining({ code: 'ACT_JUDGED_ON_INCIDENT_DAY', message: expect.stringMatching(/incident day, 2024-08-30.*2024-09-05.*Law 26\/2024/) }));
    const ro = evaluateSync(neighbour, { actLaw: 'incident-day', lang: 'ro' });
    expect(ro.warnings.find((w) => w.code === 'ACT_JUDGED_ON_INCIDENT_DAY')?.message).toMatch(/legea zilei incidentului/);
  });

  it('two acts judged on their own days each get their warning (the second is not dropped as a repeat)', () => {
    const r = evaluateSync({ ...neighbour, riskForm: { answers: {} }, events: { provisionalOrderIssuedAt: '2024-09-01T10:00:00+03:00', protectionOrderFiledAt: '2024-09-05T10:00:00+03:00' } }, { lang: 'en' });
    const acts = r.warnings.filter((w) => w.code === 'ACT_JUDGED_ON_ITS_DAY').map((w) => w.message.split(' is judged')[0]);
    expect(acts).toEqual(['The provisional protection order', 'The court protection order']);
  });

  it('the incident-day reading warns nothing when the act falls under the same law as the incident', () => {
    const r = evaluateSync({ ...neighbour, incidentAt: '2024-09-01T20:00:00+03:00' }, { actLaw: 'incident-day' });
    expect(r.warnings.map((w) => w.code)).not.toContain('ACT_JUDGED_ON_INCIDENT_DAY');
  });

  it('acts on days under the same law as the incident give no such warning', () => {
    const r = evaluateSync({ ...neighbour, incidentAt: '2024-09-01T20:00:00+03:00' });
    expect(r.warnings.map((w) => w.code)).not.toContain('ACT_JUDGED_ON_ITS_DAY');
  });

  it('a form filled in after midnight on 2018-12-28 is scored, one filled in before is refused, whatever the incident hour', () => {
    const c = (assessed: string) => ({ schemaVersion: 1, incidentAt: '2018-12-27T23:00:00+02:00', relationship: 'spouse', riskForm: { answers: { q1: 'yes', q2: 'yes' } }, events: { riskAssessedAt: assessed } });
    expect(evaluateSync(c('2018-12-28T00:10:00+02:00')).determination.imminentRisk).toBe(true);
    expect(() => evaluateSync(c('2018-12-27T23:50:00+02:00'))).toThrow(expect.objectContaining({ code: 'NO_RULE_SET_IN_FORCE' }));
  });

  it('a form filled in before the incident is an impossible order', () => {
    expect(() => evaluateSync({ schemaVersion: 1, incidentAt: '2024-03-01T20:00:00+02:00', relationship: 'spouse', events: { riskAssessedAt: '2024-03-01T19:00:00+02:00' } })).toThrow(
      expect.objectContaining({ code: 'EVENTS_OUT_OF_ORDER', issues: [expect.objectContaining({ path: 'events.riskAssessedAt' })] }),
    );
  });
});

describe('answers no form can score are kept and named, never dropped in silence', () => {
  it('answers given for the 2024 form, whose items are unknown, are named in ANSWERS_NOT_SCORED', () => {
    const r = evaluateSync({ schemaVersion: 1, incidentAt: '2024-09-03T23:00:00+03:00', relationship: 'neighbour', riskForm: { answers: { q99: 'yes', q3: 'no' } } });
    expect(r.riskAssessment).toBeNull();
    expect(r.warnings).toContainEqual(expect.objectContaining({ code: 'ANSWERS_NOT_SCORED', message: expect.stringContaining('q99, q3') }));
  });

  it('answers given where no form applies (no route before 2024-08-31) are named too', () => {
    const r = evaluateSync({ schemaVersion: 1, incidentAt: '2023-09-03T23:00:00+03:00', relationship: 'neighbour', riskForm: { answers: { q1: 'yes' } } });
    expect(r.warnings.map((w) => w.code)).toContain('ANSWERS_NOT_SCORED');
  });

  it('only unknown answers are nothing to report', () => {
    const r = evaluateSync({ schemaVersion: 1, incidentAt: '2024-09-03T23:00:00+03:00', relationship: 'neighbour', riskForm: { answers: { q1: 'unknown' } } });
    expect(r.warnings.map((w) => w.code)).not.toContain('ANSWERS_NOT_SCORED');
  });
});
