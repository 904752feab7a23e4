import { evaluateMany, type BatchItem, type EvaluateOptions } from '../index.js';
import { EVALUATE_FLAGS, evaluateOptionsFromFlags } from './evaluate-flags.js';
import { EXIT } from './exit-status.js';
import { changedRuleSets, compareResults } from './impact/compare-results.js';
import { readImpactCases } from './impact/read-impact-cases.js';
import { renderImpactMarkdown, renderImpactText, type ImpactReport } from './impact/render-impact.js';
import type { CliIo } from './io.js';
import { parseCommandArgs, usageError } from './parse-command-args.js';
import { progressLine } from './progress-line.js';
import { lawOfRuleSets } from './impact/law-of-rule-sets.js';
import { isCalendarDay } from './train/bucharest-clock.js';

// Every flag of evaluate that decides a result; the words (--lang, --register, --labels) do not.
const { lang: _lang, register: _register, labels: _labels, ...DECIDING_FLAGS } = EVALUATE_FLAGS;
const FLAGS = { ...DECIDING_FLAGS, 'law-of': { type: 'string' }, format: { type: 'string' }, json: { type: 'boolean' } } as const;

/**
 * `dv-rules impact CASES... (--rule-set FILE... | --include-proposed | --law-of DATE) [--as-of ISO]
 * [--format text|markdown|json]`: evaluates every case twice, under the law as shipped (each case under
 * the law of its own dates) and under the change (an agency's or a corrected rule set, the proposed
 * law, or the law in force on DATE for every case, see `lawOfRuleSets`), with `evaluateMany`, and reports how
 * many results change and, for each changed case, where it is, which fields changed, from what to
 * what, and under which rule sets. No case content is printed: a case is named by its file and line
 * (or fixture) and by its own opaque `ref`. A progress line is drawn on a terminal.
 *
 * @param args - the arguments after `impact`
 * @param io - where to read and write
 * @returns 0 when no result changes, 1 when any does
 * @throws DvRulesError `INVALID_ARGUMENTS` without cases or without a change; the readers' errors (exit 2)
 * @example
 * await commandImpact(['fixtures/legal-changes', '--rule-set', 'corrected.json'], io) //=> 1, having printed '… 3 change …'
 * @since 0.1.0
 */
export async function commandImpact(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, FLAGS, Infinity);
  if (positionals.length === 0) throw usageError('impact needs the cases: NDJSON files, case or fixture files, or folders of them');
  const lawOf = values['law-of'];
  const changes = [(values['rule-set'] ?? []).length > 0, values['include-proposed'] === true, lawOf !== undefined].filter(Boolean).length;
  if (changes !== 1) {
    throw usageError(
      changes === 0 ? 'impact needs a change to measure' : 'impact measures one change at a time',
      "give one of --rule-set FILE (an agency's or a corrected rule set), --include-proposed (a bill) or --law-of YYYY-MM-DD (the law of that day)",
    );
  }
  if (lawOf !== undefined && !isCalendarDay(lawOf)) throw usageError('--law-of must be a day written YYYY-MM-DD');
  const format = values.format ?? (values.json ? 'json' : 'text');
  if (!['text', 'markdown', 'json'].includes(format)) throw usageError('--format must be text, markdown or json');

  const { 'rule-set': ruleSetFiles, 'include-proposed': includeProposed, 'law-of': _lawOf, ...shared } = values;
  const before: EvaluateOptions = await evaluateOptionsFromFlags(shared);
  const law = lawOf === undefined ? undefined : lawOfRuleSets(lawOf);
  const after: EvaluateOptions = law === undefined
    ? await evaluateOptionsFromFlags({ ...shared, 'rule-set': ruleSetFiles, 'include-proposed': includeProposed })
    : { ...before, ruleSets: law.ruleSets };
  const names = (id: string): string => (law?.names.has(id) ? `${id} (as ${law.names.get(id) ?? ''})` : id);
  const cases = await readImpactCases(positionals, io);

  const report: ImpactReport = {
    change: { ruleSets: ruleSetFiles ?? [], includeProposed: includeProposed === true, lawOf: lawOf ?? null },
    cases: cases.length,
    refused: 0,
    changed: 0,
    changes: [],
    refusals: [],
  };
  const progress = io.progress ? progressLine(io.err) : undefined;
  const underAfter = evaluateMany(cases.map((c) => c.case), after);
  let done = 0;
  for (const a of evaluateMany(cases.map((c) => c.case), before)) {
    const b = underAfter.next().value as BatchItem;
    const c = cases[a.index];
    if (c === undefined) continue;
    const ref = c.ref === undefined ? {} : { ref: c.ref };
    if ('error' in a || 'error' in b) {
      report.refused += 1;
      report.refusals.push({ where: c.where, ...ref, code: 'error' in a ? a.error.code : 'error' in b ? b.error.code : '' });
    } else {
      const fields = compareResults(a.result, b.result);
      if (fields.length > 0) {
        report.changed += 1;
        report.changes.push({ where: c.where, ...ref, fields, ruleSets: changedRuleSets(a.result, b.result, law === undefined ? undefined : names) });
      }
    }
    done += 1;
    progress?.update(done, report.refused);
  }
  progress?.clear();
  io.out(format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : format === 'markdown' ? renderImpactMarkdown(report) : renderImpactText(report));
  return report.changed === 0 ? EXIT.ok : EXIT.failed;
}
