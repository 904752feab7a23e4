import type { FixtureOutcome, FixtureReport, LoadedRuleSet } from '../index.js';
import { loadRuleSetFile, runFixtures } from '../node/index.js';
import { EXIT } from './exit-status.js';
import type { CliIo } from './io.js';
import { parseCommandArgs, usageError } from './parse-command-args.js';

/** Longest value printed in a mismatch line; the JSON report always carries the whole value. */
const MAX_SHOWN = 200;

/**
 * `dv-rules fixtures <paths…> [--rule-set FILE]... [--json]`: runs fixture files and folders (with
 * the caller's own rule sets, validated like the shipped ones, when `--rule-set` is given), prints one line per
 * fixture (`ok   <file> › <name>` or `FAIL <file> › <name>` with its mismatches indented below)
 * and a last line `N passed, M failed`; with `--json`, prints the report object instead.
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
  const { values, positionals } = parseCommandArgs(args, { json: { type: 'boolean' }, 'rule-set': { type: 'string', multiple: true } }, Infinity);
  if (positionals.length === 0) throw usageError('fixtures needs at least one fixture file or folder');
  const ruleSets: LoadedRuleSet[] = [];
  for (const file of values['rule-set'] ?? []) ruleSets.push(await loadRuleSetFile(file));
  const report = await runFixtures(positionals, { ruleSets });
  if (values.json) io.out(`${JSON.stringify(report, null, 2)}\n`);
  else io.out(renderReport(report));
  return report.failed === 0 ? EXIT.ok : EXIT.failed;
}

/** The text form of a report, one line per fixture and the totals last. */
function renderReport(report: FixtureReport): string {
  const lines = report.skipped.map((dir) => `skip ${dir} (marked .not-fixtures)`);
  lines.push(...report.results.flatMap(renderOutcome));
  lines.push(`${report.passed} passed, ${report.failed} failed`);
  return `${lines.join('\n')}\n`;
}

function renderOutcome(r: FixtureOutcome): string[] {
  const lines = [`${r.passed ? 'ok  ' : 'FAIL'} ${r.file} › ${r.name}`];
  if (r.error) lines.push(`    error ${r.error.code}: ${r.error.message}`);
  for (const m of r.mismatches ?? []) lines.push(`    at ${m.path}: expected ${show(m.expected)}, got ${show(m.actual)}`);
  return lines;
}

function show(value: unknown): string {
  if (value === undefined) return 'nothing';
  const text = JSON.stringify(value);
  return text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN - 1)}…` : text;
}
