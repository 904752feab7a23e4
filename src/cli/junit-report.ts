import type { FixtureOutcome, FixtureReport } from '../index.js';
import { fixtureOutcomeLines } from './fixture-outcome-lines.js';

/**
 * A fixture report as JUnit XML, the format GitLab (`artifacts:reports:junit`), Jenkins (`junit`)
 * and most CI systems display: one `<testsuite>` per fixture file, one `<testcase>` per fixture
 * (`classname` and `file` the fixture file, `name` the fixture's sentence), a `<failure>` whose
 * text is the mismatch paths with the expected and actual values. Every text is XML-escaped and
 * characters XML 1.0 does not allow (control characters) are removed.
 *
 * @param report - what `runFixtures` returned
 * @returns the XML document, ending with a newline
 * @example
 * junitReport({ results: [], skipped: [], passed: 0, failed: 0 })
 * //=> '<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="dv-rules fixtures" tests="0" failures="0">\n</testsuites>\n'
 * @since 0.1.0
 */
export function junitReport(report: FixtureReport): string {
  const byFile = new Map<string, FixtureOutcome[]>();
  for (const r of report.results) byFile.set(r.file, [...(byFile.get(r.file) ?? []), r]);
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="dv-rules fixtures" tests="${report.results.length}" failures="${report.failed}">`,
  ];
  for (const [file, outcomes] of byFile) {
    const failures = outcomes.filter((r) => !r.passed).length;
    lines.push(`  <testsuite name="${xml(file)}" tests="${outcomes.length}" failures="${failures}">`);
    for (const r of outcomes) {
      const head = `    <testcase classname="${xml(file)}" name="${xml(r.name)}" file="${xml(file)}"`;
      if (r.passed) {
        lines.push(`${head}/>`);
        continue;
      }
      const why = fixtureOutcomeLines(r);
      const message = r.error ? `evaluation refused: ${r.error.code}` : `${why.length} mismatch${why.length === 1 ? '' : 'es'}`;
      lines.push(`${head}>`, `      <failure type="${r.error ? 'error' : 'mismatch'}" message="${xml(message)}">${xml(why.join('\n'))}</failure>`, '    </testcase>');
    }
    lines.push('  </testsuite>');
  }
  lines.push('</testsuites>');
  return `${lines.join('\n')}\n`;
}

// Characters XML 1.0 does not allow at all (C0 controls but tab, line feed and carriage return;
// lone surrogates; U+FFFE and U+FFFF), and C1 controls and DEL, which it allows but no reader wants.
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const ENTITY: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

function xml(text: string): string {
  return text.replace(NOT_XML, '').replace(/[&<>"']/g, (c) => ENTITY[c] ?? c);
}
