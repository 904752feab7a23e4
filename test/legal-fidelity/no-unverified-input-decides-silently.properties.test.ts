import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bucharestDate, DvRulesError, evaluateSync, shippedRuleSets, type Result } from '../../src/index.js';
import { randomCase } from '../support/random-case.js';

const caseArbitrary = randomCase(true);

const shipped = new Map(shippedRuleSets().map((l) => [l.ruleSet.id, l.ruleSet]));

/** Every way an `unverified` value reaches a result, each paired with the warning that must name it. */
function silentUnverified(r: Result, c: { events: Record<string, unknown> }): string[] {
  const has = (code: string, pred: (w: Result['warnings'][number]) => boolean = () => true) => r.warnings.some((w) => w.code === code && pred(w));
  const silent: string[] = [];
  // Every unverified thing that decided (provenance lists exactly those, see exact-provenance.properties.test.ts).
  for (const p of r.provenance) {
    if (p.status !== 'unverified') continue;
    if (p.kind === 'parameter' && !has('PARAMETER_UNVERIFIED', (w) => w.ruleSet === p.ruleSet && w.parameter === p.parameter)) silent.push(`parameter ${p.ruleSet} ${p.parameter}`);
    if (p.kind === 'counting' && !has('DEADLINE_COUNTING_UNVERIFIED', (w) => w.ruleSet === p.ruleSet && w.message.includes(`(${p.deadline})`))) silent.push(`counting ${p.ruleSet} ${p.deadline}`);
    if (p.kind === 'rule' && !r.warnings.some((w) => w.ruleSet === p.ruleSet)) silent.push(`rule ${p.ruleSet} ${p.rule}`);
  }
  for (const d of r.deadlines) {
    if (d.status !== 'not-applicable' && d.counting.status === 'unverified' && !has('DEADLINE_COUNTING_UNVERIFIED', (w) => w.ruleSet === d.ruleSet && w.message.includes(`(${d.id})`))) silent.push(`counting ${d.id}`);
  }
  for (const s of r.nextSteps) {
    if (s.status === 'unverified' && !r.warnings.some((w) => w.ruleSet === s.ruleSet)) silent.push(`step ${s.ruleSet} ${s.id}`);
  }
  // A rule set is resolved on the day of the act it judges: the in-force window is checked against
  // the incident day only when every act of the case falls on it.
  const oneDay = Object.values(c.events).every((v) => typeof v !== 'string' || bucharestDate(v) === r.incidentDate);
  for (const { id } of r.ruleSets) {
    const rs = shipped.get(id);
    const u = rs?.effectiveFromUncertainty;
    if (oneDay && u?.status === 'unverified' && u.earliest <= r.incidentDate && r.incidentDate <= u.latest && !has('EFFECTIVE_DATE_UNCERTAIN', (w) => w.ruleSet === id)) silent.push(`in-force day ${id}`);
    if (rs?.termsNotEncoded && r.provisionalOrder.ruleSet === id && !has('TERM_NOT_ENCODED', (w) => w.ruleSet === id)) silent.push(`terms not encoded ${id}`);
  }
  const reached = ['caseRegisteredAt', 'policeAlertedMobileTeamAt', 'caseManagerTravelMinutes'].some((k) => c.events[k] !== undefined);
  if (reached && r.caseManagement === null && !has('NO_RULE_SET_IN_FORCE')) silent.push('case management not decided');
  // What happens next: the police steps and the referrals are decided by a rule set, or say they are not.
  for (const series of ['ro-police-intervention', 'ro-referrals']) {
    if (!r.ruleSets.some((s) => s.id.startsWith(`${series}/`)) && !has('NO_RULE_SET_IN_FORCE')) silent.push(`${series} not decided`);
  }
  return silent;
}

describe('no unverified input decides a result in silence', () => {
  it('for random cases from 2012 to 2027, every unverified parameter, counting method, step, in-force day and omitted term that reached the result has a warning naming it', () => {
    let judged = 0;
    fc.assert(
      fc.property(caseArbitrary, ({ c, opts }) => {
        let r: Result;
        try {
          r = evaluateSync(c, opts);
        } catch (e) {
          // A refusal decides nothing; it must be one of the library's coded errors.
          expect(e).toBeInstanceOf(DvRulesError);
          return;
        }
        judged++;
        expect(silentUnverified(r, c)).toEqual([]);
      }),
      { numRuns: 400 },
    );
    expect(judged).toBeGreaterThan(200);
  });

  it('the check can fail: a result stripped of its warnings is caught', () => {
    const c = { schemaVersion: 1, incidentAt: '2025-03-03T10:00:00+02:00', relationship: 'spouse', events: { provisionalOrderIssuedAt: '2025-03-03T12:00:00+02:00', caseRegisteredAt: '2025-03-03T13:00:00+02:00' } };
    const r = evaluateSync(c);
    expect(silentUnverified(r, c)).toEqual([]);
    expect(silentUnverified({ ...r, warnings: [] }, c).length).toBeGreaterThan(1);
  });
});
