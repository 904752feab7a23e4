// The shipped rule sets as the generated pages see them: every dated file under rules/, in the
// order its law took effect (then by id), with its parameters counted by source status. Shared by
// scripts/legal-timeline.mjs (docs/legal-timeline.md) and scripts/build-playground.mjs (the
// playground's timeline strip), so that the page and the doc list the same sets in the same order.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * @param {string} root - the repository (or package) folder holding rules/
 * @returns {{ file: string, rs: any }[]} each rule-set file (`rules/<series>/<date>.json`) and its parsed JSON
 */
export function readRuleSetFiles(root) {
  return readdirSync(join(root, 'rules'), { recursive: true })
    .map(String)
    .filter((f) => /\d{4}-\d{2}-\d{2}\.json$/.test(f))
    .map((f) => ({ file: `rules/${f.split('\\').join('/')}`, rs: JSON.parse(readFileSync(join(root, 'rules', f), 'utf8')) }))
    .sort((a, b) => a.rs.effectiveFrom.localeCompare(b.rs.effectiveFrom) || a.rs.id.localeCompare(b.rs.id));
}

/**
 * @param {any} rs - a rule set
 * @returns {Record<'confirmed' | 'reported' | 'seed' | 'unverified', number>} its parameters by source status
 */
export function parameterStatusCounts(rs) {
  const n = { confirmed: 0, reported: 0, seed: 0, unverified: 0 };
  for (const p of Object.values(rs.parameters)) n[p.status] += 1;
  return n;
}

/**
 * The timeline entries the playground draws: one per rule set, in effective-date order.
 *
 * @param {string} root - the repository folder
 * @returns {{ id: string, series: string, kind: string, effectiveFrom: string, title: string, summary: string, status: string, statuses: Record<string, number> }[]}
 */
export function timelineEntries(root) {
  return readRuleSetFiles(root).map(({ rs }) => ({
    id: rs.id,
    series: rs.series,
    kind: rs.kind,
    effectiveFrom: rs.effectiveFrom,
    title: rs.title,
    summary: rs.summary,
    status: rs.status,
    statuses: parameterStatusCounts(rs),
  }));
}
