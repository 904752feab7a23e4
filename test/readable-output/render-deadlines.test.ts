import { describe, expect, it } from 'vitest';
import { createTranslator, evaluate, parseLabelPack, type Result } from '../../src/index.js';
import { renderDeadlines, type DeadlinesView } from '../../src/cli/render-deadlines.js';

const ASOF = '2025-03-30T12:00:00+03:00';
const aCase = {
  schemaVersion: 1,
  incidentAt: '2025-03-28T09:00:00+02:00',
  relationship: 'spouse',
  riskForm: { answers: { q1: 'yes', q2: 'yes' } },
  events: {
    provisionalOrderIssuedAt: '2025-03-28T10:00:00+02:00',
    sentToProsecutorAt: '2025-03-28T18:00:00+02:00',
    prosecutorFiledAt: '2025-03-29T10:00:00+02:00',
    firstInstanceJudgmentAt: '2025-04-10T12:00:00+03:00',
    caseRegisteredAt: '2025-03-28T12:00:00+02:00',
    caseManagerTravelMinutes: 75,
  },
};

const view = (r: Result): DeadlinesView => ({
  asOf: r.asOf ?? '',
  deadlines: r.deadlines,
  protectionGaps: r.protectionGaps,
  provisionalOrderEndsAt: r.provisionalOrder.endsAt,
  protectionOrderEndsAt: r.protectionOrder.endsAt,
  caseManagement: r.caseManagement,
  receipt: r.receipt,
});

async function render(lang: 'ro' | 'en', over: Record<string, unknown> = {}, ics?: { file: string; events: number }): Promise<string> {
  const r = await evaluate({ ...aCase, ...over }, { lang, asOf: ASOF });
  return renderDeadlines(view(r), { asOfFromClock: false, appliesProposedLaw: false, ics, color: false, tr: createTranslator(lang), warnings: r.warnings });
}

/** Event and deadline identifiers of the case, and the English words of the case clock. */
const UNTRANSLATED = /provisionalOrderIssuedAt|sentToProsecutorAt|caseRegisteredAt|protectionOrderIssuedAt|prosecutorDecidedAt|\b(?:Case clock|as of|pending|missed|met in time|end of|Not running|Protection gaps|Orders|Initial assessment|left|elapsed|calendar days|source|from|starts at|none|local case responsible|A due time)\b/;

describe('dv-rules deadlines in Romanian', () => {
  it('translates the heading, the columns, the statuses, the titles, the details and the closing note', async () => {
    const text = await render('ro');
    expect(text.split('\n')[0]).toBe('Termenele cazului, ora României, la 2025-03-30 12:00 EEST');
    expect(text).toMatch(/^ID\s+SCADENȚA\s+STAREA$/m);
    expect(text).toMatch(/opp-to-prosecutor\s+2025-03-29 10:00 EET\s+respectat/);
    expect(text).toMatch(/opp-prosecutor-decision\s+2025-03-30 11:00 EEST\s+depășit/);
    expect(text).toMatch(/intervention-plan\s+sfârșitul zilei 2025-04-27 \(24:00 EEST\)\s+în curs/);
    expect(text).toContain('Poliția trimite ordinul provizoriu procurorului');
    expect(text).toContain('respectat: trimis procurorului la 2025-03-28 18:00 EET');
    expect(text).toContain('depășit: scadența a trecut și lipsește din caz „procurorul a decis”');
    expect(text).toContain('început: ordin provizoriu emis, 2025-03-28 10:00 EET · 120 de ore scurse');
    expect(text).toContain('30 de zile calendaristice, până la ora 24:00');
    expect(text).toContain('nu a ajuns la scadență; timp rămas: 1 zi și 1 oră');
    expect(text).toContain('· din surse secundare ·');
    expect(text).toContain('Nu curg (evenimentul de la care încep nu este în caz)');
    expect(text).toContain('Perioade fără protecție (procedură deschisă la instanță, niciun ordin în vigoare)');
    expect(text).toContain('de la 2025-04-02 11:00 EEST până la 2025-04-10 12:00 EEST (8 zile și 1 oră)');
    expect(text).toMatch(/Ordinul provizoriu încetează:\s+2025-04-02 11:00 EEST/);
    expect(text).toContain('nu a fost emis în acest caz (lipsește „ordin de protecție emis de instanță”)');
    expect(text).toContain('Evaluarea inițială o face: responsabilul de caz local (timpul de deplasare al managerului de caz depășește pragul)');
    expect(text).toContain('„sfârșitul zilei Z” înseamnă ora 24:00 a zilei Z.');
    expect(text).not.toMatch(UNTRANSLATED);
    expect(text).not.toMatch(/[ŞşŢţ]/);
  });

  it('says when no deadline runs, with no gap and no assessment, in Romanian', async () => {
    const text = await render('ro', { events: {} });
    expect(text).toContain('Niciun termen nu curge');
    expect(text).toContain('Perioade fără protecție: niciuna');
    expect(text).toContain('nu este un caz al serviciilor sociale');
    expect(text).not.toMatch(UNTRANSLATED);
  });

  it('counts the calendar file and the deadlines with the right plural', async () => {
    expect(await render('ro', {}, { file: 'caz.ics', events: 1 })).toContain('Calendar: 1 termen în curs scris în caz.ics');
    expect(await render('ro', {}, { file: 'caz.ics', events: 20 })).toContain('Calendar: 20 de termene în curs scrise în caz.ics');
    expect(await render('en', {}, { file: 'case.ics', events: 1 })).toContain('Calendar: 1 pending deadline written to case.ics');
  });

  it('shows the warnings of the result, among them how the deadlines are counted', async () => {
    const text = await render('ro');
    expect(text).toContain('Avertismente');
    expect(text).toContain('[DEADLINE_COUNTING_UNVERIFIED] Modul în care se numără aceste termene este interpretarea noastră');
  });

  it("uses an agency pack's wording of the case clock", async () => {
    const pack = parseLabelPack({ schemaVersion: 1, lang: 'ro', name: 'IPJ', labels: { 'ui.deadlines.status.pending': 'DESCHIS' } });
    const r = await evaluate(aCase, { labels: pack, asOf: ASOF });
    const text = renderDeadlines(view(r), { asOfFromClock: false, appliesProposedLaw: false, ics: undefined, color: false, tr: createTranslator('ro', pack) });
    expect(text).toMatch(/opp-end\s+2025-04-02 11:00 EEST\s+DESCHIS/);
  });
});

describe('dv-rules deadlines in English', () => {
  it('keeps its wording', async () => {
    const text = await render('en');
    expect(text.split('\n')[0]).toBe('Case clock, Europe/Bucharest, as of 2025-03-30 12:00 EEST');
    expect(text).toMatch(/^ID {24}DUE {33}STATUS$/m);
    expect(text).toMatch(/intervention-plan\s+end of 2025-04-27 \(24:00 EEST\)\s+pending/);
    expect(text).toContain('not yet due, 1 d 1 h left');
    expect(text).toContain('Initial assessment by: local case responsible');
    expect(text).toContain('Court protection order ends:  not issued in the case (no “court protection order issued”)');
  });
});
