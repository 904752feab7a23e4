import { describe, expect, it } from 'vitest';
import { evaluateSync } from '../../src/index.js';

// A public holiday that moves a term's end decided it: its list is a rule set used, the holiday is
// in provenance, and an unverified one warns (found by an audit: 24 January moved a due date silently).
const registered = (at: string) => ({ schemaVersion: 1, incidentAt: at, relationship: 'spouse', events: { caseRegisteredAt: at } });
const holidays = (r: ReturnType<typeof evaluateSync>) => r.provenance.flatMap((p) => (p.kind === 'parameter' && p.ruleSet.startsWith('ro-public-holidays/') ? [p.parameter] : []));

describe('a public holiday that moves a deadline is listed and, if unverified, warned', () => {
  it('24 January 2025 (unverified) moves the 30-day plan from Friday to Monday: listed, and PARAMETER_UNVERIFIED names it', () => {
    const r = evaluateSync(registered('2024-12-25T10:00:00+02:00'), { workingDayShift: 'next-working-day', lang: 'en' });
    const plan = r.deadlines.find((d) => d.id === 'intervention-plan');
    expect(plan).toMatchObject({ shiftedFrom: '2025-01-25T00:00:00+02:00', dueAt: '2025-01-28T00:00:00+02:00' });
    expect(r.ruleSets.map((s) => s.id)).toContain('ro-public-holidays/2024-01-01');
    expect(holidays(r)).toEqual(['unionOfThePrincipalities']);
    expect(r.warnings).toContainEqual(expect.objectContaining({ code: 'PARAMETER_UNVERIFIED', ruleSet: 'ro-public-holidays/2024-01-01', parameter: 'unionOfThePrincipalities' }));
  });

  it('a term moved over a weekend only lists no holiday list', () => {
    const r = evaluateSync(registered('2025-03-05T10:00:00+02:00'), { workingDayShift: 'next-working-day' });
    expect(r.deadlines.some((d) => d.shiftedFrom !== undefined)).toBe(true);
    expect(r.ruleSets.some((s) => s.id.startsWith('ro-public-holidays/'))).toBe(false);
    expect(holidays(r)).toEqual([]);
  });

  it('without a shift the holidays decide nothing and are not listed', () => {
    const r = evaluateSync(registered('2024-12-25T10:00:00+02:00'));
    expect(r.deadlines.some((d) => d.shiftedFrom !== undefined)).toBe(false);
    expect(holidays(r)).toEqual([]);
  });
});

describe('a deadline counted under the other reading says so in its note', () => {
  it('the 30-day plan shifted off non-working days (workingDayShift) notes that the other reading applies; by default it does not', () => {
    const shifted = evaluateSync(registered('2024-12-25T10:00:00+02:00'), { workingDayShift: 'next-working-day' }).deadlines.find((d) => d.id === 'intervention-plan');
    const plain = evaluateSync(registered('2024-12-25T10:00:00+02:00')).deadlines.find((d) => d.id === 'intervention-plan');
    expect(shifted?.counting.note).toMatch(/This result applies the other reading, as its options ask\.$/);
    expect(plain?.counting.note).not.toMatch(/other reading/);
  });
});
