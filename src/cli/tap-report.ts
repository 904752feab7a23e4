import { stringify } from 'yaml';
import type { FixtureReport } from '../index.js';
import { fixtureOutcomeLines } from './fixture-outcome-lines.js';
import { refusalLines, type Refusal } from './refusal-lines.js';
import { safeText } from './safe-text.js';

/**
 * A fixture report as TAP version 13: the plan, one `ok`/`not ok` line per fixture (`file › name`)
 * and, under a failure, a YAML block with its mismatch lines (or the error and its paths). A folder
 * marked `.not-fixtures` is a comment line.
 *
 * @param report - what `runFixtures` returned
 * @returns the TAP text, ending with a newline
 * @example
 * tapReport(report).split('\n').slice(0, 3) //=> ['TAP version 13', '1..2', 'ok 1 - fixtures/a.yaml › On 2019-03-01 …']
 * @since 0.1.0
 */
export function tapReport(report: FixtureReport): string {
  const lines = ['TAP version 13', `1..${report.results.length}`];
  for (const dir of report.skipped) lines.push(`# skipped ${oneLine(dir)} (marked .not-fixtures)`);
  for (const [i, r] of report.results.entries()) {
    lines.push(`${r.passed ? 'ok' : 'not ok'} ${i + 1} - ${oneLine(`${r.file} › ${r.name}`)}`);
    if (r.passed) continue;
    lines.push(...block({ message: r.error ? 'evaluation refused' : 'mismatches', file: safeText(r.file), details: fixtureOutcomeLines(r) }));
  }
  lines.push(`# ${report.passed} passed, ${report.failed} failed`);
  return `${lines.join('\n')}\n`;
}

/**
 * The TAP report of a run refused before any fixture ran (a fixture file that is not valid, too
 * large or unreadable; a bad `--rule-set`): one `not ok` test naming the file, with a YAML block of
 * the error's code, message and paths, so a CI job that reads the report sees why.
 *
 * @param refusal - the error (see `refusalOf`)
 * @returns the TAP text, ending with a newline
 * @example
 * tapRefusalReport(refusalOf(e)).split('\n').slice(0, 3) //=> ['TAP version 13', '1..1', 'not ok 1 - bad.yaml is refused: INVALID_FIXTURE']
 * @since 0.1.0
 */
export function tapRefusalReport(refusal: Refusal): string {
  const { file, name, message, lines: details } = refusalLines(refusal);
  return `${['TAP version 13', '1..1', `not ok 1 - ${oneLine(name)}`, ...block({ message, code: refusal.code, file, details }), '# 0 passed, 0 failed, 1 refused'].join('\n')}\n`;
}

/** A YAML block under a `not ok` line. */
function block(data: Record<string, unknown>): string[] {
  return ['  ---', ...stringify(data, { lineWidth: 0 }).trimEnd().split('\n').map((l) => `  ${l}`), '  ...'];
}

/** A TAP description is one line, and `#` would start a directive. */
function oneLine(text: string): string {
  return safeText(text).replace(/#/g, '\\#');
}
