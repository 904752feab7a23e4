import { createTranslator, languageSchema, pluralKey, relationshipSchema, type EvaluateOptions } from '../index.js';
import { evaluateOptionsFromFlags } from './evaluate-flags.js';
import { EXIT } from './exit-status.js';
import type { CliIo } from './io.js';
import { parseCommandArgs, usageError } from './parse-command-args.js';
import { bucharestDay, isCalendarDay } from './train/bucharest-clock.js';
import { lineSourceFromStream, type LineSource } from './train/line-source.js';
import { readScenarios } from './train/read-scenarios.js';
import { scenarioPaths } from './train/builtin-scenarios.js';
import { runFreeSession } from './train/run-free-session.js';
import { runQuiz } from './train/run-quiz.js';
import { createTrainSession } from './train/train-session.js';

const FLAGS = {
  quiz: { type: 'boolean' },
  scenario: { type: 'string', multiple: true },
  lang: { type: 'string' },
  labels: { type: 'string' },
  reveal: { type: 'boolean' },
  date: { type: 'string' },
  relationship: { type: 'string' },
} as const;

/**
 * `CliIo` as it may grow (a proposed change to io.ts and main.ts): a line reader for
 * interactive commands and whether standard input is a terminal. Until it does, the session reads
 * `process.stdin` itself.
 */
type LineIo = CliIo & { readLines?: () => LineSource; stdinIsTTY?: boolean };

/** Where a session reads answers; by default standard input, echoed when it is not a terminal. */
export interface TrainInput {
  lines?: LineSource;
  /** Echo each answer after its prompt (default: when standard input is not a terminal). */
  echo?: boolean;
  /** The clock, for the default `--date` (tests pass a fixed one). */
  now?: () => Date;
}

/**
 * `dv-rules train [--quiz] [--scenario builtin|FILE]... [--lang ro|en] [--labels FILE] [--reveal]
 * [--date YYYY-MM-DD] [--relationship R]`: an interactive training session in the terminal. Without `--scenario`, the
 * free mode asks the police form's items one by one and shows the running count, the moment
 * imminent risk is established or excluded, and the consequences on `--date` (default: today in
 * Europe/Bucharest, read here and only here) for `--relationship` (default `spouse`). With
 * `--scenario`, a quiz over the scenarios of the files (see docs/training.md); `--scenario builtin`
 * or `--quiz` alone is a quiz over the scenarios shipped in the package; `--reveal` shows
 * the answers without asking. Lines are read one at a time; when input ends the session stops
 * with a message and exit status 0.
 *
 * @param args - the arguments after `train`
 * @param io - where to write (and whether colour is allowed)
 * @param input - where answers come from; by default standard input through `node:readline`
 * @returns 0 at the end of a session, however it ended
 * @throws DvRulesError `INVALID_ARGUMENTS` for bad flags; `INVALID_FIXTURE` / `FILE_NOT_READABLE`
 *   for scenario files; `INVALID_LABEL_PACK`, `INVALID_OPTIONS`, `NO_RULE_SET_IN_FORCE` from the API
 * @example
 * await commandTrain(['--date', '2025-06-01'], io, { lines: lineSourceFromLines(['y', 'y', 'q']) })
 * //=> 0, having printed '… Imminent risk is now established: no later answer can remove it.'
 * @since 0.1.0
 */
export async function commandTrain(args: readonly string[], io: CliIo, input: TrainInput = {}): Promise<number> {
  const { values } = parseCommandArgs(args, FLAGS, 0);
  const quiz = values.scenario !== undefined || values.quiz === true;
  if (values.lang !== undefined && !languageSchema.safeParse(values.lang).success) throw usageError('--lang must be ro or en');
  if (values.reveal && !quiz) throw usageError('--reveal goes with the quiz', 'add --quiz (the shipped scenarios) or --scenario FILE');
  if (quiz && (values.date !== undefined || values.relationship !== undefined)) {
    throw usageError('--date and --relationship are for the free mode; a scenario carries its own');
  }
  if (values.date !== undefined && !isCalendarDay(values.date)) throw usageError('--date must be a day written YYYY-MM-DD');
  const relationship = relationshipSchema.safeParse(values.relationship ?? 'spouse');
  if (!relationship.success) throw usageError(`--relationship must be one of: ${relationshipSchema.options.join(', ')}`);

  const options: EvaluateOptions = await evaluateOptionsFromFlags({ lang: values.lang, labels: values.labels });
  const lang = options.lang ?? options.labels?.pack.lang ?? 'en';
  if (options.labels && options.labels.pack.lang !== lang) throw usageError(`the label pack is for "${options.labels.pack.lang}", --lang is "${lang}"`);
  const scenarios = quiz ? await readScenarios(scenarioPaths(values.scenario ?? [])) : undefined;
  const lineIo: LineIo = io;
  const lines = input.lines ?? lineIo.readLines?.() ?? lineSourceFromStream(process.stdin);
  const echo = input.echo ?? (input.lines !== undefined || !(lineIo.stdinIsTTY ?? Boolean(process.stdin.isTTY)));
  const session = createTrainSession(createTranslator(lang, options.labels), { out: io.out, color: io.color, lines, echo });
  try {
    if (scenarios) {
      if (scenarios.leftOut > 0) session.say(session.t(pluralKey(lang, 'ui.train.quiz.left-out', scenarios.leftOut), { count: scenarios.leftOut }));
      await runQuiz(scenarios.scenarios, options, values.reveal ?? false, session);
    } else {
      const date = values.date ?? bucharestDay((input.now ?? (() => new Date()))());
      await runFreeSession({ date, relationship: relationship.data }, options, session);
    }
  } finally {
    lines.close();
  }
  return EXIT.ok;
}
