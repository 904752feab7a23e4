import { createTranslator, DvRulesError, evaluateSync, parseFixtures, type Fixture, type Language, type LoadedLabelPack, type Result } from '../src/index.js';
import { scenarios as scenarioFiles } from 'playground-data';
import { byId, el, fill } from './dom.js';
import { say } from './strings.js';
import { consequencesView, countView } from './view-result.js';

interface Scenario {
  id: string;
  title: { en: string; ro: string };
  vignette: { en: string; ro: string };
  versions: Fixture[];
}

type Truth = boolean | null;

let cache: Scenario[] | undefined;

/**
 * The shipped scenarios (fixtures/scenarios, bundled at build time), validated with the library's
 * fixture reader and grouped by `scenario.id` as `dv-rules train --scenario builtin` groups them.
 * A version the library refuses (a lesson on invalid cases) is left out of the page's quiz.
 */
export function shippedScenarios(): Scenario[] {
  if (cache) return cache;
  const byId = new Map<string, Scenario>();
  for (const { file, text } of scenarioFiles) {
    for (const f of parseFixtures(text, { file })) {
      if (!f.scenario || f.expectError) continue;
      const known = byId.get(f.scenario.id);
      if (known) known.versions.push(f);
      else byId.set(f.scenario.id, { id: f.scenario.id, title: f.scenario.title, vignette: f.scenario.vignette, versions: [f] });
    }
  }
  return (cache = [...byId.values()]);
}

interface QuizView {
  lang: Language;
  register: 'legal' | 'plain';
  /** The agency pack, only when it is in `lang` (the page passes none otherwise). */
  pack: LoadedLabelPack | undefined;
  /** The pack's status line as the page shows it ('' without a pack). */
  packNote: string;
}

/** Opens the quiz in place of the playground: pick a scenario, read the facts, decide, reveal. */
export function openQuiz(v: QuizView): void {
  const box = byId('quiz');
  const list = shippedScenarios();
  const say_ = (k: Parameters<typeof say>[1], p?: Record<string, string | number>): string => say(v.lang, k, p);
  byId('main').hidden = true;
  box.hidden = false;
  const close = (): void => {
    box.hidden = true;
    byId('main').hidden = false;
    byId('quiz-open').focus();
  };
  fill(
    box,
    el('h2', { id: 'quiz-h' }, say_('quiz')),
    v.packNote === '' ? null : el('p', { id: 'quiz-pack-status', role: 'status' }, v.packNote),
    el('label', { for: 'quiz-scenario' }, say_('quiz-pick')),
    el('select', { id: 'quiz-scenario' }, ...list.map((sc) => el('option', { value: sc.id }, sc.title[v.lang]))),
    el('button', { type: 'button', id: 'quiz-start' }, say_('quiz-start')),
    el('button', { type: 'button', id: 'quiz-close' }, say_('quiz-close')),
    el('div', { id: 'quiz-body' }),
  );
  byId('quiz-close').addEventListener('click', close);
  byId('quiz-start').addEventListener('click', () => {
    const chosen = list.find((sc) => sc.id === byId<HTMLSelectElement>('quiz-scenario').value);
    if (chosen) runScenario(chosen, v, 0, 0, 0);
  });
  byId('quiz-scenario').focus();
}

function runScenario(sc: Scenario, v: QuizView, index: number, right: number, asked: number): void {
  const body = byId('quiz-body');
  const f = sc.versions[index];
  const lang = v.lang;
  if (!f) {
    fill(body, el('p', { id: 'quiz-done', role: 'status' }, say(lang, 'quiz-done'), ' ', createTranslator(lang).t('ui.train.score', { correct: right, total: asked })));
    byId('quiz-close').focus();
    return;
  }
  const tr = createTranslator(lang, v.pack);
  let r: Result;
  try {
    r = evaluateSync(f.case, { ...(f.options ?? {}), lang, register: v.register, ...(v.pack ? { labels: v.pack } : {}) });
  } catch (e) {
    fill(body, el('p', { role: 'alert' }, e instanceof DvRulesError ? e.message : String(e)));
    return;
  }
  const questions: Array<{ id: string; prompt: string; truth: Truth }> = [];
  const expect = (f.expect ?? {}) as { provisionalOrder?: { eligible?: unknown } };
  questions.push({ id: 'imminent', prompt: say(lang, 'quiz-imminent', { date: r.incidentDate }), truth: r.determination.imminentRisk });
  if (expect.provisionalOrder?.eligible !== undefined) questions.push({ id: 'opp', prompt: say(lang, 'quiz-opp'), truth: r.provisionalOrder.eligible });
  const yes = r.riskAssessment?.items.filter((i) => i.answer === 'yes').map((i) => i.label) ?? [];
  const unknown = r.riskAssessment?.items.filter((i) => i.answer === 'unknown').map((i) => i.label) ?? [];
  const choice = (q: string, value: string, text: string): HTMLElement => el('label', { class: 'choice' }, el('input', { type: 'radio', name: `quiz-${q}`, value }), ` ${text}`);
  fill(
    body,
    el('p', { class: 'quiz-part' }, say(lang, 'quiz-version', { n: index + 1, total: sc.versions.length })),
    el('h3', {}, say(lang, 'quiz-facts')),
    el('p', { id: 'quiz-vignette', class: 'vignette' }, sc.vignette[lang]),
    el('h3', {}, say(lang, 'quiz-answers')),
    el('p', {}, `${tr.t('ui.incident-day')}: ${r.incidentDate} · ${tr.t(`ui.relationship.${String((f.case as { relationship?: unknown }).relationship)}`, {}, '')}`),
    yes.length > 0 ? el('p', {}, `${say(lang, 'answer.yes')}: ${yes.join('; ')}`) : null,
    unknown.length > 0 ? el('p', {}, `${say(lang, 'answer.unknown')}: ${unknown.join('; ')}`) : null,
    ...questions.map((q) =>
      el('fieldset', { class: 'question', 'data-question': q.id }, el('legend', {}, q.prompt), choice(q.id, 'yes', say(lang, 'quiz-answer-yes')), choice(q.id, 'no', say(lang, 'quiz-answer-no')), q.id === 'imminent' ? choice(q.id, 'unknown', say(lang, 'quiz-answer-unknown')) : null),
    ),
    el('button', { type: 'button', id: 'quiz-reveal' }, say(lang, 'quiz-reveal')),
    el('div', { id: 'quiz-feedback', 'aria-live': 'polite' }),
  );
  body.querySelector<HTMLInputElement>('input[type=radio]')?.focus();
  byId('quiz-reveal').addEventListener('click', () => {
    const given = questions.map((q) => body.querySelector<HTMLInputElement>(`input[name="quiz-${q.id}"]:checked`)?.value);
    if (given.some((g) => g === undefined)) {
      fill(byId('quiz-feedback'), el('p', { role: 'alert' }, say(lang, 'quiz-no-answer')));
      return;
    }
    let gained = 0;
    const lines = questions.map((q, i) => {
      const answer: Truth = given[i] === 'yes' ? true : given[i] === 'no' ? false : null;
      const truth = q.truth === null ? say(lang, 'quiz-answer-unknown') : q.truth ? say(lang, 'quiz-answer-yes') : say(lang, 'quiz-answer-no');
      if (answer === q.truth) gained += 1;
      return el('p', { class: answer === q.truth ? 'right' : 'wrong', 'data-question': q.id }, say(lang, answer === q.truth ? 'quiz-right' : 'quiz-wrong', { truth }));
    });
    for (const input of body.querySelectorAll<HTMLInputElement>('input[type=radio]')) input.disabled = true;
    byId<HTMLButtonElement>('quiz-reveal').disabled = true;
    const next = el('button', { type: 'button', id: 'quiz-next' }, say(lang, 'quiz-next'));
    // The explanation is the playground's own panels; their ids belong to the playground's copy.
    const explained = [...countView(r, tr), ...consequencesView(r, tr).slice(0, 2)];
    for (const node of explained) for (const x of [node, ...node.querySelectorAll('[id]')]) x.removeAttribute('id');
    fill(byId('quiz-feedback'), ...lines, ...explained, next);
    next.addEventListener('click', () => runScenario(sc, v, index + 1, right + gained, asked + questions.length));
    next.focus();
  });
}
