import type { FieldChange } from './compare-results.js';
import { safeText } from '../safe-text.js';

/** What `dv-rules impact` found, and prints as is with `--format json`. */
export interface ImpactReport {
  /** What was compared: the flags that make the change. */
  change: { ruleSets: string[]; includeProposed: boolean; lawOf: string | null };
  cases: number;
  refused: number;
  changed: number;
  /** Each case whose result changes: where it is, its `ref`, the fields, and the rule sets that made the difference. */
  changes: Array<{ where: string; ref?: string; fields: FieldChange[]; ruleSets: string[] }>;
  /** Each case refused (under either law): where it is and the error's code. */
  refusals: Array<{ where: string; ref?: string; code: string }>;
}

const show = (v: unknown): string => (v === null || v === undefined ? '—' : typeof v === 'string' ? v : JSON.stringify(v));
const label = (c: { where: string; ref?: string | undefined }): string => safeText(c.ref === undefined ? c.where : `${c.ref} (${c.where})`);

/**
 * The impact report as text: the totals, then each changed case with its fields, from what to what,
 * and under which rule sets.
 *
 * @param r - the report
 * @returns the text, ending with a newline
 * @example
 * renderImpactText(report).split('\n')[0] //=> '12 cases: 3 change, 0 refused'
 * @since 0.1.0
 */
export function renderImpactText(r: ImpactReport): string {
  const lines = [`${r.cases} cases: ${r.changed} change, ${r.refused} refused`];
  for (const c of r.changes) {
    lines.push('', label(c));
    for (const f of c.fields) lines.push(`  ${f.field}: ${safeText(show(f.from))} → ${safeText(show(f.to))}`);
    if (c.ruleSets.length > 0) lines.push(`  under ${c.ruleSets.join(', ')}`);
  }
  for (const x of r.refusals) lines.push('', `${label(x)}: refused (${x.code})`);
  return `${lines.join('\n')}\n`;
}

/**
 * The impact report as Markdown, for a merge request comment: the totals and one table row per
 * changed field. Table cells escape `|`, and control characters are removed.
 *
 * @param r - the report
 * @returns the Markdown, ending with a newline
 * @example
 * renderImpactMarkdown(report).split('\n')[0] //=> '### Impact: 3 of 12 cases change'
 * @since 0.1.0
 */
export function renderImpactMarkdown(r: ImpactReport): string {
  const cell = (s: string): string => safeText(s).replace(/\|/g, '\\|');
  const lines = [`### Impact: ${r.changed} of ${r.cases} cases change`, ''];
  if (r.refused > 0) lines.push(`${r.refused} cases were refused.`, '');
  if (r.changes.length > 0) {
    lines.push('| case | field | from | to | under |', '|---|---|---|---|---|');
    for (const c of r.changes) {
      for (const f of c.fields) lines.push(`| ${cell(label(c))} | ${cell(f.field)} | ${cell(show(f.from))} | ${cell(show(f.to))} | ${cell(c.ruleSets.join(', '))} |`);
    }
  }
  return `${lines.join('\n')}\n`;
}
