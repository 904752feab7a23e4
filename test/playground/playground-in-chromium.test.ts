// The classroom playground in a real browser: Debian's headless Chromium (playwright-core, nothing
// downloaded) opens the built page, ticks answers with the keyboard and the mouse, and every
// count, verdict, outcome, flip and order it shows must be what the library says in Node for the
// same case. One browser, one page, reused. Without Chromium it is skipped locally and fails in CI.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bucharestDate, bucharestInstant, createTranslator, describeChanges, describeOrders, evaluateSync, listRuleSets, ruleSetInForce, ruleSetSummary, ruleSetTitle, shippedRuleSets, type Language, type Result } from '../../src/index.js';
import { runCli } from '../../src/cli/run-cli.js';
import { buildPlayground } from '../../scripts/build-playground.mjs';
import { chromiumTitle, haveChromium, openServedPage, type OpenedPage } from '../support/chromium.js';

const ARTEFACTS = join('.artifacts', 'playground');

/** A case as the trainer sets it: the day, the relationship, and answers by the item's position on the form. */
interface Setting {
  date: string;
  relationship: string;
  yes: number[];
  no: number[];
  opposes?: boolean;
  requests?: boolean;
  issuedAt?: string;
  /** The officer's recorded finding, with its reason. */
  officer?: { imminentRisk: boolean; reason: string };
}

const settings: Array<[Language, Setting]> = [
  ['ro', { date: '2018-12-27', relationship: 'spouse', yes: [], no: [] }], // no police form yet: no items to tick
  ['ro', { date: '2018-12-28', relationship: 'spouse', yes: [0, 1], no: [2] }],
  ['ro', { date: '2018-12-28', relationship: 'partner', yes: [0], no: [1, 2, 3, 4, 5, 6] }],
  ['ro', { date: '2019-06-15', relationship: 'former-partner', yes: [7, 8, 9, 10, 11, 12], no: [0] }],
  ['ro', { date: '2020-07-08', relationship: 'child', yes: [7, 8, 9, 10, 11], no: [13] }],
  ['ro', { date: '2020-07-09', relationship: 'parent', yes: [2, 5], no: [], opposes: true }],
  ['ro', { date: '2023-07-22', relationship: 'sibling', yes: [], no: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20] }],
  ['ro', { date: '2023-07-23', relationship: 'spouse', yes: [3, 4], no: [7], issuedAt: '2023-07-23T20:30' }],
  ['ro', { date: '2024-08-30', relationship: 'neighbour', yes: [], no: [] }], // Law 217/2003 gives a neighbour no form
  // From 2024-08-31 a neighbour's case uses the 2024 form, whose items are not in our sources: the officer's finding decides.
  ['ro', { date: '2024-08-31', relationship: 'neighbour', yes: [], no: [], requests: true, officer: { imminentRisk: true, reason: 'a lovit-o cu un obiect în scara blocului' } }],
  ['ro', { date: '2024-08-31', relationship: 'spouse', yes: [0, 1], no: [], opposes: true }],
  ['en', { date: '2024-08-31', relationship: 'former-spouse', yes: [1, 2], no: [3], requests: true }],
  ['en', { date: '2024-08-30', relationship: 'spouse', yes: [8, 9, 10], no: [0, 1, 2] }],
  ['en', { date: '2025-12-14', relationship: 'partner', yes: [0, 6], no: [], issuedAt: '2025-12-14T23:00' }],
  ['en', { date: '2025-12-15', relationship: 'partner', yes: [0, 6], no: [] }],
  ['en', { date: '2026-02-26', relationship: 'stranger', yes: [], no: [] }],
  ['en', { date: '2026-02-27', relationship: 'child', yes: [], no: [], requests: true, officer: { imminentRisk: false, reason: 'no threat repeated, aggressor left' } }],
  ['en', { date: '2012-06-01', relationship: 'spouse', yes: [], no: [] }],
  ['en', { date: '2021-03-10', relationship: 'spouse', yes: [1, 4], no: [0, 2, 3, 5, 6] }],
  ['en', { date: '2022-10-30', relationship: 'former-partner', yes: [7, 8, 9, 10, 11], no: [] }],
  ['en', { date: '2025-03-29', relationship: 'spouse', yes: [0, 2], no: [], issuedAt: '2025-03-29T22:00' }],
  ['en', { date: '2027-01-15', relationship: 'spouse', yes: [0, 1, 2], no: [] }],
  ['ro', { date: '2024-09-05', relationship: 'neighbour', yes: [], no: [], requests: true, officer: { imminentRisk: true, reason: 'a amenințat-o cu moartea în fața martorilor' } }],
  ['en', { date: '2019-03-01', relationship: 'spouse', yes: [0], no: [1], officer: { imminentRisk: true, reason: 'threats to kill, repeated tonight' } }],
];

/** What the tests read of the page's window, typed here (the tests' TypeScript has no DOM library). */
type PageWindow = { document: { documentElement: { lang: string; scrollWidth: number } }; scrollTo(x: number, y: number): void };

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8' };

describe.skipIf(!haveChromium)(chromiumTitle('the classroom playground'), () => {
  let dir = '';
  let opened: OpenedPage | undefined;
  let page: Page;
  let lang: Language = 'ro';

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'dv-rules-playground-'));
    await buildPlayground(join(dir, 'site'));
    // In a zone far from Bucharest (openServedPage's default): the page's days must still be Bucharest's.
    opened = await openServedPage(
      (path) => {
        const name = path === '/' ? 'index.html' : path.slice(1);
        const type = TYPES[extname(name)];
        return !/^[a-z]+\.(html|js|css)$/.test(name) || type === undefined ? undefined : { type, body: readFileSync(join(dir, 'site', name)) };
      },
      { viewport: { width: 1280, height: 720 } },
    );
    ({ page } = opened);
    await page.goto(`${opened.origin}/`);
    await page.waitForSelector('#verdict');
  }, 60_000);

  afterAll(async () => {
    await opened?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  async function setLanguage(l: Language): Promise<void> {
    if (l === lang) return;
    await page.selectOption('#lang', l);
    lang = l;
    await page.waitForFunction((l) => (globalThis as unknown as PageWindow).document.documentElement.lang === l, l);
  }

  /** Sets the case: odd positions with the keyboard (focus, Y/N), even ones with clicks (once YES, twice NO). */
  async function setCase(s: Setting): Promise<void> {
    await page.fill('#date', s.date);
    await page.fill('#incident-time', '00:00');
    await page.selectOption('#relationship', s.relationship);
    for (const [id, on] of [['#opposes', s.opposes ?? false], ['#requests', s.requests ?? false]] as const) await page.setChecked(id, on);
    await page.fill('#issued-at', s.issuedAt ?? '');
    await page.selectOption('#officer', '');
    await page.click('#all-unknown');
    const items = await page.$$eval('button[data-item]', (bs) => bs.map((b) => b.getAttribute('data-item') ?? ''));
    const mark = async (pos: number, answer: 'yes' | 'no'): Promise<void> => {
      const id = items[pos];
      expect(id, `the form shown has an item at position ${pos}`).toBeDefined();
      const button = `button[data-item="${id}"]`;
      if (pos % 2 === 1) {
        await page.focus(button);
        await page.keyboard.press(answer === 'yes' ? 'y' : 'n');
      } else {
        await page.click(button);
        if (answer === 'no') await page.click(button);
      }
      expect(await page.getAttribute(button, 'data-answer')).toBe(answer);
    };
    for (const p of s.yes) await mark(p, 'yes');
    for (const p of s.no) await mark(p, 'no');
    if (s.officer) {
      await page.fill('#officer-reason', s.officer.reason);
      await page.selectOption('#officer', s.officer.imminentRisk ? 'yes' : 'no');
    }
  }

  const listText = (selector: string): Promise<string[]> => page.$$eval(`${selector} li`, (lis) => lis.map((li) => (li.textContent ?? '').trim()));
  const shown = (lines: readonly string[]): string[] => lines.map((l) => l.replace(/^\s+-\s*/, '').trim());

  it.each(settings)('in %s, %j shows the counts, outcome, flips and orders that evaluateSync gives in Node', async (l, s) => {
    await setLanguage(l);
    await setCase(s);
    const c = (await page.evaluate(() => (globalThis as unknown as { playgroundCase: unknown }).playgroundCase)) as { incidentAt: string; relationship: string };
    expect(bucharestDate(c.incidentAt)).toBe(s.date);
    expect(bucharestInstant(Date.parse(c.incidentAt)).slice(11, 16)).toBe('00:00');
    expect(c.relationship).toBe(s.relationship);
    expect((c as { riskForm?: { officerFinding?: unknown } }).riskForm?.officerFinding).toEqual(s.officer);
    expect('riskForm' in c).toBe(s.date >= '2018-12-28');
    // Before the first police form: the law panel says none is in force that day (not "the case has none").
    if (s.date < '2018-12-28') expect(await page.textContent('#form')).toContain(l === 'ro' ? `La ${s.date} nu este în vigoare niciun formular de evaluare a riscului al poliției.` : `No police risk form is in force on ${s.date}.`);
    const r: Result = evaluateSync(c, { lang: l });
    const tr = createTranslator(l);

    const verdict = await page.$eval('#verdict', (v) => ({ imminent: v.getAttribute('data-imminent'), outcome: v.getAttribute('data-outcome') }));
    expect(verdict).toEqual({ imminent: String(r.determination.imminentRisk), outcome: r.riskAssessment?.outcome ?? '' });
    const groups = await page.$$eval('#groups li', (lis) => lis.map((li) => ({ id: li.getAttribute('data-group'), yes: Number(li.getAttribute('data-yes')), threshold: Number(li.getAttribute('data-threshold')), met: li.getAttribute('data-met') === 'true' })));
    expect(groups).toEqual((r.riskAssessment?.groups ?? []).map((g) => ({ id: g.id, yes: g.yes, threshold: g.threshold, met: g.met })));
    const decisive = await page.$$eval('button[data-item].decisive', (bs) => bs.map((b) => b.getAttribute('data-item')));
    expect(decisive).toEqual(r.riskAssessment?.decisiveItems ?? []);
    expect(await listText('#flips')).toEqual(describeChanges(r, tr)?.lines ?? []);
    const orders = describeOrders(r, tr, { full: true });
    expect(await listText('#provisional-order')).toEqual(shown(orders[0]!.lines));
    expect(await listText('#protection-order')).toEqual(shown(orders[1]!.lines));
    expect(await page.textContent('#regime')).toContain(tr.t(`ui.regime-name.${r.regime.id}`));
    // Every value relied on that is not confirmed is shown, marked.
    expect(await page.$$eval('#weak-values li', (lis) => lis.map((li) => li.getAttribute('data-parameter')))).toEqual(r.provenance.filter((p) => p.kind === 'parameter').filter((p) => p.status !== 'confirmed').map((p) => p.parameter));
    expect(await page.getAttribute('#timeline line.chosen', 'data-date')).toBe(s.date);
    // The timeline fills the rule sets the library holds in force on the day, one per series.
    const series = [...new Set(listRuleSets().map((x) => x.id.split('/')[0]!))];
    const inForce = series.map((x) => ruleSetInForce(x, s.date)?.id).filter((id) => id !== undefined).sort();
    expect((await page.$$eval('#timeline circle.in-force', (cs) => cs.map((c) => c.getAttribute('data-rule-set')))).sort()).toEqual(inForce);
    // The officer's finding, when it decides or agrees, is said in the library's words.
    const officerLines = await page.$$eval('#count p.officer', (ps) => ps.map((p) => p.textContent));
    expect(officerLines.length > 0).toBe(r.determination.officerReason !== null);
  });

  it('works from the keyboard alone: Tab reaches the items, Space cycles one, Y/N/? set it, and the focus is visible', async () => {
    await setCase({ date: '2024-03-02', relationship: 'spouse', yes: [], no: [] });
    await page.focus('#all-unknown');
    await page.keyboard.press('Tab');
    const first = await page.evaluate(() => (globalThis as unknown as { document: { activeElement: { getAttribute(n: string): string | null } | null } }).document.activeElement?.getAttribute('data-item'));
    expect(first).toBe('q1');
    const answer = (): Promise<string | null> => page.getAttribute('button[data-item="q1"]', 'data-answer');
    await page.keyboard.press('Space');
    expect(await answer()).toBe('yes');
    await page.keyboard.press('Space');
    expect(await answer()).toBe('no');
    await page.keyboard.press('?');
    expect(await answer()).toBe('unknown');
    await page.keyboard.press('Y');
    expect(await answer()).toBe('yes');
    expect(await page.$eval('button[data-item="q1"]', (b) => b.matches(':focus-visible'))).toBe(true);
    expect(await page.$eval('button[data-item="q1"]', (b) => (globalThis as unknown as { getComputedStyle(e: unknown): { outlineStyle: string } }).getComputedStyle(b).outlineStyle)).toBe('solid');
    expect(await page.getAttribute('button[data-item="q1"]', 'aria-label')).toMatch(lang === 'ro' ? /: DA$/ : /: YES$/);
  });

  it("words the timeline's rule sets in the page's language: the list and each mark's title, none left marked English in Romanian", async () => {
    const shipped = new Map(shippedRuleSets().map((l) => [l.ruleSet.id, l.ruleSet]));
    for (const l of ['ro', 'en'] as const) {
      await setLanguage(l);
      await setCase({ date: '2023-07-23', relationship: 'spouse', yes: [], no: [] });
      const tr = createTranslator(l);

      const items = await page.$$eval('#changes li', (lis) => lis.map((li) => ({ id: li.getAttribute('data-rule-set') ?? '', what: li.querySelector('.what')?.textContent ?? '', english: li.querySelectorAll('[lang="en"]').length })));
      const marks = await page.$$eval('#timeline circle[data-rule-set]', (cs) => cs.map((c) => ({ id: c.getAttribute('data-rule-set') ?? '', title: c.querySelector('title')?.textContent ?? '' })));

      expect(items.length).toBe(shipped.size);
      for (const item of items) {
        const rs = shipped.get(item.id)!;
        expect(item.what, item.id).toBe(`${ruleSetTitle(tr.t, rs)} — ${ruleSetSummary(tr.t, rs)}`);
        expect(item.english, item.id).toBe(0);
      }
      expect(marks.length).toBe(shipped.size);
      for (const m of marks) {
        const title = ruleSetTitle(tr.t, shipped.get(m.id)!);
        expect(m.title.slice(-title.length - 2), m.id).toBe(`: ${title}`);
      }
      const breach = items.find((x) => x.id === 'ro-order-breach/2018-07-21')?.what;
      expect(breach).toMatch(l === 'ro' ? /^Încălcarea ordinului instanței sau a celui provizoriu/ : /^Breach of a court or provisional order/);
    }
  });

  it('exports the case as JSON that dv-rules evaluate judges to the same determination', async () => {
    await setCase({ date: '2024-03-02', relationship: 'spouse', yes: [0, 3], no: [1] });
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export')]);
    const file = join(dir, 'case.json');
    writeFileSync(file, readFileSync((await download.path())!));
    let out = '';
    const status = await runCli(['evaluate', file, '--json'], { readStdin: async () => '', out: (t) => void (out += t), err: () => {}, color: false });
    expect(status).toBe(0);
    const viaCli = JSON.parse(out) as Result;
    expect(await page.getAttribute('#verdict', 'data-imminent')).toBe(String(viaCli.determination.imminentRisk));
    expect(viaCli.determination).toEqual(evaluateSync(JSON.parse(readFileSync(file, 'utf8'))).determination);
    expect(viaCli.riskAssessment?.groups.map((g) => g.yes)).toEqual([2, 0]);
  });

  it("labels the items with an agency's label pack loaded from a file, and refuses an invalid one with the library's reason", async () => {
    const good = join(dir, 'agency.json');
    writeFileSync(good, JSON.stringify({ schemaVersion: 1, lang: 'en', name: 'Test agency', labels: { 'item.ro-police-risk-form.q1': 'Agency wording of item one' } }));
    await page.setInputFiles('#pack', good);
    await page.waitForSelector('#pack-status:has-text("Test agency")');
    expect(await page.textContent('button[data-item="q1"] .label')).toBe('Agency wording of item one');
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ schemaVersion: 1, lang: 'en', name: 'Bad', labels: {}, extra: true }));
    await page.setInputFiles('#pack', bad);
    await page.waitForSelector('#pack-status:has-text("extra")');
    expect(await page.textContent('button[data-item="q1"] .label')).not.toBe('Agency wording of item one');
  });

  it('keeps the items usable in the error state: shown from the answers stored, and the bulk buttons work', async () => {
    await setLanguage('ro');
    await setCase({ date: '2024-03-02', relationship: 'spouse', yes: [0, 3], no: [], issuedAt: '2024-03-01T10:00' });
    await page.waitForSelector('#error:not([hidden])');
    const error = (await page.textContent('#error')) ?? '';
    expect(error).toContain('Cazul nu poate fi evaluat');
    expect(error).toContain('înainte de incident');
    expect(error).not.toMatch(/evaluateSync|EVENTS_OUT_OF_ORDER/);
    await page.click('#all-no');
    expect(new Set(await page.$$eval('button[data-item]', (bs) => bs.map((b) => b.getAttribute('data-answer'))))).toEqual(new Set(['no']));
    await page.fill('#issued-at', '');
    await page.waitForSelector('#error', { state: 'hidden' });
    const c = (await page.evaluate(() => (globalThis as unknown as { playgroundCase: unknown }).playgroundCase)) as { riskForm: { answers: Record<string, string> } };
    expect(new Set(Object.values(c.riskForm.answers))).toEqual(new Set(['no']));
    expect(await page.$$eval('button[data-item]', (bs) => bs.map((b) => b.getAttribute('data-answer')))).toEqual(Object.values(c.riskForm.answers));
  });

  it('leaves a finding chosen before its reason out of the case, with a hint to type the reason', async () => {
    await setLanguage('ro');
    await setCase({ date: '2024-03-02', relationship: 'spouse', yes: [], no: [] });
    await page.fill('#officer-reason', '');
    await page.selectOption('#officer', 'yes');
    expect(await page.isHidden('#error')).toBe(true);
    expect(await page.textContent('#officer-reason-hint')).toContain('Scrieți motivul');
    const before = (await page.evaluate(() => (globalThis as unknown as { playgroundCase: unknown }).playgroundCase)) as { riskForm: { officerFinding?: unknown } };
    expect(before.riskForm.officerFinding).toBeUndefined();
    await page.fill('#officer-reason', 'amenințări repetate');
    expect(await page.textContent('#officer-reason-hint')).toBe('');
    const after = (await page.evaluate(() => (globalThis as unknown as { playgroundCase: unknown }).playgroundCase)) as { riskForm: { officerFinding?: unknown } };
    expect(after.riskForm.officerFinding).toEqual({ imminentRisk: true, reason: 'amenințări repetate' });
    await page.selectOption('#officer', '');
    await page.fill('#officer-reason', '');
  });

  it('shows the incident time (00:00 by default): an issue time that morning is accepted, one before the incident is explained', async () => {
    await setLanguage('en');
    await setCase({ date: '2024-03-02', relationship: 'spouse', yes: [], no: [], issuedAt: '2024-03-02T09:00' });
    expect(await page.inputValue('#incident-time')).toBe('00:00');
    expect(await page.textContent('label[for="incident-time"]')).toContain('00:00');
    expect(await page.isHidden('#error')).toBe(true);
    await page.fill('#incident-time', '10:00');
    await page.dispatchEvent('#incident-time', 'change');
    await page.waitForSelector('#error:not([hidden])');
    expect(await page.textContent('#error')).toContain('cannot be issued before the incident (2024-03-02 10:00)');
    await page.fill('#incident-time', '08:00');
    await page.dispatchEvent('#incident-time', 'change');
    await page.waitForSelector('#error', { state: 'hidden' });
    const c = (await page.evaluate(() => (globalThis as unknown as { playgroundCase: unknown }).playgroundCase)) as { incidentAt: string };
    expect(bucharestInstant(Date.parse(c.incidentAt)).slice(11, 16)).toBe('08:00');
    await page.fill('#incident-time', '00:00');
    await page.dispatchEvent('#incident-time', 'change');
  });

  it('shows a label pack in the other language neutrally and says so, in the page language', async () => {
    await setLanguage('ro');
    await setCase({ date: '2024-03-02', relationship: 'spouse', yes: [], no: [] });
    const good = join(dir, 'agency-en.json');
    writeFileSync(good, JSON.stringify({ schemaVersion: 1, lang: 'en', name: 'English agency', labels: { 'item.ro-police-risk-form.q1': 'English agency wording' } }));
    await page.setInputFiles('#pack', good);
    await page.waitForSelector('#pack-status:has-text("English agency")');
    expect(await page.textContent('#pack-status')).toContain('engleză');
    expect(await page.isHidden('#error')).toBe(true);
    expect(await page.textContent('button[data-item="q1"] .label')).not.toBe('English agency wording');
    await page.click('#quiz-open');
    expect(await page.textContent('#quiz-pack-status')).toContain('engleză');
    await page.click('#quiz-close');
    await setLanguage('en');
    expect(await page.textContent('#pack-status')).toBe('Label pack English agency loaded.');
    expect(await page.textContent('button[data-item="q1"] .label')).toBe('English agency wording');
    await page.click('#pack-clear');
    expect(await page.textContent('#pack-status')).toBe('');
  });

  it('runs the quiz through a whole scenario, marking each answer against the library', async () => {
    await setLanguage('ro');
    await page.click('#quiz-open');
    await page.selectOption('#quiz-scenario', 'spouse-knife-threat-2021');
    await page.click('#quiz-start');
    for (let part = 0; part < 10 && !(await page.$('#quiz-done')); part += 1) {
      expect(await page.textContent('#quiz-vignette')).toMatch(/\S/);
      for (const q of await page.$$('fieldset.question')) await (await q.$('input[value="yes"]'))!.check();
      await page.click('#quiz-reveal');
      await page.waitForSelector('#quiz-next');
      expect(await page.$$eval('#quiz-feedback p.right, #quiz-feedback p.wrong', (ps) => ps.length)).toBeGreaterThan(0);
      await page.click('#quiz-next');
    }
    // The first scenario: two YES among questions 1–7, imminent risk, the order issued: "yes" twice is right.
    expect(await page.textContent('#quiz-done')).toContain('2/2');
    await page.click('#quiz-close');
    expect(await page.isVisible('#main')).toBe(true);
  });

  it('writes screenshots at 1280×720 and 390×844, in presenter mode too', async () => {
    mkdirSync(ARTEFACTS, { recursive: true });
    await setCase({ date: '2024-03-02', relationship: 'spouse', yes: [0, 3], no: [1, 8] });
    await page.evaluate(() => (globalThis as unknown as PageWindow).scrollTo(0, 0));
    await page.screenshot({ path: join(ARTEFACTS, 'desktop-1280x720.png') });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: join(ARTEFACTS, 'phone-390x844.png') });
    expect(await page.evaluate(() => (globalThis as unknown as PageWindow).document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.click('#presenter');
    await page.screenshot({ path: join(ARTEFACTS, 'presenter-1280x720.png') });
    expect(await page.getAttribute('#presenter', 'aria-pressed')).toBe('true');
    // Presenter mode at 390 px: no horizontal overflow, and a group's count stays on one line.
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await page.evaluate(() => (globalThis as unknown as PageWindow).document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    const heights = await page.$$eval('#groups li .count', (cs) => cs.map((c) => (c as unknown as { getClientRects(): { length: number } }).getClientRects().length));
    expect(heights.every((n) => n === 1)).toBe(true);
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.click('#presenter');
  });

  it('prints the summary from the quiz too (the quiz hides main on screen only)', async () => {
    await page.click('#quiz-open');
    await page.emulateMedia({ media: 'print' });
    const shown = await page.$eval('#summary', (e) => (globalThis as unknown as { getComputedStyle(e: unknown): { display: string } }).getComputedStyle(e).display);
    const mainShown = await page.$eval('#main', (e) => (globalThis as unknown as { getComputedStyle(e: unknown): { display: string } }).getComputedStyle(e).display);
    await page.emulateMedia({ media: 'screen' });
    await page.click('#quiz-close');
    expect([shown, mainShown]).toEqual(['block', 'block']);
  });

  it('prints a summary of the case on one A4 page', async () => {
    await setCase({ date: '2024-09-05', relationship: 'former-partner', yes: [0], no: [], issuedAt: '2024-09-05T20:00' });
    await page.emulateMedia({ media: 'print' });
    const pdf = (await page.pdf({ format: 'A4' })).toString('latin1');
    await page.emulateMedia({ media: 'screen' });
    expect(pdf.match(/\/Type\s*\/Page[^s]/g)?.length).toBe(1);
    expect(await page.textContent('#summary')).toContain(evaluateSync(await page.evaluate(() => (globalThis as unknown as { playgroundCase: unknown }).playgroundCase), { lang }).incidentDate);
  });

  it('logged nothing to the console, threw nothing, and requested nothing outside its own origin', () => {
    expect(opened?.logged).toEqual([]);
    expect(opened?.foreign).toEqual([]);
  });
});
