import { bucharestInstant, createTranslator, evaluate, type Result } from '../index.js';
import { EVALUATE_FLAGS, evaluateOptionsFromFlags } from './evaluate-flags.js';
import { takeRef } from './case-ref.js';
import { EXIT } from './exit-status.js';
import { safeText } from './safe-text.js';
import { assumptionsLine } from './assumptions-line.js';
import type { CliIo } from './io.js';
import { parseCommandArgs } from './parse-command-args.js';
import { readCaseInput } from './read-case-input.js';
import { renderDeadlines, type DeadlinesView } from './render-deadlines.js';
import { writeIcs } from './write-ics.js';

/**
 * `dv-rules deadlines [file|-] [--as-of ISO] [--json] [--ics FILE] [evaluate's flags]`: the case
 * clock of a case. It evaluates the case with the public `evaluate` (so the deadlines are exactly
 * `evaluate(...).deadlines`) and prints them with the protection gaps, the orders' end times and
 * who makes the initial assessment, and the result's warnings, in the language of `--lang` (or of
 * `--labels`). Without `--as-of` the statuses are judged at the current time, read here and only
 * here (the library never reads the clock), and the output says so.
 *
 * With `--json` it prints `{ asOf, deadlines, protectionGaps, provisionalOrderEndsAt,
 * protectionOrderEndsAt, caseManagement, steps, receipt }` (`steps`: the next steps that have a
 * deadline; `receipt`: the result's). With `--ics FILE` it also writes the pending deadlines
 * that have a due time as an iCalendar file (see `writeIcs`), before printing anything.
 *
 * @param args - the arguments after `deadlines`
 * @param io - where to read and write
 * @param now - the clock, for the default `--as-of` (tests pass a fixed one)
 * @returns 0 with a result
 * @throws DvRulesError from `evaluate` (`INVALID_CASE`, `EVENTS_OUT_OF_ORDER`, `INVALID_OPTIONS`,
 *   `NO_RULE_SET_IN_FORCE`), `INVALID_ARGUMENTS` for bad flags, `OUTPUT_WRITE_FAILED` for an
 *   unwritable `--ics` file
 * @example
 * await commandDeadlines(['case.json', '--as-of', '2025-03-30T12:00:00+03:00'], io)
 * //=> 0, having printed 'opp-end … due 2025-04-02 11:00 EEST … pending …'
 * @since 0.1.0
 */
export async function commandDeadlines(args: readonly string[], io: CliIo, now: () => Date = () => new Date()): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, { json: { type: 'boolean' }, ics: { type: 'string' }, ...EVALUATE_FLAGS }, 1);
  const { ref, case: input } = takeRef(await readCaseInput(positionals[0], io, 'deadlines'));
  const asOfFromClock = values['as-of'] === undefined;
  // Whole seconds in Bucharest time: the form every instant of a result takes.
  const clock = asOfFromClock ? bucharestInstant(Math.floor(now().getTime() / 1000) * 1000) : undefined;
  const options = await evaluateOptionsFromFlags(values, clock);
  const result = await evaluate(input, options);
  const view = deadlinesView(result);

  // The words `evaluate` used: the result's language and the agency's pack, if one was given.
  const tr = createTranslator(result.receipt.options.lang, options.labels);
  let written: { file: string; events: number } | undefined;
  if (values.ics !== undefined) written = { file: values.ics, events: await writeIcs(values.ics, view.deadlines, view.asOf, view.steps ?? [], tr) };

  if (values.json) io.out(`${JSON.stringify(view, null, 2)}\n`);
  else {
    const register = result.receipt.options.register;
    if (ref !== undefined) io.out(`ref: ${safeText(ref)}\n`);
    io.out(renderDeadlines(view, { asOfFromClock, appliesProposedLaw: result.appliesProposedLaw, ics: written, color: io.color, tr, warnings: result.warnings, register, assumptions: assumptionsLine(result.receipt.options.assumptions, tr) }));
  }
  return EXIT.ok;
}

function deadlinesView(result: Result): DeadlinesView {
  return {
    // Always set: the flag's value or the clock's.
    asOf: result.asOf ?? '',
    deadlines: result.deadlines,
    protectionGaps: result.protectionGaps,
    provisionalOrderEndsAt: result.provisionalOrder.endsAt,
    protectionOrderEndsAt: result.protectionOrder.endsAt,
    caseManagement: result.caseManagement,
    // The next steps that belong to a deadline.
    steps: result.nextSteps.filter((x) => x.deadline !== null),
    receipt: result.receipt,
  };
}
