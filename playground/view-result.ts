import {
  bucharestInstant,
  citationText,
  describeChanges,
  describeDetermination,
  describeNextSteps,
  describeOrders,
  formName,
  localCitation,
  parameterLabel,
  shippedRuleSets,
  distinctWarnings,
  type Result,
  type Translator,
} from '../src/index.js';
import { block, el } from './dom.js';
import { say } from './strings.js';

type Register = 'legal' | 'plain';

/** `2025-06-06 12:00`, Bucharest wall-clock time. */
export function wallClock(instant: string): string {
  const local = bucharestInstant(Date.parse(instant));
  return `${local.slice(0, 10)} ${local.slice(11, 16)}`;
}

/** The day's law: the incident day, the regime, the form with its source and status. */
/** `noFormInForce`: what to say when no police risk form is in force on the day (before the first one). */
export function lawView(r: Result, tr: Translator, register: Register, noFormInForce?: string): HTMLElement[] {
  const { t } = tr;
  const lang = tr.lang;
  const rows: HTMLElement[] = [
    el('p', { id: 'incident-day' }, el('strong', {}, `${t('ui.incident-day')}: `), r.incidentDate),
    el('p', { id: 'regime', 'data-regime': r.regime.id }, el('strong', {}, `${t('ui.regime')}: `), `${t(`ui.regime-name.${r.regime.id}`)} — ${t(`reason.${r.regime.reason}`)}`),
  ];
  const form = r.riskForm;
  if (form?.ruleSet) {
    const rs = shippedRuleSets().find((s) => s.ruleSet.id === form.ruleSet)?.ruleSet;
    const name = register === 'legal' ? `${form.ruleSet} (${t('ui.in-force-from', { date: rs?.effectiveFrom ?? '?' })})` : formName(t, form.ruleSet);
    const cite = rs?.act.citations[0];
    const status = rs?.status ?? '';
    rows.push(
      el(
        'p',
        { id: 'form', 'data-rule-set': form.ruleSet },
        el('strong', {}, `${t('ui.form')}: `),
        name,
        el('br'),
        `${say(lang, 'form-status')}: `,
        el('span', { class: `status status-${status}` }, t(`ui.status.${status}`, {}, status)),
        cite ? el('span', { class: 'citation' }, ` · ${say(lang, 'form-source')}: ${citationText(localCitation(cite, tr))}`) : null,
        // A form that cannot score the answers (the 2024 form's items are not in our sources) says why.
        r.riskAssessment === null && form.reason ? el('span', { class: 'form-reason status-unverified', id: 'form-reason' }, el('br'), `⚠ ${t(`reason.${form.reason}`)}`) : null,
      ),
    );
  } else {
    rows.push(el('p', { id: 'form', 'data-rule-set': '' }, el('strong', {}, `${t('ui.form')}: `), noFormInForce ?? (form?.reason ? t(`reason.${form.reason}`) : t('ui.no-risk-form'))));
  }
  return rows;
}

/** The live count: each group against its threshold, the verdict and outcome, the flips. */
export function countView(r: Result, tr: Translator): HTMLElement[] {
  const lang = tr.lang;
  const ra = r.riskAssessment;
  const d = describeDetermination(r, tr);
  const imminent = String(r.determination.imminentRisk);
  const out: HTMLElement[] = [
    el(
      'div',
      { id: 'verdict', class: `verdict verdict-${imminent}`, 'data-imminent': imminent, 'data-outcome': ra?.outcome ?? '' },
      el('span', { class: 'verdict-word' }, d.verdict),
      d.outcome === '' ? null : el('span', { id: 'outcome', class: 'outcome' }, d.outcome),
    ),
  ];
  // The details are the officer's finding (when the case has one), then one line per group.
  const groups = ra?.groups ?? [];
  const officer = d.details.slice(0, d.details.length - groups.length);
  const groupLines = d.details.slice(d.details.length - groups.length);
  for (const line of officer) out.push(el('p', { class: 'officer' }, line));
  if (!ra) return [...out, el('p', {}, say(lang, 'no-form'))];
  out.push(
    el(
      'ul',
      { id: 'groups', class: 'groups' },
      ...ra.groups.map((g, i) =>
        el(
          'li',
          { 'data-group': g.id, 'data-yes': String(g.yes), 'data-threshold': String(g.threshold), 'data-met': String(g.met), class: g.met ? 'met' : '' },
          el('meter', { min: '0', max: String(Math.max(g.threshold, g.yes + g.unknown, 1)), value: String(g.yes), 'aria-label': `${g.title}: ${g.yes} / ${g.threshold}` }),
          el('span', { class: 'count' }, `${g.yes} / ${g.threshold}`),
          el('span', { class: 'group-line' }, groupLines[i] ?? ''),
        ),
      ),
    ),
  );
  const change = describeChanges(r, tr);
  if (change) out.push(block(change.heading, change.lines, { id: 'flips' }));
  return out;
}

/** What follows: the orders, the deadlines, the next steps and referrals. */
export function consequencesView(r: Result, tr: Translator): HTMLElement[] {
  const { t } = tr;
  const lang = tr.lang;
  const orders = describeOrders(r, tr, { full: true }).map((b, i) => block(b.heading, b.lines, { id: ['provisional-order', 'protection-order', 'breach'][i] ?? `order-${i}` }));
  const started = r.deadlines.filter((x) => x.dueAt !== null || x.openUntil !== undefined);
  const deadlines = el(
    'section',
    { class: 'block', id: 'deadlines' },
    el('h3', {}, say(lang, 'deadlines')),
    started.length === 0
      ? el('p', {}, say(lang, 'deadlines-none'))
      : el(
          'ul',
          {},
          ...started.map((x) =>
            el(
              'li',
              { 'data-deadline': x.id },
              `${t(`ui.deadline.${x.id}`, {}, t(`ui.deadline.generic.${x.kind}`, { id: x.id }))}: `,
              x.dueAt !== null ? say(lang, 'deadline-due', { at: wallClock(x.dueAt) }) : say(lang, 'deadline-open'),
              ` (${t(`ui.deadlines.status.${x.status}`, {}, x.status)})`,
              x.provenance.status !== 'confirmed' || x.counting.status !== 'confirmed' ? el('span', { class: 'badge unverified' }, `⚠ ${say(lang, 'unverified-mark')}`) : null,
            ),
          ),
        ),
  );
  const steps = describeNextSteps(r, tr, wallClock).map((b, i) => block(b.heading, b.lines, { id: i === 0 ? 'next-steps' : 'referrals' }));
  return [...orders, deadlines, ...steps];
}

/** Every value relied on that is not confirmed, and every warning: always shown, in both registers. */
export function uncertaintyView(r: Result, tr: Translator, register: Register): HTMLElement[] {
  const list: Array<HTMLElement | null> = [];
  const { t } = tr;
  const lang = tr.lang;
  const weak = r.provenance.filter((p) => p.kind === 'parameter').filter((p) => p.status !== 'confirmed');
  const values = weak.map((p) => {
    const value = Array.isArray(p.value) ? p.value.join(', ') : String(p.value);
    const id = register === 'legal' ? ` (${p.parameter} · ${p.ruleSet})` : '';
    return el('li', { class: `weak status-${p.status}`, 'data-parameter': p.parameter }, el('span', { class: 'badge unverified' }, `⚠ ${t(`ui.status.${p.status}`, {}, p.status)}`), ` ${parameterLabel(t, p.ruleSet, p.parameter)} = ${value}${id}`);
  });
  list.push(
    el('h3', {}, say(lang, 'unverified')),
    weak.length === 0 ? el('p', {}, say(lang, 'unverified-none')) : el('ul', { id: 'weak-values' }, ...values),
    r.warnings.length === 0 ? null : el('h3', {}, t('ui.warnings')),
    r.warnings.length === 0 ? null : el('ul', { id: 'warnings' }, ...distinctWarnings(r.warnings, tr, register).map(({ warning: w, text }) => el('li', { class: 'warning', 'data-code': w.code }, `⚠ ${text}`))),
  );
  return list.filter((x): x is HTMLElement => x !== null);
}
