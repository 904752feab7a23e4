import { describe, expect, it } from 'vitest';
import { DvRulesError, evaluate } from '../../src/index.js';
import type { DeadlineResult, EvaluateOptions } from '../../src/index.js';

const HOUR = 3_600_000;

/** A case with the given events; the incident an hour before the first of them. */
function caseWith(events: Record<string, string | number>, extra: Record<string, unknown> = {}) {
  const first = Math.min(...Object.values(events).filter((v): v is string => typeof v === 'string').map((v) => Date.parse(v)));
  return { schemaVersion: 1, incidentAt: new Date(first - HOUR).toISOString(), relationship: 'spouse', ...extra, events };
}

async function deadline(events: Record<string, string | number>, id: string, options: EvaluateOptions = {}): Promise<DeadlineResult> {
  const found = (await evaluate(caseWith(events), options)).deadlines.find((d) => d.id === id);
  if (found === undefined) throw new Error(`no deadline ${id}`);
  return found;
}

async function refusal(input: unknown): Promise<DvRulesError> {
  try {
    await evaluate(input);
  } catch (e) {
    if (e instanceof DvRulesError) return e;
    throw e;
  }
  throw new Error('evaluate did not refuse the case');
}

describe('the provisional order (OPP) clock', () => {
  it('An OPP issued at 10:00 on 2025-03-28 ends at 11:00 local time on 2025-04-02, 120 hours later across the spring DST change', async () => {
    const end = await deadline({ provisionalOrderIssuedAt: '2025-03-28T10:00:00+02:00' }, 'opp-end');
    expect(end.dueAt).toBe('2025-04-02T11:00:00+03:00');
    expect(Date.parse(end.dueAt!) - Date.parse('2025-03-28T10:00:00+02:00')).toBe(120 * HOUR);
    expect(end).toMatchObject({ kind: 'expiry', counting: { method: 'elapsed', amount: 120, unit: 'hours', shift: 'none' } });
  });

  it('An OPP issued at 10:00 on 2025-10-24 ends at 10:00 local time on 2025-10-29 by default, the later of 120 elapsed hours (09:00) and 5 days to the hour, across the autumn DST change', async () => {
    const end = await deadline({ provisionalOrderIssuedAt: '2025-10-24T10:00:00+03:00' }, 'opp-end');
    expect(end.dueAt).toBe('2025-10-29T10:00:00+02:00');
    expect(Date.parse(end.dueAt!) - Date.parse('2025-10-24T10:00:00+03:00')).toBe(121 * HOUR);
    expect(end.counting.acrossClockChange).toEqual({ elapsed: '2025-10-29T09:00:00+02:00', wallClock: '2025-10-29T10:00:00+02:00', used: 'wall-clock' });
  });

  it('An OPP issued at 10:00 on 2025-03-28 must reach the prosecutor within 24 hours and be decided within 48 hours, by 11:00 EEST on 2025-03-30', async () => {
    const issued = { provisionalOrderIssuedAt: '2025-03-28T10:00:00+02:00' };
    expect((await deadline(issued, 'opp-to-prosecutor')).dueAt).toBe('2025-03-29T10:00:00+02:00');
    const decision = await deadline(issued, 'opp-prosecutor-decision');
    expect(decision).toMatchObject({ dueAt: '2025-03-30T11:00:00+03:00', metBy: 'prosecutorDecidedAt', counting: { amount: 48 } });
    expect(Date.parse(decision.dueAt!) - Date.parse(issued.provisionalOrderIssuedAt)).toBe(48 * HOUR);
  });

  it('With hourTermStart next-midnight, an OPP issued at 15:00 on 2025-03-20 must reach the prosecutor by the end of 2025-03-21, and still ends 120 hours after its hour of issue', async () => {
    const issued = { provisionalOrderIssuedAt: '2025-03-20T15:00:00+02:00' };
    const options: EvaluateOptions = { hourTermStart: 'next-midnight' };
    const toProsecutor = await deadline(issued, 'opp-to-prosecutor', options);
    expect(toProsecutor).toMatchObject({ dueAt: '2025-03-22T00:00:00+02:00', counting: { startsAt: 'next-midnight' } });
    expect((await deadline(issued, 'opp-to-prosecutor')).dueAt).toBe('2025-03-21T15:00:00+02:00');
    expect(await deadline(issued, 'opp-end', options)).toMatchObject({ dueAt: '2025-03-25T15:00:00+02:00', counting: { startsAt: 'start-instant' } });
  });

  it('An OPP sent to the prosecutor at exactly 24 hours, at 10:00 on 2025-03-29, is missed with reason MET_LATE; at 09:59 it is met', async () => {
    const issued = '2025-03-28T10:00:00+02:00';
    const late = await deadline({ provisionalOrderIssuedAt: issued, sentToProsecutorAt: '2025-03-29T10:00:00+02:00' }, 'opp-to-prosecutor');
    expect(late).toMatchObject({ status: 'missed', reason: 'MET_LATE', metAt: '2025-03-29T10:00:00+02:00' });
    const inTime = await deadline({ provisionalOrderIssuedAt: issued, sentToProsecutorAt: '2025-03-29T09:59:00+02:00' }, 'opp-to-prosecutor');
    expect(inTime).toMatchObject({ status: 'met', reason: 'MET_IN_TIME' });
  });

  it('As of 12:00 on 2025-03-30, an OPP issued on 2025-03-28 with no prosecutor decision has missed its 48-hour deadline, and is still in force', async () => {
    const events = { provisionalOrderIssuedAt: '2025-03-28T10:00:00+02:00' };
    const options = { asOf: '2025-03-30T12:00:00+03:00' };
    expect(await deadline(events, 'opp-prosecutor-decision', options)).toMatchObject({ status: 'missed', reason: 'DUE_PASSED_NOT_MET' });
    expect(await deadline(events, 'opp-end', options)).toMatchObject({ status: 'pending', reason: 'NOT_YET_ENDED' });
    expect(await deadline(events, 'opp-end', { asOf: '2025-04-02T11:00:00+03:00' })).toMatchObject({ status: 'expired', reason: 'END_PASSED' });
    expect(await deadline(events, 'opp-end')).toMatchObject({ status: 'pending', reason: 'NO_AS_OF' });
  });

  it('An OPP never communicated on 2025-03-28 has no challenge period: not-applicable, START_EVENT_MISSING', async () => {
    const challenge = await deadline({ provisionalOrderIssuedAt: '2025-03-28T10:00:00+02:00' }, 'opp-challenge');
    expect(challenge).toMatchObject({ status: 'not-applicable', reason: 'START_EVENT_MISSING', startAt: null, dueAt: null });
  });
});

describe('the court protection order (OP) clock', () => {
  it('An OP issued on 2024-08-31 for 6 months ends at the end of 2025-02-28, the month having no 31st (CPC art. 181 pt. 3)', async () => {
    const result = await evaluate(caseWith({ protectionOrderIssuedAt: '2024-08-31T14:00:00+03:00', protectionOrderMonths: 6 }));
    const end = result.deadlines.find((d) => d.id === 'op-end');
    expect(end).toMatchObject({ dueAt: '2025-03-01T00:00:00+02:00', counting: { method: 'months', amount: 6 }, provenance: { value: 12 } });
    expect(result.protectionOrder.endsAt).toBe('2025-03-01T00:00:00+02:00');
  });

  it('An OP filed at 09:00 on 2024-08-29 is to be decided within 72 hours, by 09:00 on 2024-09-01', async () => {
    expect(await deadline({ protectionOrderFiledAt: '2024-08-29T09:00:00+03:00' }, 'op-decision')).toMatchObject({ dueAt: '2024-09-01T09:00:00+03:00' });
  });

  it('An OP issued on 2023-07-22 for 7 months, above the 6-month maximum of that day, is refused as INVALID_CASE at events.protectionOrderMonths', async () => {
    const e = await refusal(caseWith({ protectionOrderIssuedAt: '2023-07-22T12:00:00+03:00', protectionOrderMonths: 7 }));
    expect(e.code).toBe('INVALID_CASE');
    expect(e.issues.map((i) => i.path)).toEqual(['events.protectionOrderMonths']);
    const next = await evaluate(caseWith({ protectionOrderIssuedAt: '2023-07-23T12:00:00+03:00', protectionOrderMonths: 7 }));
    expect(next.protectionOrder.endsAt).toBe('2024-02-24T00:00:00+02:00');
  });
});

describe('the social-services clock', () => {
  const registered = { caseRegisteredAt: '2025-03-28T12:00:00+02:00' };

  it('An intervention plan for a case registered on 2025-03-28 is due by the end of Sunday 2025-04-27 (30 calendar days), with no shift by default', async () => {
    const plan = await deadline(registered, 'intervention-plan');
    expect(plan).toMatchObject({ dueAt: '2025-04-28T00:00:00+03:00', counting: { method: 'calendar-days', amount: 30, shift: 'none' } });
    expect(plan.shiftedFrom).toBeUndefined();
  });

  it('With workingDayShift next-working-day, the same plan moves to the end of Monday 2025-04-28', async () => {
    const plan = await deadline(registered, 'intervention-plan', { workingDayShift: 'next-working-day' });
    expect(plan).toMatchObject({ dueAt: '2025-04-29T00:00:00+03:00', shiftedFrom: '2025-04-28T00:00:00+03:00', counting: { shift: 'next-working-day' } });
  });

  it('With workingDayShift next-working-day, a plan due on Good Friday 2025-04-18 moves past Easter to the end of Tuesday 2025-04-22', async () => {
    const plan = await deadline({ caseRegisteredAt: '2025-03-19T12:00:00+02:00' }, 'intervention-plan', { workingDayShift: 'next-working-day' });
    expect(plan).toMatchObject({ dueAt: '2025-04-23T00:00:00+03:00', shiftedFrom: '2025-04-19T00:00:00+03:00' });
  });

  it('The initial assessment of a case registered at 12:00 on 2025-03-28 is due 72 hours later, at 13:00 EEST on 2025-03-31', async () => {
    expect(await deadline(registered, 'initial-assessment')).toMatchObject({ dueAt: '2025-03-31T13:00:00+03:00', provenance: { status: 'seed' } });
  });

  it('A mobile team alerted at 22:00 on 2025-03-28 must be on the scene within 90 minutes; arriving at 23:45 is late', async () => {
    const team = await deadline({ policeAlertedMobileTeamAt: '2025-03-28T22:00:00+02:00', mobileTeamArrivedAt: '2025-03-28T23:45:00+02:00' }, 'mobile-team-on-scene');
    expect(team).toMatchObject({ dueAt: '2025-03-28T23:30:00+02:00', status: 'missed', reason: 'MET_LATE' });
  });

  it('On 2025-03-28 a case manager 75 minutes away leaves the initial assessment to the local case responsible; 45 minutes away, to the case manager', async () => {
    const far = await evaluate(caseWith({ ...registered, caseManagerTravelMinutes: 75 }));
    expect(far.caseManagement).toMatchObject({ initialAssessmentBy: 'local-case-responsible', reason: 'TRAVEL_OVER_THRESHOLD' });
    const near = await evaluate(caseWith({ ...registered, caseManagerTravelMinutes: 45 }));
    expect(near.caseManagement).toMatchObject({ initialAssessmentBy: 'case-manager', reason: 'TRAVEL_WITHIN_THRESHOLD' });
  });
});

describe('protection gaps and Law 232/2025', () => {
  const riskForm = { answers: { q1: 'yes', q2: 'yes' } };

  it('An OPP issued on 2025-03-28 and filed by the prosecutor, judged on 2025-04-10, leaves one gap from the OPP end to the judgment', async () => {
    const events = { provisionalOrderIssuedAt: '2025-03-28T10:00:00+02:00', prosecutorFiledAt: '2025-03-29T10:00:00+02:00', firstInstanceJudgmentAt: '2025-04-10T12:00:00+03:00' };
    const result = await evaluate(caseWith(events, { riskForm }));
    expect(result.provisionalOrder.endsAt).toBe('2025-04-02T11:00:00+03:00');
    expect(result.protectionGaps).toEqual([
      { from: '2025-04-02T11:00:00+03:00', to: '2025-04-10T12:00:00+03:00', ongoing: false, reason: 'NO_ORDER_IN_FORCE_WHILE_PROCEEDINGS_OPEN' },
    ]);
  });

  it('An OPP issued on 2025-12-28 and filed by the prosecutor stays in force until the judgment of 2026-01-09 (Law 232/2025, in force 2025-12-15 in our model): no gap', async () => {
    const events = { provisionalOrderIssuedAt: '2025-12-28T10:00:00+02:00', prosecutorFiledAt: '2025-12-29T10:00:00+02:00', firstInstanceJudgmentAt: '2026-01-09T12:00:00+02:00' };
    const result = await evaluate(caseWith(events, { riskForm }), { asOf: '2026-01-05T12:00:00+02:00' });
    expect(result.protectionGaps).toEqual([]);
    expect(result.provisionalOrder.endsAt).toBe('2026-01-09T12:00:00+02:00');
    expect(result.deadlines.find((d) => d.id === 'opp-end')).toMatchObject({
      openUntil: 'first-instance-judgment',
      status: 'pending',
      reason: 'ENDS_AT_FIRST_INSTANCE_JUDGMENT',
      ruleSet: 'ro-law-217-2003-provisional-order/2025-12-15',
    });
  });

  it('An OPP issued on 2025-12-28 and filed, with no judgment yet, has no end: OPEN_UNTIL_FIRST_INSTANCE_JUDGMENT', async () => {
    const events = { provisionalOrderIssuedAt: '2025-12-28T10:00:00+02:00', prosecutorFiledAt: '2025-12-29T10:00:00+02:00' };
    const result = await evaluate(caseWith(events, { riskForm }));
    expect(result.deadlines.find((d) => d.id === 'opp-end')).toMatchObject({ dueAt: null, status: 'pending', reason: 'OPEN_UNTIL_FIRST_INSTANCE_JUDGMENT' });
    expect(result.protectionGaps).toEqual([]);
  });
});

describe('events in an impossible order', () => {
  it.each([
    ['a prosecutor decision before the OPP was issued', { provisionalOrderIssuedAt: '2025-03-02T10:00:00+02:00', prosecutorDecidedAt: '2025-03-01T10:00:00+02:00' }, {}, 'events.prosecutorDecidedAt'],
    ['a mobile team arriving before it was alerted', { policeAlertedMobileTeamAt: '2025-03-02T10:00:00+02:00', mobileTeamArrivedAt: '2025-03-02T09:00:00+02:00' }, {}, 'events.mobileTeamArrivedAt'],
    ['a breach of a court order before the order was issued', { protectionOrderIssuedAt: '2025-03-10T10:00:00+02:00', breachAt: '2025-03-05T10:00:00+02:00' }, { breachedOrder: 'court' }, 'events.breachAt'],
    ['a court order issued before the judgment that issues it', { protectionOrderIssuedAt: '2025-03-02T10:00:00+02:00', firstInstanceJudgmentAt: '2025-03-20T10:00:00+02:00' }, {}, 'events.protectionOrderIssuedAt'],
    ['a prosecutor decision before the order reached the prosecutor', { sentToProsecutorAt: '2025-03-03T10:00:00+02:00', prosecutorDecidedAt: '2025-03-02T10:00:00+02:00' }, {}, 'events.prosecutorDecidedAt'],
    ['a mobile team alerted before the incident', { policeAlertedMobileTeamAt: '2025-02-01T10:00:00+02:00' }, {}, 'events.policeAlertedMobileTeamAt'],
  ])('On 2025-03 %s is refused with EVENTS_OUT_OF_ORDER at the later event', async (_what, events, extra, path) => {
    const e = await refusal({ schemaVersion: 1, incidentAt: '2025-03-01T08:00:00+02:00', relationship: 'spouse', ...extra, events });
    expect(e.code).toBe('EVENTS_OUT_OF_ORDER');
    expect(e.issues.map((i) => i.path)).toEqual([path]);
  });
});

describe('the case clock at its edges', () => {
  it('A court order issued on 2025-04-10 closes the proceedings: once it has run its 12 months there is no ongoing gap, even with no judgment time recorded', async () => {
    const r = await evaluate(
      caseWith({ provisionalOrderIssuedAt: '2025-03-28T10:00:00+02:00', prosecutorFiledAt: '2025-03-29T10:00:00+02:00', protectionOrderIssuedAt: '2025-04-10T12:00:00+03:00' }),
      { asOf: '2026-06-01T12:00:00+03:00' },
    );

    expect(r.protectionGaps).toEqual([
      { from: '2025-04-02T11:00:00+03:00', to: '2025-04-10T12:00:00+03:00', ongoing: false, reason: 'NO_ORDER_IN_FORCE_WHILE_PROCEEDINGS_OPEN' },
    ]);
  });

  it('On 2025-03-29 the prosecutor filing an OPP starts the court\'s 72 hours, as an application for a court order would', async () => {
    const d = await deadline({ provisionalOrderIssuedAt: '2025-03-28T10:00:00+02:00', prosecutorFiledAt: '2025-03-29T10:00:00+02:00' }, 'op-decision');

    expect(d).toMatchObject({ startEvent: 'prosecutorFiledAt', startAt: '2025-03-29T10:00:00+02:00', dueAt: '2025-04-01T11:00:00+03:00' });
  });

  it('On 2025-03-29 the earlier of the two filings starts the court\'s 72 hours', async () => {
    const d = await deadline(
      { provisionalOrderIssuedAt: '2025-03-28T10:00:00+02:00', protectionOrderFiledAt: '2025-03-28T12:00:00+02:00', prosecutorFiledAt: '2025-03-29T10:00:00+02:00' },
      'op-decision',
    );

    expect(d).toMatchObject({ startEvent: 'protectionOrderFiledAt', dueAt: '2025-03-31T13:00:00+03:00' });
  });

  it('With workingDayShift next-working-day, a mobile team alerted at 22:00 on Saturday 2025-03-29 is still due within 90 minutes', async () => {
    const d = await deadline({ policeAlertedMobileTeamAt: '2025-03-29T22:00:00+02:00' }, 'mobile-team-on-scene', { workingDayShift: 'next-working-day' });

    expect(d).toMatchObject({ dueAt: '2025-03-29T23:30:00+02:00', counting: { shift: 'none' } });
  });

  it('Deadlines whose counting is our interpretation say so: counting.status unverified, and one DEADLINE_COUNTING_UNVERIFIED warning naming them', async () => {
    const r = await evaluate(caseWith({ provisionalOrderIssuedAt: '2025-03-28T10:00:00+02:00', policeAlertedMobileTeamAt: '2025-03-28T10:30:00+02:00' }));

    const byId = Object.fromEntries(r.deadlines.map((d) => [d.id, d.counting.status]));
    expect(byId).toMatchObject({ 'opp-end': 'unverified', 'opp-to-prosecutor': 'unverified', 'mobile-team-on-scene': 'reported' });
    const warnings = r.warnings.filter((w) => w.code === 'DEADLINE_COUNTING_UNVERIFIED');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]?.ruleSet).toBe('ro-law-217-2003-provisional-order/2018-12-28');
    expect(warnings[0]?.message).toContain('(opp-end)');
    expect(warnings[0]?.message).not.toContain('mobile-team-on-scene');
  });
});

describe('the case clock judged at an earlier instant', () => {
  it('As of 12:00 on 2025-03-28, an OPP sent to the prosecutor later that day had not yet been sent: pending, not met', async () => {
    const d = await deadline(
      { provisionalOrderIssuedAt: '2025-03-28T10:00:00+02:00', sentToProsecutorAt: '2025-03-28T15:00:00+02:00' },
      'opp-to-prosecutor',
      { asOf: '2025-03-28T12:00:00+02:00' },
    );

    expect(d).toMatchObject({ status: 'pending', reason: 'NOT_YET_DUE' });
    expect(d.metAt).toBeUndefined();
  });
});

describe('the months a judgment set', () => {
  it('On 2024-09-10 a Law 26/2024 court order of 20 months, above its 12-month maximum, is refused at events.protectionOrderMonths', async () => {
    const e = await refusal({
      schemaVersion: 1,
      incidentAt: '2024-09-01T10:00:00+03:00',
      relationship: 'neighbour',
      events: { protectionOrderFiledAt: '2024-09-02T10:00:00+03:00', firstInstanceJudgmentAt: '2024-09-05T10:00:00+03:00', protectionOrderIssuedAt: '2024-09-05T10:00:00+03:00', protectionOrderMonths: 20 },
    });

    expect(e.code).toBe('INVALID_CASE');
    expect(e.issues.map((i) => i.path)).toEqual(['events.protectionOrderMonths']);
  });

  it('Under proposed Bill L485/2025, asked for, a repeat aggressor\'s 20-month court order of 2026-03-02 is within its raised 24-month maximum', async () => {
    const r = await evaluate(
      {
        schemaVersion: 1,
        incidentAt: '2026-03-01T10:00:00+02:00',
        relationship: 'spouse',
        aggressorHadPriorProtectionOrder: true,
        events: { protectionOrderFiledAt: '2026-03-01T12:00:00+02:00', firstInstanceJudgmentAt: '2026-03-02T10:00:00+02:00', protectionOrderIssuedAt: '2026-03-02T10:00:00+02:00', protectionOrderMonths: 20 },
      },
      { includeProposed: true },
    );

    expect(r.protectionOrder.maxMonths).toBe(24);
    expect(r.protectionOrder.endsAt).toBe('2027-11-03T00:00:00+02:00');
  });
});
