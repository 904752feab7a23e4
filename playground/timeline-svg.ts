import type { TimelineEntry } from 'playground-data';
import { ruleSetSummary, ruleSetTitle, type Translator } from '../src/index.js';
import { el, svg } from './dom.js';

const W = 1000;
const LEFT = 250;
const RIGHT = 20;
const ROW = 20;
const TOP = 28;

/** The `lang` of a text shown in the page's language: English where the rule set's own (English) words were kept. */
function langOf(tr: Translator, shown: string, own: string): Record<string, string> {
  return tr.lang !== 'en' && shown === own ? { lang: 'en' } : {};
}

/** Days since 1970 of an ISO date, for placing it on the strip. */
function day(iso: string): number {
  return Date.parse(`${iso}T00:00:00Z`) / 86_400_000;
}

/**
 * The rule sets in force on `date`: of each series, the newest that took effect on or before it
 * (proposed law is never in force).
 */
export function inForceOn(entries: readonly TimelineEntry[], date: string): Set<string> {
  const newest = new Map<string, TimelineEntry>();
  for (const e of entries) if (e.status !== 'proposed' && e.effectiveFrom <= date) newest.set(e.series, e);
  return new Set([...newest.values()].map((e) => e.id));
}

/**
 * The law's timeline as an SVG strip: one row per series, a mark at each rule set's effective
 * date (filled where it is in force on the chosen day), the years along the top, and a line at
 * the chosen day. Each mark's title says what the rule set changed, in the translator's language.
 */
export function timelineSvg(entries: readonly TimelineEntry[], chosen: string, words: { chosen: string; title: string; tr: Translator }): SVGElement {
  const series = [...new Set(entries.map((e) => e.series))];
  const first = day(entries[0]?.effectiveFrom ?? chosen);
  const lastYear = Number((entries.at(-1)?.effectiveFrom ?? chosen).slice(0, 4)) + 1;
  const span = Math.max(day(`${lastYear}-12-31`), day(chosen)) - Math.min(first, day(chosen)) || 1;
  const start = Math.min(first, day(chosen));
  const x = (iso: string): number => LEFT + ((day(iso) - start) / span) * (W - LEFT - RIGHT);
  const height = TOP + series.length * ROW + 10;
  const active = inForceOn(entries, chosen);
  const root = svg('svg', { viewBox: `0 0 ${W} ${height}`, role: 'img', 'aria-labelledby': 'timeline-title', class: 'timeline-svg' }, svg('title', { id: 'timeline-title' }, words.title));
  for (let y = Number(entries[0]?.effectiveFrom.slice(0, 4) ?? 2012); y <= lastYear; y += 1) {
    const xi = x(`${y}-01-01`);
    if (xi < LEFT) continue;
    root.append(svg('line', { x1: xi, x2: xi, y1: TOP - 6, y2: height - 6, class: 'year' }), svg('text', { x: xi + 2, y: TOP - 10, class: 'year-label' }, String(y)));
  }
  series.forEach((s, i) => {
    const y = TOP + i * ROW + ROW / 2;
    root.append(svg('text', { x: LEFT - 8, y: y + 4, 'text-anchor': 'end', class: 'series' }, s));
    root.append(svg('line', { x1: LEFT, x2: W - RIGHT, y1: y, y2: y, class: 'lane' }));
    for (const e of entries.filter((x) => x.series === s)) {
      const cls = `mark${active.has(e.id) ? ' in-force' : ''}${e.status === 'proposed' ? ' proposed' : ''}${e.statuses['unverified'] ? ' unverified' : ''}`;
      const title = ruleSetTitle(words.tr.t, e);
      const status = words.tr.t(`ui.status.${e.status}`, {}, e.status);
      root.append(svg('circle', { cx: x(e.effectiveFrom), cy: y, r: 6, class: cls, 'data-rule-set': e.id }, svg('title', langOf(words.tr, title, e.title), `${e.effectiveFrom} · ${e.id} (${status}): ${title}`)));
    }
  });
  const xc = x(chosen);
  root.append(svg('line', { x1: xc, x2: xc, y1: TOP - 20, y2: height, class: 'chosen', 'data-date': chosen }), svg('text', { x: Math.min(xc + 4, W - 150), y: 12, class: 'chosen-label' }, words.chosen));
  return root;
}

/**
 * The changes under the strip, in date order: date, rule set, what it changed (in the translator's
 * language; English, so marked, where no pack words a rule set); the ones in force marked.
 */
export function timelineList(entries: readonly TimelineEntry[], chosen: string, inForceWord: string, unverifiedWord: string, tr: Translator): HTMLElement {
  const active = inForceOn(entries, chosen);
  return el(
    'ol',
    { class: 'changes' },
    ...entries.map((e) =>
      el(
        'li',
        { class: active.has(e.id) ? 'in-force' : '', 'data-rule-set': e.id },
        el('time', { datetime: e.effectiveFrom }, e.effectiveFrom),
        ' ',
        el('code', {}, e.id),
        active.has(e.id) ? el('span', { class: 'badge' }, inForceWord) : null,
        e.statuses['unverified'] ? el('span', { class: 'badge unverified' }, `⚠ ${unverifiedWord}: ${e.statuses['unverified']}`) : null,
        whatChanged(e, tr),
      ),
    ),
  );
}

/** A rule set's title and summary, each marked English where it was not translated. */
function whatChanged(e: TimelineEntry, tr: Translator): HTMLElement {
  const title = ruleSetTitle(tr.t, e);
  const summary = ruleSetSummary(tr.t, e);
  return el('div', { class: 'what' }, el('strong', langOf(tr, title, e.title), title), ' — ', el('span', langOf(tr, summary, e.summary), summary));
}
