// The classroom playground: a thin page over the library's main entry. It judges the case with
// evaluateSync on every change and shows what the library's own explainers say; it keeps the case
// in memory only and requests nothing (the page's CSP forbids it).
import {
  createTranslator,
  DvRulesError,
  evaluateSync,
  LAW_KNOWN_UNTIL,
  listRuleSets,
  parseLabelPack,
  relationshipSchema,
  shippedManifest,
  type Answer,
  type Language,
  type LoadedLabelPack,
  type Result,
  type Translator,
} from '../src/index.js';
import { timeline } from 'playground-data';
import { buildCase, type CaseState } from './case-input.js';
import { byId, el, fill } from './dom.js';
import { openQuiz } from './quiz.js';
import { say, type StringKey } from './strings.js';
import { timelineList, timelineSvg } from './timeline-svg.js';
import { summaryView } from './summary-view.js';
import { consequencesView, countView, lawView, uncertaintyView } from './view-result.js';

type Register = 'legal' | 'plain';

const view = { lang: 'ro' as Language, register: 'legal' as Register, pack: undefined as LoadedLabelPack | undefined, packRefusal: undefined as unknown };
const state: CaseState = { date: '2024-03-02', time: '00:00', relationship: 'spouse', answers: {}, issuedAt: '', opposes: false, requests: false, officer: '', officerReason: '' };
let lastItems: string[] = [];
let lastCase: unknown;
/** Why no form is scored on the day (the library's refusal of a form that is not in force), or ''. */
let formRefusal = '';

const NEXT: Record<Answer, Answer> = { unknown: 'yes', yes: 'no', no: 'unknown' };

/** The loaded pack when it is in the page's language (the library refuses labels in another). */
function usablePack(): LoadedLabelPack | undefined {
  return view.pack && view.pack.pack.lang === view.lang ? view.pack : undefined;
}

function tr(): Translator {
  return createTranslator(view.lang, usablePack());
}

/** The pack's status line, in the page's language now (not the one it was loaded in). */
function packNote(): string {
  if (view.packRefusal !== undefined) return s('pack-refused', { message: errorText(view.packRefusal) });
  if (!view.pack) return '';
  const name = view.pack.pack.name;
  if (usablePack()) return s('pack-loaded', { name });
  return s('pack-other-lang', { name, packLang: s(`lang.${view.pack.pack.lang}`) });
}

function s(key: StringKey, params?: Readonly<Record<string, string | number>>): string {
  return say(view.lang, key, params);
}

/** The page's frame: the controls and the empty panels `render` fills. Rebuilt when the language changes. */
function frame(): void {
  const { t } = tr();
  const relationships = relationshipSchema.options.map((r) => el('option', { value: r, ...(r === state.relationship ? { selected: '' } : {}) }, t(`ui.relationship.${r}`, {}, r)));
  const option = (value: string, text: string, selected: boolean): HTMLOptionElement => el('option', { value, ...(selected ? { selected: '' } : {}) }, text);
  document.documentElement.lang = view.lang;
  document.title = s('title');
  fill(
    byId('app'),
    el(
      'header',
      { class: 'top no-print' },
      el('h1', {}, s('title')),
      el(
        'div',
        { class: 'toolbar', role: 'toolbar', 'aria-label': s('title') },
        el('label', {}, `${s('language')} `, el('select', { id: 'lang' }, option('ro', 'română', view.lang === 'ro'), option('en', 'English', view.lang === 'en'))),
        el('label', {}, `${s('register')} `, el('select', { id: 'register' }, option('legal', s('register.legal'), view.register === 'legal'), option('plain', s('register.plain'), view.register === 'plain'))),
        el('button', { type: 'button', id: 'presenter', 'aria-pressed': String(document.body.classList.contains('presenter')) }, s('presenter')),
        el('button', { type: 'button', id: 'quiz-open' }, s('quiz')),
        el('button', { type: 'button', id: 'export' }, s('export-json')),
        el('button', { type: 'button', id: 'print' }, s('print')),
      ),
      el('p', { class: 'intro' }, s('intro')),
    ),
    el(
      'main',
      { id: 'main' },
      el(
        'section',
        { class: 'panel case no-print', 'aria-labelledby': 'case-h' },
        el('h2', { id: 'case-h' }, s('case')),
        el('label', { for: 'date' }, s('date')),
        el('input', { id: 'date', type: 'date', value: state.date, min: '2012-05-12', max: LAW_KNOWN_UNTIL, required: '' }),
        el('label', { for: 'incident-time' }, s('incident-time')),
        el('input', { id: 'incident-time', type: 'time', value: state.time, required: '' }),
        el('label', { for: 'relationship' }, s('relationship')),
        el('select', { id: 'relationship' }, ...relationships),
        el('label', { class: 'check' }, el('input', { id: 'opposes', type: 'checkbox', ...(state.opposes ? { checked: '' } : {}) }), ` ${s('opposes')}`),
        el('label', { class: 'check' }, el('input', { id: 'requests', type: 'checkbox', ...(state.requests ? { checked: '' } : {}) }), ` ${s('requests')}`),
        el('label', { for: 'officer' }, s('officer')),
        el('select', { id: 'officer' }, option('', s('officer.none'), state.officer === ''), option('yes', s('officer.yes'), state.officer === 'yes'), option('no', s('officer.no'), state.officer === 'no')),
        el('label', { for: 'officer-reason' }, s('officer-reason')),
        el('input', { id: 'officer-reason', type: 'text', maxlength: '2000', value: state.officerReason, autocomplete: 'off', 'aria-describedby': 'officer-reason-hint' }),
        el('p', { id: 'officer-reason-hint', class: 'hint', role: 'status' }),
        el('label', { for: 'issued-at' }, s('issued-at')),
        el('input', { id: 'issued-at', type: 'datetime-local', value: state.issuedAt }),
        el('label', { for: 'pack' }, s('load-pack')),
        el('input', { id: 'pack', type: 'file', accept: '.json,.yaml,.yml,application/json' }),
        el('button', { type: 'button', id: 'pack-clear', ...(view.pack ? {} : { hidden: '' }) }, s('pack-clear')),
        el('p', { id: 'pack-status', role: 'status' }, packNote()),
      ),
      el('section', { class: 'panel law', 'aria-labelledby': 'law-h' }, el('h2', { id: 'law-h' }, s('law')), el('div', { id: 'law' })),
      el(
        'section',
        { class: 'panel items', 'aria-labelledby': 'items-h' },
        el('h2', { id: 'items-h' }, s('items')),
        el('p', { class: 'help no-print', id: 'items-help' }, s('items-help')),
        el('p', { class: 'help', id: 'items-source' }),
        el('div', { class: 'bulk no-print' }, el('button', { type: 'button', id: 'all-no' }, s('all-no')), el('button', { type: 'button', id: 'all-unknown' }, s('all-unknown'))),
        el('div', { id: 'items', class: 'item-grid' }),
      ),
      el('section', { class: 'panel count', 'aria-labelledby': 'count-h' }, el('h2', { id: 'count-h' }, s('live')), el('div', { id: 'count', 'aria-live': 'polite' })),
      el('section', { class: 'panel consequences', 'aria-labelledby': 'cons-h' }, el('h2', { id: 'cons-h' }, s('consequences')), el('div', { id: 'consequences' })),
      el('section', { class: 'panel uncertainty', 'aria-labelledby': 'unc-h' }, el('h2', { id: 'unc-h' }, `⚠ ${s('unverified')}`), el('div', { id: 'uncertainty' })),
      el('section', { class: 'panel timeline', 'aria-labelledby': 'tl-h' }, el('h2', { id: 'tl-h' }, s('timeline')), el('p', { class: 'help' }, s('timeline-help')), el('div', { id: 'timeline', class: 'timeline-scroll' }), el('div', { id: 'changes' })),
      el('section', { class: 'print-only', id: 'summary', 'aria-hidden': 'true' }),
    ),
    el('section', { id: 'quiz', class: 'quiz', hidden: '', 'aria-labelledby': 'quiz-h' }),
    el('p', { id: 'error', role: 'alert', class: 'error', hidden: '' }),
  );
  wire();
  render();
}

function wire(): void {
  byId<HTMLSelectElement>('lang').addEventListener('change', (e) => {
    view.lang = (e.target as HTMLSelectElement).value as Language;
    frame();
    byId('lang').focus();
  });
  byId<HTMLSelectElement>('register').addEventListener('change', (e) => {
    view.register = (e.target as HTMLSelectElement).value as Register;
    render();
  });
  byId<HTMLInputElement>('date').addEventListener('change', (e) => {
    const v = (e.target as HTMLInputElement).value;
    if (/^\d{4}-\d{2}-\d{2}$/.test(v)) state.date = v;
    render();
  });
  byId<HTMLInputElement>('incident-time').addEventListener('change', (e) => {
    const v = (e.target as HTMLInputElement).value;
    if (/^\d{2}:\d{2}$/.test(v)) state.time = v;
    render();
  });
  byId<HTMLSelectElement>('relationship').addEventListener('change', (e) => {
    state.relationship = relationshipSchema.parse((e.target as HTMLSelectElement).value);
    render();
  });
  byId<HTMLInputElement>('opposes').addEventListener('change', (e) => ((state.opposes = (e.target as HTMLInputElement).checked), render()));
  byId<HTMLInputElement>('requests').addEventListener('change', (e) => ((state.requests = (e.target as HTMLInputElement).checked), render()));
  byId<HTMLSelectElement>('officer').addEventListener('change', (e) => {
    const v = (e.target as HTMLSelectElement).value;
    state.officer = v === 'yes' || v === 'no' ? v : '';
    render();
  });
  byId<HTMLInputElement>('officer-reason').addEventListener('input', (e) => ((state.officerReason = (e.target as HTMLInputElement).value), render()));
  byId<HTMLInputElement>('issued-at').addEventListener('change', (e) => ((state.issuedAt = (e.target as HTMLInputElement).value), render()));
  byId('all-no').addEventListener('click', () => setAll('no'));
  byId('all-unknown').addEventListener('click', () => setAll('unknown'));
  byId<HTMLInputElement>('pack').addEventListener('change', (e) => void loadPack((e.target as HTMLInputElement).files?.[0]));
  byId('pack-clear').addEventListener('click', () => {
    view.pack = undefined;
    view.packRefusal = undefined;
    frame();
  });
  byId('presenter').addEventListener('click', (e) => {
    const on = document.body.classList.toggle('presenter');
    (e.currentTarget as HTMLElement).setAttribute('aria-pressed', String(on));
  });
  byId('print').addEventListener('click', () => window.print());
  byId('export').addEventListener('click', exportCase);
  byId('quiz-open').addEventListener('click', () => openQuiz({ lang: view.lang, register: view.register, pack: usablePack(), packNote: packNote() }));
  const items = byId('items');
  items.addEventListener('click', (e) => {
    const button = (e.target as HTMLElement).closest<HTMLButtonElement>('button[data-item]');
    if (button) setAnswer(button.dataset['item'] ?? '', NEXT[(button.dataset['answer'] as Answer | undefined) ?? 'unknown']);
  });
  items.addEventListener('keydown', (e) => {
    const button = (e.target as HTMLElement).closest<HTMLButtonElement>('button[data-item]');
    if (!button || e.ctrlKey || e.metaKey || e.altKey) return;
    const answer: Answer | undefined = /^[yd]$/i.test(e.key) ? 'yes' : /^n$/i.test(e.key) ? 'no' : e.key === '?' ? 'unknown' : undefined;
    if (answer === undefined) return;
    e.preventDefault();
    setAnswer(button.dataset['item'] ?? '', answer);
  });
}

async function loadPack(file: File | undefined): Promise<void> {
  if (!file) return;
  try {
    view.pack = parseLabelPack(await file.text(), { file: file.name });
    view.packRefusal = undefined;
  } catch (e) {
    view.pack = undefined;
    view.packRefusal = e;
  }
  frame();
  byId('pack').focus();
}

/** A refusal in the page's language: the library's label for its code and the paths it names, never its English message. */
function errorText(e: unknown): string {
  if (!(e instanceof DvRulesError)) return String(e);
  if (e.code === 'EVENTS_OUT_OF_ORDER' && state.issuedAt !== '' && state.issuedAt < `${state.date}T${state.time}`) {
    return s('issued-before-incident', { incident: `${state.date} ${state.time}` });
  }
  const paths = [...new Set(e.issues.map((i) => i.path))].filter((p) => p !== '');
  const text = tr().t(`error.${e.code}`, {}, e.code);
  return paths.length > 0 ? `${text} (${paths.join(', ')})` : text;
}

function setAnswer(id: string, answer: Answer): void {
  if (!lastItems.includes(id)) return;
  state.answers[id] = answer;
  render();
}

function setAll(answer: Answer): void {
  for (const id of lastItems) state.answers[id] = answer;
  render();
}

/** The form in force on the day, judged with no answers (its items, labels and groups), or undefined. */
let lastForm: Result | undefined;

/** Judges the case: first with no answers, to learn the items of the form in force on the day. */
function judge(): Result {
  const pack = usablePack();
  const options = { lang: view.lang, register: view.register, ...(pack ? { labels: pack } : {}) };
  lastCase = undefined;
  lastForm = undefined;
  lastItems = [];
  formRefusal = '';
  let items: string[] | null;
  try {
    // The form's items, from the form itself: no answers, no finding and no events, which could be refused.
    lastForm = evaluateSync(buildCase({ ...state, answers: {}, officer: '', issuedAt: '' }, []), options);
    items = lastForm.riskAssessment?.items.map((i) => i.id) ?? [];
  } catch (e) {
    if (!(e instanceof DvRulesError) || e.code !== 'NO_RULE_SET_IN_FORCE') throw e;
    // No police form on that day: the rest of the day's law still applies to the case.
    formRefusal = errorText(e);
    items = null;
  }
  lastItems = items ?? [];
  const c = buildCase(state, items);
  const r = evaluateSync(c, options);
  lastCase = c;
  return r;
}

function render(): void {
  const error = byId('error');
  let r: Result;
  try {
    r = judge();
    error.hidden = true;
  } catch (e) {
    error.textContent = s('case-refused', { message: errorText(e) });
    error.hidden = false;
    // Nothing stale: the panels of the last case judged are emptied, and there is no case to export.
    for (const id of ['law', 'count', 'consequences', 'uncertainty', 'summary']) fill(byId(id), id === 'count' ? error.textContent : '');
    byId<HTMLButtonElement>('export').disabled = true;
    // The items stay usable: drawn from the answers stored, so what is shown is what is kept.
    renderItems(lastForm, undefined);
    renderHint();
    return;
  }
  byId<HTMLButtonElement>('export').disabled = false;
  const words = tr();
  fill(byId('law'), ...lawView(r, words, view.register, formRefusal === '' ? undefined : s('no-form-in-force', { date: r.incidentDate })));
  renderItems(lastForm, r);
  renderHint();
  fill(byId('count'), ...countView(r, words), formRefusal === '' ? null : el('p', { id: 'form-refusal' }, formRefusal));
  fill(byId('consequences'), ...consequencesView(r, words));
  fill(byId('uncertainty'), ...uncertaintyView(r, words, view.register));
  fill(byId('timeline'), timelineSvg(timeline, r.incidentDate, { chosen: s('timeline-chosen', { date: r.incidentDate }), title: s('timeline'), tr: words }));
  fill(byId('summary'), ...summaryView(r, words, state, view.register));
  fill(byId('changes'), timelineList(timeline, r.incidentDate, s('timeline-in-force'), s('unverified-mark'), words));
}

/** "Type the reason" while a finding is chosen without one (the finding is then left out of the case). */
function renderHint(): void {
  byId('officer-reason-hint').textContent = state.officer !== '' && state.officerReason === '' ? s('officer-reason-hint') : '';
}

/**
 * The items as buttons; kept (and only updated) while the form stays the same, so focus stays where
 * it was. The form (`form`, judged with no answers) gives the items; the answers are the ones stored;
 * the judged case `r`, when there is one, marks the decisive items.
 */
function renderItems(form: Result | undefined, r: Result | undefined): void {
  const box = byId('items');
  const ra = form?.riskAssessment;
  const items = (ra?.items ?? []).map((i) => ({ ...i, answer: state.answers[i.id] ?? ('unknown' as Answer) }));
  const pack = usablePack();
  byId('items-source').textContent = items.length === 0 ? '' : pack ? s('items-pack', { name: pack.pack.name }) : s('items-neutral');
  const key = `${form?.riskForm?.ruleSet ?? ''}|${items.map((i) => i.id).join(',')}|${items.map((i) => i.label).join('\u0000')}`;
  if (box.dataset['key'] !== key) {
    box.dataset['key'] = key;
    const groups = [...new Set(items.map((i) => i.group))];
    fill(
      box,
      ...groups.map((g) =>
        el(
          'fieldset',
          { class: 'group', 'data-group': g },
          el('legend', {}, ra?.groups.find((x) => x.id === g)?.title ?? g),
          ...items.filter((i) => i.group === g).map((i) => el('button', { type: 'button', class: 'item', 'data-item': i.id, 'aria-describedby': 'items-help' }, el('span', { class: 'label' }, i.label), el('span', { class: 'answer' }))),
        ),
      ),
    );
  }
  const decisive = new Set(r?.riskAssessment?.decisiveItems ?? []);
  for (const i of items) {
    const b = box.querySelector<HTMLButtonElement>(`button[data-item="${i.id}"]`);
    if (!b) continue;
    const word = s(`answer.${i.answer}`);
    b.dataset['answer'] = i.answer;
    b.classList.toggle('decisive', decisive.has(i.id));
    b.setAttribute('aria-label', `${i.label}: ${word}${decisive.has(i.id) ? ` (${s('decisive')})` : ''}`);
    const a = b.querySelector('.answer');
    if (a) a.textContent = decisive.has(i.id) ? `${word} ★` : word;
  }
}

/** The case as the JSON `dv-rules evaluate` reads: a download made in the page, sent nowhere. */
function exportCase(): void {
  const text = `${JSON.stringify(lastCase, null, 2)}\n`;
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = el('a', { href: url, download: `case-${state.date}-${state.relationship}.json` });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

if (typeof document === 'undefined') {
  // No page: `dv-rules verify` runs this bundle in a node:vm context to hash the rule sets compiled
  // into it (src/node/verify-built-entries.ts reads this name). Nothing else is touched.
  Object.defineProperty(globalThis, '__dvRulesRoBuilt', { value: Object.freeze({ listRuleSets, shippedManifest }) });
} else {
  /** For the tests and a curious trainer's console: the case now shown (a copy). */
  Object.defineProperty(globalThis, 'playgroundCase', { get: () => structuredClone(lastCase) });
  frame();
}
