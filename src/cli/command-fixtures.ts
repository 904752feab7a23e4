import { createTranslator, pluralKey, type FixtureReport, type LoadedRuleSet, type Translator } from '../index.js';
import { langFlag } from './lang-flag.js';
import { refuseNonRegularFile } from './regular-file.js';
import { loadRuleSetFile, runFixtures } from '../node/index.js';
import { EXIT } from './exit-status.js';
import type { CliIo } from './io.js';
import { parseCommandArgs, usageError } from './parse-command-args.js';
import { fixtureOutcomeLines } from './fixture-outcome-lines.js';
import { junitRefusalReport, junitReport } from './junit-report.js';
import { refusalOf } from './refusal-lines.js';
import { safeText } from './safe-text.js';
import { tapRefusalReport, tapReport } from './tap-report.js';

/**
 * `dv-rules fixtures <paths…> [--rule-set FILE]... [--reporter text|json|junit|tap] [--json]`: runs
 * fixture files and folders (with the caller's own rule sets, validated like the shipped ones, when
 * `--rule-set` is given), prints one line per fixture (`ok   <file> › <name>` or `FAIL <file> › <name>`
 * with its mismatches indented below) and a last line `N passed, M failed`; with `--json` or
 * `--reporter json`, prints the report object instead; `--reporter junit` JUnit XML (`junitReport`),
 * `--reporter tap` TAP 13 (`tapReport`). When the run is refused (an invalid fixture file, a bad
 * `--rule-set`), JUnit and TAP still write a report whose one test is the refusal, and the error
 * is thrown as ever.
 *
 * @param args - the arguments after `fixtures`
 * @param io - where to write
 * @returns 0 when every fixture passed, 1 when any failed
 * @throws DvRulesError `INVALID_ARGUMENTS` without paths; `INVALID_RULE_SET` for a bad `--rule-set`; `INVALID_FIXTURE` / `FILE_NOT_READABLE`
 *   from `runFixtures` (the CLI prints them on standard error and exits with 2)
 * @example
 * await commandFixtures(['fixtures/examples'], io) //=> 0, having printed '… 8 passed, 0 failed'
 * @since 0.1.0
 */
export async function commandFixtures(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    args,
    { json: { type: 'boolean' }, reporter: { type: 'string' }, 'rule-set': { type: 'string', multiple: true }, lang: { type: 'string' } },
    Infinity,
  );
  const reporter = values.reporter ?? (values.json ? 'json' : 'text');
  if (!Object.hasOwn(REPORTERS, reporter) || (values.json && reporter !== 'json')) throw usageError('--reporter must be text, json, junit or tap (--json is --reporter json)');
  const tr = createTranslator(langFlag(values.lang));
  let report: FixtureReport;
  try {
    report = await run(positionals, values['rule-set'] ?? []);
  } catch (e) {
    // A machine reporter's file is still a report when the run is refused (a CI job may publish it
    // whatever the exit status): the refusal is its one test. The error goes on standard error too.
    if (reporter === 'junit') io.out(junitRefusalReport(refusalOf(e)));
    if (reporter === 'tap') io.out(tapRefusalReport(refusalOf(e)));
    throw e;
  }
  // --lang words the text reporter; JUnit, TAP and JSON are for machines and stay as they are.
  io.out(reporter === 'text' ? renderReport(report, tr) : REPORTERS[reporter as keyof typeof REPORTERS](report));
  return report.failed === 0 ? EXIT.ok : EXIT.failed;
}

/** Loads the caller's rule sets and runs the fixtures; throws what refuses the run. */
async function run(positionals: readonly string[], ruleSetFiles: readonly string[]): Promise<FixtureReport> {
  if (positionals.length === 0) throw usageError('fixtures needs at least one fixture file or folder');
  const ruleSets: LoadedRuleSet[] = [];
  for (const file of ruleSetFiles) {
    await refuseNonRegularFile(file, '--rule-set');
    ruleSets.push(await loadRuleSetFile(file));
  }
  for (const path of positionals) await refuseNonRegularFile(path, 'fixtures');
  return runFixtures(positionals, { ruleSets });
}

/** The text form of a report, one line per fixture and the totals last. */
function renderReport(report: FixtureReport, tr: Translator = createTranslator('en')): string {
  const { t } = tr;
  const lines = report.skipped.map((dir) => t('ui.cli.fixtures.skip', { dir: safeText(dir) }));
  lines.push(...report.results.flatMap((r) => [`${t(r.passed ? 'ui.cli.fixtures.ok' : 'ui.cli.fixtures.fail')} ${safeText(r.file)} › ${safeText(r.name)}`, ...fixtureOutcomeLines(r, tr).map((l) => `    ${l}`)]));
  const counted = (key: string, count: number): string => t(pluralKey(tr.lang, key, count), { count });
  lines.push(t('ui.cli.fixtures.totals', { passed: counted('ui.cli.fixtures.passed', report.passed), failed: counted('ui.cli.fixtures.failed', report.failed) }));
  return `${lines.join('\n')}\n`;
}

const REPORTERS = {
  text: renderReport,
  json: (report: FixtureReport) => `${JSON.stringify(report, null, 2)}\n`,
  junit: junitReport,
  tap: tapReport,
} as const;
