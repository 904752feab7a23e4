import { describeChanges, describeDetermination, itemList, describeNextSteps, describeOrders, parameterLabel, VERSION, distinctWarnings, type Result, type Translator } from '../src/index.js';
import type { CaseState } from './case-input.js';
import { el } from './dom.js';
import { say } from './strings.js';
import { wallClock } from './view-result.js';

/**
 * The one-page summary the print button prints (print CSS shows it alone): the case, the day's
 * law, the verdict with the counts and the flips, the answers by item id, the orders in short, the
 * deadlines started, the next steps' headings, and every unverified value and warning, in a line
 * each. The page shows the same things at length.
 */
export function summaryView(r: Result, tr: Translator, state: CaseState, register: 'legal' | 'plain'): HTMLElement[] {
  const { t } = tr;
  const lang = tr.lang;
  const d = describeDetermination(r, tr);
  const items = r.riskAssessment?.items ?? [];
  const ids = (a: string): string => ((hit) => (hit.length > 0 ? itemList(hit, t) : '—'))(items.filter((i) => i.answer === a).map((i) => i.id));
  const section = (heading: string, lines: readonly string[]): HTMLElement | null =>
    lines.length === 0 ? null : el('section', {}, el('h3', {}, heading), el('ul', {}, ...lines.map((l) => el('li', {}, l.trim().replace(/^-\s*/, '')))));
  const victim = [state.opposes ? say(lang, 'opposes') : '', state.requests ? say(lang, 'requests') : ''].filter((x) => x !== '');
  const orders = describeOrders(r, tr, { full: false }).map((b) => `${b.heading}: ${b.lines.filter((l) => !/^\s/.test(l)).join('; ')}`);
  const deadlines = r.deadlines.filter((x) => x.dueAt !== null).map((x) => `${t(`ui.deadline.${x.id}`, {}, x.id)}: ${wallClock(x.dueAt ?? '')} (${t(`ui.deadlines.status.${x.status}`, {}, x.status)})`);
  const steps = describeNextSteps(r, tr, wallClock).flatMap((b) => {
    const numbered = b.lines.filter((l) => /^\d+\./.test(l.trim())).map((l) => `  ${l.trim()}`);
    return numbered.length === 0 ? [] : [b.heading, ...numbered];
  });
  const weak = r.provenance.filter((p) => p.kind === 'parameter').filter((p) => p.status !== 'confirmed').map((p) => `⚠ ${parameterLabel(t, p.ruleSet, p.parameter)} (${t(`ui.status.${p.status}`, {}, p.status)})`);
  return [
    el('h2', {}, `${say(lang, 'summary')} · ${r.incidentDate}`),
    el('p', {}, `${t('ui.incident-day')}: ${r.incidentDate} · ${t(`ui.relationship.${state.relationship}`, {}, state.relationship)}${victim.length > 0 ? ` · ${victim.join(' · ')}` : ''}`),
    el('p', {}, `${t('ui.regime')}: ${t(`ui.regime-name.${r.regime.id}`)} · ${t('ui.form')}: ${r.riskForm?.ruleSet ?? '—'}`),
    el('p', { class: 'summary-verdict' }, `${d.verdict}${d.outcome === '' ? '' : ` — ${d.outcome}`}`),
    section(t('ui.determination'), d.details),
    items.length === 0 ? null : el('p', {}, `${say(lang, 'answer.yes')}: ${ids('yes')} · ${say(lang, 'answer.no')}: ${ids('no')} · ${say(lang, 'answer.unknown')}: ${ids('unknown')}`),
    ((c) => (c ? section(c.heading, c.lines) : null))(describeChanges(r, tr)),
    section(say(lang, 'consequences'), orders),
    section(say(lang, 'deadlines'), deadlines),
    steps.length === 0 ? null : el('section', { class: 'summary-steps' }, el('ul', {}, ...steps.map((l) => el('li', { class: /^\s/.test(l) ? 'sub' : 'head' }, l.trim())))),
    ((x) => (x?.querySelector('ul')?.classList.add('columns'), x))(section(say(lang, 'unverified'), weak)),
    section(t('ui.warnings'), distinctWarnings(r.warnings, tr, register).map(({ text }) => `⚠ ${text}`)),
    el('p', { class: 'summary-note' }, say(lang, 'summary-note', { version: VERSION })),
  ].filter((x): x is HTMLElement => x !== null);
}
