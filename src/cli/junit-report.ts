import type { FixtureOutcome, FixtureReport } from '../index.js';
import { fixtureOutcomeLines } from './fixture-outcome-lines.js';
import { refusalLines, type Refusal } from './refusal-lines.js';

const HEAD = '<?xml version="1.0" encoding="UTF-8"?>';
/** Why a folder's testcase is skipped. */
const SKIPPED = 'marked .not-fixtures: it holds no fixtures';

/**
 * A fixture report as JUnit XML, the format GitLab (`artifacts:reports:junit`), Jenkins (`junit`)
 * and most CI systems display: one `<testsuite>` per fixture file, one `<testcase>` per fixture
 * (`classname` and `file` the fixture file, `name` the fixture's sentence), a `<failure>` whose
 * text is the mismatch paths with the expected and actual values, or the error the evaluation was
 * refused with and its paths. A folder passed over (marked `.not-fixtures`) is a testcase of its
 * own with `<skipped/>` and the reason. Every text is XML-escaped and characters XML 1.0 does not
 * allow (control characters) are removed.
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
  const skipped = report.skipped.length > 0 ? ` skipped="${report.skipped.length}"` : '';
  const lines = [HEAD, `<testsuites name="dv-rules fixtures" tests="${report.results.length + report.skipped.length}" failures="${report.failed}"${skipped}>`];
  for (const dir of report.skipped) {
    lines.push(
      `  <testsuite name="${xml(dir)}" tests="1" failures="0" skipped="1">`,
      `    <testcase classname="${xml(dir)}" name="${xml(dir)}" file="${xml(dir)}">`,
      `      <skipped message="${xml(SKIPPED)}"/>`,
      '    </testcase>',
      '  </testsuite>',
    );
  }
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

/**
 * The JUnit report of a run that was refused before any fixture ran (a fixture file that is not
 * valid, too large or unreadable; a bad `--rule-set`): one testcase naming the file, with an
 * `<error>` of the error's code, message and paths. So a CI job that publishes the report whatever
 * the exit status (GitLab's `when: always`) shows why, instead of a broken file.
 *
 * @param refusal - the error (a `DvRulesError`, or `INTERNAL_ERROR` data)
 * @returns the XML document, ending with a newline
 * @example
 * junitRefusalReport(new DvRulesError('INVALID_FIXTURE', 'runFixtures: the fixture file bad.yaml is invalid', [{ path: 'fixtures[0].expect', message: 'Give exactly one of expect and expectError' }], 'bad.yaml'))
 * //=> '… <testcase classname="bad.yaml" name="bad.yaml is refused: INVALID_FIXTURE" file="bad.yaml">\n      <error type="INVALID_FIXTURE" …'
 * @since 0.1.0
 */
export function junitRefusalReport(refusal: Refusal): string {
  const { file, name, message, lines: why } = refusalLines(refusal);
  return `${[
    HEAD,
    '<testsuites name="dv-rules fixtures" tests="1" failures="0" errors="1">',
    `  <testsuite name="${xml(file)}" tests="1" failures="0" errors="1">`,
    `    <testcase classname="${xml(file)}" name="${xml(name)}" file="${xml(file)}">`,
    `      <error type="${xml(refusal.code)}" message="${xml(message)}">${xml(why.join('\n'))}</error>`,
    '    </testcase>',
    '  </testsuite>',
    '</testsuites>',
  ].join('\n')}\n`;
}

// Characters XML 1.0 does not allow at all (C0 controls but tab, line feed and carriage return;
// lone surrogates; U+FFFE and U+FFFF), and C1 controls and DEL, which it allows but no reader wants.
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const ENTITY: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

function xml(text: string): string {
  return text.replace(NOT_XML, '').replace(/[&<>"']/g, (c) => ENTITY[c] ?? c);
}
