import { schemaNames, VERSION } from '../index.js';
import { EXIT } from './exit-status.js';
import { wrapText } from './train/wrap-text.js';

interface CommandHelp {
  /** One line or more: how the command is written. */
  usage: string[];
  /** What it does, in a sentence or two. */
  summary: string;
  /** Each flag and what it means. */
  flags: Array<[string, string]>;
  /**
   * Every exit status the command can return, and what it means there: a status it cannot return
   * is not listed. `true` takes the overview's meaning (`EXIT_STATUSES`). Without it: 0, 2 and 70.
   */
  exit?: Partial<Record<ExitStatus, string | true>>;
}

const EVALUATE_FLAG_HELP: Array<[string, string]> = [
  ['--rule-set FILE', 'use your own rule set too (repeatable; validated like the shipped ones)'],
  ['--include-proposed', 'apply proposed law (a bill) as if it were in force'],
  ['--as-of ISO', 'judge deadlines at this instant, with its offset (2024-03-05T10:00:00+02:00)'],
  ['--form-selection seed|law-scope', 'which police form a non-partner case uses from 2024-08-31'],
  ['--hour-term-start clock|next-midnight', 'how hour terms start counting'],
  ['--working-day-shift as-declared|next-working-day', 'whether terms move off non-working days'],
  ['--provisional-order-hours later|elapsed|wall-clock', "how the provisional order's 120 hours end across a clock change (later: never shortened)"],
  ['--act-law act-day|incident-day', "which day's law judges each act (act-day: the act's own day)"],
  ['--engine compiled|reference', 'which engine runs the rules (reference: json-rules-engine, for audits; same results)'],
  ['--lang en|ro', 'the language of the output'],
  ['--register legal|plain', 'legal: with sources, rule ids and hashes; plain: for the person concerned'],
  ['--labels FILE', "an agency's label pack (official item wording, its own texts)"],
  ['--assume FILE', 'corrections with their source: a value, or an uncertain in-force day, for a value not confirmed (JSON or YAML list; docs/integrating.md)'],
];

const INPUT = 'The case is a JSON or YAML document (`dv-rules schema case` prints its shape), from FILE, or from standard input with `-`.';

const COMMANDS: Record<string, CommandHelp> = {
  evaluate: {
    usage: ['dv-rules evaluate [FILE|-] [--json] [flags]', 'dv-rules evaluate --ndjson [FILE|-] [flags]'],
    summary: `Evaluates one case: the regime, the police risk form's determination, the orders, the deadlines, with the reasons. ${INPUT} With --ndjson, one JSON case per line in and one JSON line per case out (a result, or {"line":N,"error":{…}}), lines of 2 MiB at most. It reads no clock: without --as-of no deadline status is judged (dv-rules deadlines judges them now).`,
    flags: [['--json', 'print the result as JSON'], ['--ndjson', 'a batch: one case per line (implies --json)'], ...EVALUATE_FLAG_HELP],
    exit: {
      0: 'a result was printed (with --ndjson: every line had a result)',
      2: 'invalid input or arguments; with --ndjson: any line was refused (its error line says why); or the output could not be written (a reader that closed the pipe, a full disk)',
      3: 'no rule set is in force for the case\'s date (not with --ndjson: such a line is a refused line, status 2)',
      70: true,
      130: 'with --ndjson: stopped by Ctrl-C (SIGINT) before the end of the input; the lines written are whole, and standard error says after which line',
      143: 'with --ndjson: stopped by SIGTERM (a job\'s timeout) before the end of the input; as for 130',
    },
  },
  demo: {
    usage: ['dv-rules demo [--json] [--lang en|ro] [--register legal|plain]'],
    summary: 'Evaluates the embedded example case and prints the result.',
    flags: [['--json', 'print the result as JSON'], ['--lang en|ro', 'the language of the output'], ['--register legal|plain', 'with or without the sources']],
    exit: { 0: 'the result was printed', 2: 'invalid flags, or the output could not be written (a reader that closed the pipe, a full disk)', 70: true },
  },
  rules: {
    usage: ['dv-rules rules [--json] [--lang en|ro]'],
    summary: 'Lists the shipped rule sets with the dates they are in force and the status of their values.',
    flags: [['--json', 'print the list as JSON'], ['--lang en|ro', 'the language of the list (ro: the acts\' official titles)']],
    exit: { 0: 'the list was printed', 2: 'invalid flags, or the output could not be written (a reader that closed the pipe, a full disk)', 70: true },
  },
  schema: {
    usage: [`dv-rules schema <${schemaNames.join('|')}>`],
    summary: 'Prints a JSON Schema of the library\'s documents.',
    flags: [],
    exit: { 0: 'the schema was printed', 2: 'no such schema, invalid flags, or the output could not be written (a reader that closed the pipe, a full disk)', 70: true },
  },
  fixtures: {
    usage: ['dv-rules fixtures <FILE|FOLDER>... [--rule-set FILE]... [--reporter text|json|junit|tap] [--json] [--lang en|ro]'],
    summary: 'Runs fixture files (docs/fixtures.md): each case against its expected result. A case refused where a result was expected fails with its error and the paths into the case (the JSON report lists them all). --reporter junit writes JUnit XML for GitLab, Jenkins and other CI systems (a folder marked .not-fixtures is a skipped testcase); tap writes TAP 13. When the run is refused (an invalid fixture file, a bad --rule-set), junit and tap still write a report whose one test names the file and the error, and the exit status is 2.',
    flags: [
      ['--rule-set FILE', 'run with your own rule set too (repeatable)'],
      ['--reporter NAME', 'text (default), json, junit or tap'],
      ['--json', 'the same as --reporter json'],
      ['--lang en|ro', 'the language of the text reporter'],
    ],
    exit: { 0: 'every fixture passed', 1: 'a fixture failed', 2: true, 70: true },
  },
  deadlines: {
    usage: ['dv-rules deadlines [FILE|-] [--as-of ISO] [--json] [--ics FILE] [flags]'],
    summary: `The case clock: every deadline of the case, its due time and status, the protection gaps and the orders' ends. ${INPUT} Without --as-of the statuses are judged now.`,
    flags: [['--json', 'print the deadlines as JSON'], ['--ics FILE', 'also write the pending deadlines as an iCalendar file'], ...EVALUATE_FLAG_HELP],
    exit: { 0: 'the deadlines were printed', 2: true, 3: true, 70: true },
  },
  train: {
    usage: [
      'dv-rules train [--lang en|ro] [--labels FILE] [--date YYYY-MM-DD] [--relationship R]',
      'dv-rules train --quiz | --scenario builtin|FILE... [--lang en|ro] [--labels FILE] [--reveal]',
    ],
    summary: 'Trainer mode (docs/training.md). Without --scenario, the free mode asks the 2018 police form\'s items one by one. With --quiz or --scenario, a quiz over scenarios: "builtin" (or --quiz alone) is the scenarios shipped with the package.',
    flags: [
      ['--quiz', 'a quiz over the shipped scenarios (the same as --scenario builtin)'],
      ['--scenario builtin|FILE', 'quiz over these scenario files or folders (repeatable)'],
      ['--reveal', 'quiz: show every answer, ask nothing'],
      ['--date YYYY-MM-DD', "free mode: the day whose law applies (default today, Bucharest time)"],
      ['--relationship R', 'free mode: who the aggressor is to the victim (default spouse)'],
      ['--lang en|ro', 'the language of the session'],
      ['--labels FILE', "an agency's label pack"],
    ],
    exit: {
      0: 'the session ended (finished, quit, or the input ended)',
      2: 'invalid input or arguments (a scenario or label file, a --date), or the output could not be written: one explanation on standard error (a JSON object when standard error is not a terminal)',
      3: true,
      70: true,
      130: 'stopped by Ctrl-C (SIGINT): the session ends at once, the terminal as it was',
    },
  },
  playground: {
    usage: ['dv-rules playground [--port N]'],
    summary: 'Serves the classroom playground (docs/playground.md) on this machine only, at http://127.0.0.1:N/, and prints the address; Ctrl-C stops it. The page runs the library in the browser and sends nothing anywhere. It is built by `npm run playground` (and `npm run build`).',
    flags: [['--port N', 'the port to listen on (default 0: a free port)']],
    exit: { 0: 'stopped with Ctrl-C', 2: 'the port is not a number from 0 to 65535, the port is taken, the page is not built, or the address could not be written (a reader that closed the pipe)', 70: true },
  },
  impact: {
    usage: ['dv-rules impact <CASES>... (--rule-set FILE... | --include-proposed | --law-of YYYY-MM-DD | --change RULE-SET-ID) [--as-of ISO] [--format text|markdown|json] [--lang en|ro]'],
    summary: 'Shows what a change of law would do to your cases: evaluates every case under the law as shipped and under the change (an agency\'s or a corrected rule set, the proposed law, or the law in force on a day), and lists each case whose result changes, which fields, from what to what, under which rule sets. CASES are NDJSON files, case or fixture files, or folders of them; a case may carry an opaque "ref", the only thing of it the report names. An input that cannot be judged is an error of the report, listed in input order with the paths into it (--format json gives them all); a folder holding no case file, or inputs that give no case at all (an empty NDJSON file), are refused with exit status 2, so a job pointed at the wrong place fails.',
    flags: [
      ['--rule-set FILE', 'the changed rule set (repeatable; replaces a shipped one of the same id)'],
      ['--include-proposed', 'the change is the proposed law (a bill)'],
      ['--law-of YYYY-MM-DD', 'the change is the law in force on that day, for every case (each case is otherwise judged under the law of its own dates); each field names the rule set behind it'],
      ['--change RULE-SET-ID', 'the change is that one version of the law alone: the law without it against the law with it'],
      ['--as-of ISO', 'judge deadline statuses at this instant, under both laws'],
      ['--assume FILE', 'corrections with their source (see dv-rules help evaluate), applied under both laws; an assumed in-force day also chooses the law of --law-of and --change'],
      ['--format NAME', 'text (default), markdown (for a merge request comment) or json'],
      ['--json', 'the same as --format json'],
      ['--lang en|ro', 'the language of the report'],
    ],
    exit: { 0: 'no result changes', 1: 'at least one result changes', 2: 'invalid arguments (a folder with no case file, or no case at all), a file, a line or a case that could not be judged (the report lists them), or the output could not be written (a reader that closed the pipe, a full disk)', 70: true },
  },
  verify: {
    usage: ['dv-rules verify [DIR] [--json] [--lang en|ro]', 'dv-rules verify --result FILE [--json] [--lang en|ro]'],
    summary:
      "Checks the rule-set files in DIR (default: the package's rules/) and the rule sets compiled into every built copy that runs (dist/index.js, dist/index.cjs, dist/cli.js, dist/playground/playground.js) against the manifest, or that every rule set a stored result names is shipped unchanged.",
    flags: [['--result FILE', 'check a stored result\'s receipt'], ['--json', 'print the report as JSON'], ['--lang en|ro', 'the language of the report']],
    exit: { 0: 'every check passed', 1: 'a file or a rule set differs', 2: true, 70: true },
  },
};

/** The commands `dv-rules help <command>` knows, in the order the overview lists them. */
export const HELP_COMMANDS: readonly string[] = Object.keys(COMMANDS);

type ExitStatus = (typeof EXIT)[keyof typeof EXIT];

/** The exit statuses of `dv-rules` and their general meaning; each command lists those it can return. */
const EXIT_STATUSES: Array<[ExitStatus, string]> = [
  [0, 'success: a result was printed (fixtures, verify: every check passed)'],
  [1, 'a fixture or a check failed'],
  [2, 'invalid input or arguments, or the output could not be written (a full disk, a reader that closed the pipe): one explanation on standard error (a JSON object with --json or when standard error is not a terminal)'],
  [3, 'no rule set is in force for the case\'s date'],
  [70, 'an internal failure: a bug in dv-rules; please report it'],
  [130, 'evaluate --ndjson or train stopped by Ctrl-C (SIGINT)'],
  [143, 'evaluate --ndjson stopped by SIGTERM'],
];

/**
 * The help `dv-rules --help` prints (no command) or `dv-rules <command> --help` and
 * `dv-rules help <command>` print: how it is written, what it does, its flags and every exit status.
 *
 * @param command - the command, or undefined for the overview
 * @returns the text, ending with a newline; undefined for a command that does not exist
 * @example
 * helpText('fixtures')?.split('\n')[0] //=> 'Usage: dv-rules fixtures <FILE|FOLDER>... [--rule-set FILE]... [--reporter text|json|junit|tap] [--json]'
 * @since 0.1.0
 */
export function helpText(command?: string): string | undefined {
  if (command === undefined) return overview();
  const help = COMMANDS[command];
  if (help === undefined) return undefined;
  const lines = [`Usage: ${help.usage[0] ?? ''}`, ...help.usage.slice(1).map((u) => `       ${u}`), '', ...wrapText(help.summary, 100), ''];
  if (help.flags.length > 0) lines.push('Flags:', ...table(help.flags.map(([f, t]) => [f, t])), '');
  lines.push('Exit status:', ...table(exitStatuses(command).map(([n, t]) => [String(n), t])));
  return `${lines.join('\n')}\n`;
}

/** What a command returns when it says nothing particular: a result, invalid input, an internal failure. */
const DEFAULT_EXIT: Partial<Record<ExitStatus, true>> = { 0: true, 2: true, 70: true };

/**
 * The exit statuses one command can return, each with what it means for that command: the one
 * table the help prints and the tests check the command's real statuses against.
 *
 * @param command - a command of `HELP_COMMANDS`
 * @returns the statuses in increasing order, with their meaning; empty for an unknown command
 * @example
 * exitStatuses('evaluate').map(([n]) => n) //=> [0, 2, 3, 70, 130, 143]
 * @since 0.1.0
 */
export function exitStatuses(command: string): Array<[ExitStatus, string]> {
  const help = COMMANDS[command];
  const own = help === undefined ? {} : help.exit ?? DEFAULT_EXIT;
  return EXIT_STATUSES.flatMap(([n, general]): Array<[ExitStatus, string]> => {
    const text = own[n];
    return text === undefined ? [] : [[n, text === true ? general : text]];
  });
}

function overview(): string {
  const lines = [
    `dv-rules ${VERSION}: Romanian domestic-violence law as dated, cited rules`,
    '',
    'Usage: dv-rules <command> [flags]',
    '',
    'Commands:',
    ...table(HELP_COMMANDS.map((c) => [c, firstSentence(COMMANDS[c]?.summary ?? '')])),
    '',
    'dv-rules help <command> (or dv-rules <command> --help) shows a command\'s flags.',
    'dv-rules --version prints the version.',
    '',
    'Exit status:',
    ...table(EXIT_STATUSES.map(([n, t]) => [String(n), t])),
  ];
  return `${lines.join('\n')}\n`;
}

function firstSentence(text: string): string {
  const end = text.search(/\.(\s|$)/);
  return end < 0 ? text : text.slice(0, end + 1);
}

function table(rows: Array<[string, string]>): string[] {
  const width = Math.max(0, ...rows.map(([a]) => a.length));
  return rows.flatMap(([a, b]) => {
    const [first = '', ...rest] = wrapText(b, Math.max(40, 100 - width - 4));
    return [`  ${a.padEnd(width)}  ${first}`, ...rest.map((line) => `  ${' '.repeat(width)}  ${line}`)];
  });
}
