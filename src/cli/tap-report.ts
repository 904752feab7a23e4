import { stringify } from 'yaml';
import type { FixtureReport } from '../index.js';
import { fixtureOutcomeLines } from './fixture-outcome-lines.js';
import { safeText } from './safe-text.js';

/**
 * A fixture report as TAP version 13: the plan, one `ok`/`not ok` line per fixture (`file › name`)
 * and, under a failure, a YAML block with its mismatch lines. A folder marked `.not-fixtures` is
 * a comment line.
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
    const block = stringify({ message: r.error ? 'evaluation refused' : 'mismatches', file: safeText(r.file), details: fixtureOutcomeLines(r) }, { lineWidth: 0 });
    lines.push('  ---', ...block.trimEnd().split('\n').map((l) => `  ${l}`), '  ...');
  }
  lines.push(`# ${report.passed} passed, ${report.failed} failed`);
  return `${lines.join('\n')}\n`;
}

/** A TAP description is one line, and `#` would start a directive. */
function oneLine(text: string): string {
  return safeText(text).replace(/#/g, '\\#');
}
