import { evaluateMany, type BatchItem, type EvaluateOptions } from '../index.js';
import { EVALUATE_FLAGS, evaluateOptionsFromFlags } from './evaluate-flags.js';
import { EXIT } from './exit-status.js';
import { changedRuleSets, compareResults } from './impact/compare-results.js';
import { impactErrorOf, readImpactCases } from './impact/read-impact-cases.js';
import { renderImpactMarkdown, renderImpactText, type ImpactReport } from './impact/render-impact.js';
import type { CliIo } from './io.js';
import { parseCommandArgs, usageError } from './parse-command-args.js';
import { progressLine } from './progress-line.js';
import { lawOfRuleSets, withoutRuleSet, type Replacement } from './impact/law-of-rule-sets.js';
import { isCalendarDay } from './train/bucharest-clock.js';
import { langFlag } from './lang-flag.js';

// Every flag of evaluate that decides a result; the words (--register, --labels) do not, --lang is the
// report's, and the engine changes nothing (both give the same results; impact runs the compiled one).
const { lang: _lang, register: _register, labels: _labels, engine: _engine, ...DECIDING_FLAGS } = EVALUATE_FLAGS;
const FLAGS = { ...DECIDING_FLAGS, 'law-of': { type: 'string' }, change: { type: 'string' }, format: { type: 'string' }, json: { type: 'boolean' }, lang: { type: 'string' } } as const;

/**
 * `dv-rules impact CASES... (--rule-set FILE... | --include-proposed | --law-of DATE | --change ID)
 * [--as-of ISO] [--format text|markdown|json]`: evaluates every case twice with `evaluateMany` and
 * reports how many results change and, for each changed case, where it is, which fields changed,
 * from what to what, and which rule set decided each field under each law (so a report that mixes
 * several changes of law stays readable). The two laws: the law as shipped (each case under the law
 * of its own dates) against an agency's or a corrected rule set, the proposed law, or the law in
 * force on DATE for every case (`lawOfRuleSets`); or, with `--change ID`, the shipped law without
 * that one version (`withoutRuleSet`) against the law as shipped, which shows that change alone.
 * No case content is printed: a case is named by its file and line (or fixture) and by its own
 * opaque `ref`. A file or a line that cannot be read, or a case refused under both laws, is an
 * error of the report (exit 2) with its code, message and issues, listed in input order, never a
 * counted case. A progress line is drawn on a terminal.
 *
 * @param args - the arguments after `impact`
 * @param io - where to read and write
 * @returns 0 when no result changes, 1 when any does, 2 when any input was refused
 * @throws DvRulesError `INVALID_ARGUMENTS` without cases or without a change
 * @example
 * await commandImpact(['fixtures/legal-changes', '--change', 'ro-law-217-2003-protection-order/2023-07-23'], io) //=> 1
 * @since 0.1.0
 */
export async function commandImpact(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, FLAGS, Infinity);
  if (positionals.length === 0) throw usageError('impact needs the cases: NDJSON files, case or fixture files, or folders of them');
  const { 'law-of': lawOf, change } = values;
  const changes = [(values['rule-set'] ?? []).length > 0, values['include-proposed'] === true, lawOf !== undefined, change !== undefined].filter(Boolean).length;
  if (changes !== 1) {
    throw usageError(
      changes === 0 ? 'impact needs a change to measure' : 'impact measures one change at a time',
      "give one of --rule-set FILE (an agency's or a corrected rule set), --include-proposed (a bill), --law-of YYYY-MM-DD (the law of that day) or --change RULE-SET-ID (one version of the law)",
    );
  }
  if (lawOf !== undefined && !isCalendarDay(lawOf)) throw usageError('--law-of must be a day written YYYY-MM-DD');
  const lang = langFlag(values.lang);
  const format = values.format ?? (values.json ? 'json' : 'text');
  if (!['text', 'markdown', 'json'].includes(format)) throw usageError('--format must be text, markdown or json');

  const { 'rule-set': ruleSetFiles, 'include-proposed': includeProposed, 'law-of': _l, change: _c, format: _f, json: _j, lang: _g, ...shared } = values;
  const asShipped: EvaluateOptions = await evaluateOptionsFromFlags(shared);
  const assumed = asShipped.assumptions ?? [];
  const replacement: Replacement | undefined = lawOf !== undefined ? lawOfRuleSets(lawOf, assumed) : change !== undefined ? withoutRuleSet(change, assumed) : undefined;
  // The law replaced: its rule sets, and the caller's assumptions as they apply to it (an in-force day
  // that chose the law is spent; a value follows its content).
  const replaced: EvaluateOptions | undefined = replacement === undefined ? undefined : { ...withoutAssumptions(asShipped), ruleSets: replacement.ruleSets, ...(replacement.assumptions.length > 0 ? { assumptions: replacement.assumptions } : {}) };
  // --change reads from the law without the version to the law with it; the others from the law as shipped to the change.
  const before = change !== undefined && replaced !== undefined ? replaced : asShipped;
  const after = change !== undefined ? asShipped : replaced ?? (await evaluateOptionsFromFlags({ ...shared, 'rule-set': ruleSetFiles, 'include-proposed': includeProposed }));
  const names = (side: 'before' | 'after') => (id: string): string | undefined =>
    replacement?.names.has(id) === true && (change !== undefined ? side === 'before' : side === 'after') ? `${id} (as ${replacement.names.get(id) ?? ''})` : undefined;
  const input = await readImpactCases(positionals, io);
  const cases = input.cases;

  const report: ImpactReport = {
    change: { ruleSets: ruleSetFiles ?? [], includeProposed: includeProposed === true, lawOf: lawOf ?? null, without: change ?? null, assumptions: [...assumed] },
    cases: 0,
    changed: 0,
    changes: [],
    errors: [],
    skipped: input.skipped,
  };
  const progress = io.progress ? progressLine(io.err) : undefined;
  const underBefore = evaluateMany(cases.map((c) => c.case), before);
  const underAfter = evaluateMany(cases.map((c) => c.case), after);
  let done = 0;
  // The entries in input order: an input's error where it was read, a case's where it was judged.
  for (const entry of input.entries) {
    if ('error' in entry) {
      report.errors.push(entry);
      continue;
    }
    const a = underBefore.next().value as BatchItem;
    const b = underAfter.next().value as BatchItem;
    const c = cases[a.index];
    if (c === undefined) continue;
    const ref = c.ref === undefined ? {} : { ref: c.ref };
    done += 1;
    progress?.update(done, report.errors.length);
    if ('error' in a && 'error' in b) {
      // Refused under both laws: bad input, not a case whose result changes.
      report.errors.push({ where: c.where, ...ref, error: impactErrorOf(a.error) });
      continue;
    }
    report.cases += 1;
    const fields = 'error' in a || 'error' in b
      ? [{ field: 'outcome', from: 'error' in a ? `refused (${a.error.code})` : 'a result', to: 'error' in b ? `refused (${b.error.code})` : 'a result', ruleSet: { from: null, to: null } }]
      : compareResults(a.result, b.result, names('before'), names('after'));
    if (fields.length > 0) {
      report.changed += 1;
      report.changes.push({ where: c.where, ...ref, fields, ruleSets: changedRuleSets(fields) });
    }
  }
  progress?.clear();
  io.out(format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : format === 'markdown' ? renderImpactMarkdown(report, lang) : renderImpactText(report, lang));
  return report.errors.length > 0 ? EXIT.invalid : report.changed === 0 ? EXIT.ok : EXIT.failed;
}

function withoutAssumptions(o: EvaluateOptions): EvaluateOptions {
  const { assumptions: _a, ...rest } = o;
  return rest;
}
