// Renders the next-steps flow chart (docs/next-steps.svg) and the steps table of docs/next-steps.md
// from the rule sets under rules/ro-police-intervention and rules/ro-referrals, so neither can drift
// from the data. `node scripts/next-steps-chart.mjs` rewrites both; test/next-steps/chart.test.ts
// fails when either is stale.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const SERIES = ['ro-police-intervention', 'ro-referrals'];
const en = JSON.parse(readFileSync(join(root, 'labels/en.json'), 'utf8')).labels;

/** Every version of a series, oldest first. */
function versions(series) {
  return readdirSync(join(root, 'rules', series))
    .filter((f) => /^\d{4}-\d{2}-\d{2}\.json$/.test(f))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(root, 'rules', series, f), 'utf8')))
    .filter((rs) => rs.status === 'in-force');
}

const leaves = (c) => ('all' in c ? c.all.flatMap(leaves) : 'any' in c ? c.any.flatMap(leaves) : 'not' in c ? leaves(c.not) : [c]);
const isCircumstance = (l) => Array.isArray(l.value) && l.value.includes('unknown');

// The words of the branch conditions (what the case decided), for the chart's column headings.
const WORDS = {
  'regime equal law-217-2003': 'Law 217/2003 case',
  'regime equal law-26-2024': 'Law 26/2024 case',
  'riskDetermination equal imminent-risk': 'imminent risk',
  'riskDetermination in no-imminent-risk,unavailable': 'no imminent risk established',
  'riskDetermination in imminent-risk,no-imminent-risk': 'risk assessed',
  'provisionalOrder equal eligible': 'provisional order issued',
  'provisionalOrder equal ineligible': 'no provisional order (no risk, or the victim opposes)',
  'provisionalOrder in eligible,ineligible': 'court-order route',
};
const leafKey = (l) => `${l.fact} ${l.operator} ${Array.isArray(l.value) ? l.value.join(',') : String(l.value)}`;
const branchOf = (rule) => leaves(rule.conditions).filter((l) => !isCircumstance(l)).map((l) => WORDS[leafKey(l)] ?? leafKey(l)).join(' · ') || 'every case';
const ifOf = (rule) => leaves(rule.conditions).filter(isCircumstance).map((l) => `if ${en[`message.condition.${l.fact}.${l.value.find((v) => v !== 'unknown')}`] ?? l.fact}`);
const actorOf = (rule) => en[`ui.next-steps.actor.${rule.event.params?.actor}`] ?? rule.event.params?.actor ?? '';
const statusOf = (rule) => rule.event.params?.status ?? '';
const title = (id) => id.replace(/-/g, ' ').replace(/^./, (c) => c.toUpperCase());
const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Splits a text into lines of at most `width` characters, at spaces. */
function wrap(text, width) {
  const out = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line !== '' && line.length + 1 + word.length > width) {
      out.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  if (line !== '') out.push(line);
  return out;
}

/**
 * The flow chart of the latest version of each series, as SVG: the risk assessment on top, one
 * column per branch (the conditions on what the case decided), the branch's steps below it in the
 * rule set's order, each with its actor, its "if" circumstances, its deadline and its status.
 *
 * @returns the SVG text
 */
export function renderNextStepsSvg() {
  const rules = SERIES.flatMap((s) => versions(s).at(-1)?.rules ?? []).filter((r) => r.event.type === 'step' || r.event.type === 'child-protection');
  const ids = SERIES.map((s) => versions(s).at(-1)?.id).join(' and ');
  const columns = [];
  for (const rule of rules) {
    const b = branchOf(rule);
    let col = columns.find((c) => c.branch === b);
    if (!col) columns.push((col = { branch: b, rules: [] }));
    col.rules.push(rule);
  }
  const W = 230, GAP = 20, LINE = 14, PAD = 8, TOP = 120;
  const width = columns.length * (W + GAP) + GAP;
  const parts = [];
  let height = 0;
  columns.forEach((col, i) => {
    const x = GAP + i * (W + GAP);
    const head = wrap(col.branch, 30);
    const headH = head.length * LINE + 2 * PAD;
    parts.push(`<path d="M ${width / 2} 70 L ${x + W / 2} ${TOP - 4}" class="arrow"/>`);
    parts.push(`<rect x="${x}" y="${TOP}" width="${W}" height="${headH}" rx="14" class="branch"/>`);
    head.forEach((l, k) => parts.push(`<text x="${x + W / 2}" y="${TOP + PAD + (k + 1) * LINE - 3}" class="b">${esc(l)}</text>`));
    let y = TOP + headH + 24;
    for (const rule of col.rules) {
      const lines = [
        ...wrap(`${actorOf(rule)}: ${title(rule.id)}`, 32).map((t) => ({ t, c: 'h' })),
        ...ifOf(rule).flatMap((t) => wrap(t, 34)).map((t) => ({ t, c: 'if' })),
        ...(rule.event.params?.deadline ? [{ t: `deadline: ${rule.event.params.deadline}`, c: 'd' }] : []),
        { t: `status: ${statusOf(rule)}`, c: `s ${statusOf(rule)}` },
      ];
      const h = lines.length * LINE + 2 * PAD;
      parts.push(`<path d="M ${x + W / 2} ${y - 24} L ${x + W / 2} ${y - 4}" class="arrow"/>`);
      parts.push(`<g id="step-${esc(rule.id)}"><title>${esc(rule.id)}: ${esc(rule.description)}</title>`);
      parts.push(`<rect x="${x}" y="${y}" width="${W}" height="${h}" rx="4" class="step ${statusOf(rule)}"/>`);
      lines.forEach((l, k) => parts.push(`<text x="${x + PAD}" y="${y + PAD + (k + 1) * LINE - 3}" class="${l.c}">${esc(l.t)}</text>`));
      parts.push('</g>');
      y += h + 24;
    }
    height = Math.max(height, y);
  });
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif" font-size="11">`,
    `<!-- Generated by scripts/next-steps-chart.mjs from ${esc(ids)}. Do not edit by hand. -->`,
    '<defs><marker id="a" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="6" markerHeight="6" orient="auto"><path d="M 0 0 L 10 5 L 0 10 z"/></marker></defs>',
    '<style>.arrow{stroke:#555;fill:none;marker-end:url(#a)}.branch{fill:#e8eef7;stroke:#36c}.step{fill:#fff;stroke:#555}.step.seed{stroke-dasharray:4 2}.b{text-anchor:middle;font-weight:bold}.h{font-weight:bold}.if{font-style:italic;fill:#a50}.d{fill:#036}.s{fill:#555}</style>',
    `<rect x="${width / 2 - 160}" y="20" width="320" height="50" rx="25" class="branch"/>`,
    `<text x="${width / 2}" y="42" class="b">Police risk assessment at the scene</text>`,
    `<text x="${width / 2}" y="58" text-anchor="middle">${esc(ids)}; dashed: seed (practice, not law)</text>`,
    ...parts,
    '</svg>',
    '',
  ].join('\n');
}

/**
 * The table of every step of every version: id, who, the conditions (what the case decided, and
 * the circumstances it holds "if"), its deadline, its status, its source, and the versions it is in.
 *
 * @returns Markdown lines
 */
export function renderStepsTable() {
  const rows = new Map();
  for (const series of SERIES) {
    for (const rs of versions(series)) {
      for (const rule of rs.rules) {
        const key = `${series}/${rule.id}`;
        const row = rows.get(key) ?? { series, rule, from: rs.effectiveFrom, in: [] };
        row.rule = rule;
        row.in.push(rs.effectiveFrom);
        rows.set(key, row);
      }
    }
  }
  const cite = (c) => (c.href ? `[${c.title}${c.article ? `, ${c.article}` : ''}](${c.href})` : `${c.title}${c.article ? `, ${c.article}` : ''}`);
  const out = ['| step | who | applies when | deadline | status | source | in versions from |', '|---|---|---|---|---|---|---|'];
  for (const { series, rule, in: dates } of rows.values()) {
    const kind = rule.event.type === 'step' ? '' : ` (${rule.event.type})`;
    const when = [branchOf(rule), ...ifOf(rule)].join('; ');
    out.push(`| \`${rule.id}\`${kind} | ${actorOf(rule) || '-'} | ${when} | ${rule.event.params?.deadline ? `\`${rule.event.params.deadline}\`` : '-'} | ${statusOf(rule) || 'see parameters'} | ${cite(rule.citation)} | ${series}: ${dates.join(', ')} |`);
  }
  return out;
}

const START = '<!-- steps-table:start (generated by scripts/next-steps-chart.mjs) -->';
const END = '<!-- steps-table:end -->';

/** docs/next-steps.md with its generated table replaced. */
export function renderNextStepsPage() {
  const page = readFileSync(join(root, 'docs/next-steps.md'), 'utf8');
  const a = page.indexOf(START);
  const b = page.indexOf(END);
  if (a < 0 || b < a) throw new Error('docs/next-steps.md lacks the steps-table markers');
  return `${page.slice(0, a + START.length)}\n${renderStepsTable().join('\n')}\n${page.slice(b)}`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(join(root, 'docs/next-steps.svg'), renderNextStepsSvg());
  writeFileSync(join(root, 'docs/next-steps.md'), renderNextStepsPage());
  console.log('docs/next-steps.svg and docs/next-steps.md written');
}
