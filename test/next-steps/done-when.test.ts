import { describe, expect, it } from 'vitest';
import { evaluate, resultSchema, type CaseInput, type Result } from '../../src/index.js';
import { renderResult } from '../../src/cli/render-result.js';

// Issue 10, "Done when": a case with imminent risk on 2025-06-01, a spouse, a 9-year-old child
// present and no mobile team; the same case without risk; the perpetrator's referral.
const atRisk: CaseInput = {
  schemaVersion: 1,
  incidentAt: '2025-06-01T21:00:00+03:00',
  relationship: 'spouse',
  riskForm: { answers: { q1: 'yes', q2: 'yes' } },
  circumstances: { victimIsMinor: false, childrenPresent: true, mobileTeamAvailable: false },
  events: { provisionalOrderIssuedAt: '2025-06-01T22:00:00+03:00' },
};
const noRisk: CaseInput = { ...atRisk, riskForm: { answers: Object.fromEntries(Array.from({ length: 21 }, (_, i) => [`q${i + 1}`, 'no'])) }, events: {} };
const ids = (r: Result): string[] => r.nextSteps.map((s) => s.id);

describe('issue 10, done when: what the officer does now', () => {
  it('with imminent risk, a spouse, a child present and no mobile team, the checklist follows the diagram with the provisional order\'s deadlines', async () => {
    const r = await evaluate(atRisk);
    expect(ids(r)).toEqual([
      'issue-provisional-order', 'choose-measures', 'aggressor-lodging', 'electronic-monitoring', 'send-to-prosecutor', 'refer-to-social-services',
      'prosecutor-decides', 'challenge-window', 'court-decides', 'legal-assistance',
      'initial-assessment', 'safety-plan', 'intervention-plan', 'child-witness-to-child-protection',
    ]);
    expect(r.nextSteps.map((s) => s.order)).toEqual(r.nextSteps.map((_, i) => i + 1));
    expect(ids(r)).not.toContain('request-mobile-team');
    const due = Object.fromEntries(r.nextSteps.filter((s) => s.deadline?.dueAt).map((s) => [s.deadline?.id, s.deadline?.dueAt]));
    expect(due).toEqual({ 'opp-end': '2025-06-06T22:00:00+03:00', 'opp-to-prosecutor': '2025-06-02T22:00:00+03:00', 'opp-prosecutor-decision': '2025-06-03T22:00:00+03:00' });
    // Unstated circumstances show the step as "if …", never as "no".
    expect(r.nextSteps.filter((s) => s.applies === 'if').map((s) => s.id)).toEqual(['aggressor-lodging', 'electronic-monitoring']);
    expect(r.referrals.childProtection).toEqual([
      expect.objectContaining({ for: 'child-witness', applies: 'yes', authority: 'DGASPC', adultDeadlinesNotApplying: ['initial-assessment', 'intervention-plan'], status: 'confirmed' }),
    ]);
    expect(r.warnings.map((w) => w.code)).toContain('CHILD_PROTECTION_DEADLINES_UNVERIFIED');
  });

  it.each(['en', 'ro'] as const)('prints it as a numbered checklist in %s, with the due times, in both registers', async (lang) => {
    const legal = renderResult(await evaluate(atRisk, { lang }), false);
    const plain = renderResult(await evaluate(atRisk, { lang, register: 'plain' }), false);
    const heading = { en: ['What the officer does now', 'What happens now'], ro: ['Ce face polițistul acum', 'Ce se întâmplă acum'] }[lang];
    expect(legal).toContain(`\n${heading[0]}\n  1. [${lang === 'en' ? 'Police' : 'Poliția'}] `);
    expect(plain).toContain(`\n${heading[1]}\n  1. [${lang === 'en' ? 'Police' : 'Poliția'}] `);
    for (const text of [legal, plain]) {
      expect(text).toContain('2025-06-02 22:00 EEST');
      expect(text).toContain('2025-06-03 22:00 EEST');
      expect(text).toContain('2025-06-06 22:00 EEST');
      expect(text).toContain('DGASPC');
    }
    expect(legal).toContain('§ ');
    expect(plain).not.toContain('§ ');
    expect(plain).toMatch(lang === 'en' ? /The police will issue a provisional protection order now/ : /Poliția va emite acum un ordin de protecție provizoriu/);
  });

  it('without risk, gives the court-order information and the referrals', async () => {
    const r = await evaluate(noRisk);
    expect(ids(r)).toEqual(['inform-court-order', 'refer-to-social-services', 'court-decides', 'legal-assistance', 'initial-assessment', 'safety-plan', 'intervention-plan', 'child-witness-to-child-protection']);
    expect(r.referrals.victim?.services.map((s) => s.id)).toEqual(['shelter', 'legal-counselling', 'psychological-counselling', 'support-group', 'vocational-guidance']);
    expect(renderResult(await evaluate(noRisk, { lang: 'en', register: 'plain' }), false)).toContain('You can ask a court for a protection order.');
  });

  it('never lists couples counselling or mediation as advice for the perpetrator, only as interventions never to refer to, with the reason', async () => {
    for (const c of [atRisk, noRisk]) {
      for (const lang of ['en', 'ro'] as const) {
        const r = await evaluate(c, { lang });
        const p = r.referrals.perpetrator;
        const advice = [...(p?.referTo ?? []), ...(p?.ifNoProgramme ?? [])].map((x) => `${x.id} ${x.text}`).join(' ');
        expect(advice).not.toMatch(/couples|mediation|cuplu|mediere|anger|furiei|family therapy|terapia de familie/i);
        expect(p?.neverReferTo.map((x) => x.id)).toEqual(['anger-management', 'couples-counselling', 'mediation', 'family-therapy']);
        for (const n of p?.neverReferTo ?? []) expect(n.reason).toContain(n.text);
        const line = renderResult(r, false).split('\n').find((l) => l.includes(lang === 'en' ? 'Refer the perpetrator to:' : 'Îndrumați agresorul către:'));
        expect(line).toBeDefined();
        expect(line).not.toMatch(/couples|mediation|cuplu|mediere/i);
      }
    }
  });

  it('gives every step a citation and a status, and the result passes its schema, on both engines alike', async () => {
    for (const c of [atRisk, noRisk]) {
      const compiled = await evaluate(c);
      const reference = await evaluate(c, { engine: 'reference' });
      expect(resultSchema.parse(compiled)).toEqual(compiled);
      for (const s of compiled.nextSteps) {
        expect(s.citation.title.length, s.id).toBeGreaterThan(0);
        expect(['confirmed', 'reported', 'seed', 'unverified']).toContain(s.status);
      }
      expect(reference.nextSteps).toEqual(compiled.nextSteps);
      expect(reference.referrals).toEqual(compiled.referrals);
    }
  });
});
