import { createTranslator, DvRulesError, evaluate, jsonSchema, listRuleSets, pluralKey, ruleSetTitle, schemaNames, VERSION } from '../index.js';
import { langFlag } from './lang-flag.js';
import type { LoadedLabelPack, SchemaName } from '../index.js';
import { commandDeadlines } from './command-deadlines.js';
import { commandEvaluateNdjson } from './command-evaluate-ndjson.js';
import { commandFixtures } from './command-fixtures.js';
import { commandPlayground } from './command-playground.js';
import { commandTrain } from './command-train.js';
import { commandVerify } from './command-verify.js';
import { exampleCase } from './example-case.js';
import { EXIT, exitStatusFor } from './exit-status.js';
import type { CliIo } from './io.js';
import { parseCommandArgs as parse, usageError } from './parse-command-args.js';
import { EVALUATE_FLAGS, evaluateOptionsFromFlags } from './evaluate-flags.js';
import { readCaseInput } from './read-case-input.js';
import { renderResult } from './render-result.js';
import { closestName } from './closest-name.js';
import { commandImpact } from './command-impact.js';
import { helpText, HELP_COMMANDS } from './command-help.js';
import { printError } from './print-error.js';
import { expectInput } from './read-case-input.js';
import { safeOutput, safeText } from './safe-text.js';
import { takeRef } from './case-ref.js';

/**
 * Runs one `dv-rules` command and returns its exit status. Parsing and printing only: every
 * decision is the public API's.
 */
export async function runCli(argv: readonly string[], given: CliIo): Promise<number> {
  const io = safeIo(given);
  try {
    return await dispatch(argv, io);
  } catch (e) {
    // Never a stack trace, never case data: a sentence on a terminal, one JSON object elsewhere.
    const command = argv[0] !== undefined && HELP_COMMANDS.includes(argv[0]) ? argv[0] : undefined;
    await printError(e, io, { command, json: wantsJson(argv), lang: langOf(argv) });
    return e instanceof DvRulesError ? exitStatusFor(e.code) : EXIT.internal;
  }
}

/** The output of every command through `safeOutput`: nothing from input drives the terminal. */
function safeIo(io: CliIo): CliIo {
  const write = io.write;
  return {
    ...io,
    out: (text) => io.out(safeOutput(text, io.color)),
    ...(write === undefined ? {} : { write: (text: string) => write(safeOutput(text, io.color)), writeJsonLine: (line) => write(line) }),
  };
}

/** The language asked for with --lang (an error is worded in it on a terminal). */
export function langOf(argv: readonly string[]): 'en' | 'ro' | undefined {
  const i = argv.indexOf('--lang');
  const lang = i >= 0 ? argv[i + 1] : argv.find((a) => a.startsWith('--lang='))?.slice('--lang='.length);
  return lang === 'ro' || lang === 'en' ? lang : undefined;
}

/** Errors are JSON when the output asked for is: --json, --ndjson, or a machine reporter (also for a failed write, src/cli/main.ts). */
export function wantsJson(argv: readonly string[]): boolean {
  const reporter = argv.indexOf('--reporter');
  const named = reporter >= 0 ? argv[reporter + 1] : argv.find((a) => a.startsWith('--reporter='))?.slice('--reporter='.length);
  return argv.includes('--json') || argv.includes('--ndjson') || (named !== undefined && named !== 'text');
}

async function dispatch(argv: readonly string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  // `dv-rules <command> --help` asks for the command's help, not for the command.
  if (command !== undefined && (rest.includes('--help') || rest.includes('-h'))) {
    io.out(helpText(HELP_COMMANDS.includes(command) ? command : undefined) ?? '');
    return EXIT.ok;
  }
  switch (command) {
    case undefined:
    case '--help':
    case '-h':
      io.out(helpText() ?? '');
      return EXIT.ok;
    case 'help':
      return commandHelp(rest, io);
    case '--version':
    case '-v':
      io.out(`${VERSION}\n`);
      return EXIT.ok;
    case 'evaluate':
      return commandEvaluate(rest, io);
    case 'demo':
      return commandDemo(rest, io);
    case 'rules':
      return commandRules(rest, io);
    case 'schema':
      return commandSchema(rest, io);
    case 'fixtures':
      return commandFixtures(rest, io);
    case 'deadlines':
      return commandDeadlines(rest, io);
    case 'train':
      return commandTrain(rest, io);
    case 'playground':
      return commandPlayground(rest, io);
    case 'verify':
      return commandVerify(rest, io);
    case 'impact':
      return commandImpact(rest, io);
    default: {
      const near = closestName(command, HELP_COMMANDS);
      throw usageError(`unknown command "${safeText(command).slice(0, 60)}"`, near === undefined ? undefined : `did you mean dv-rules ${near}?`);
    }
  }
}

function commandHelp(args: readonly string[], io: CliIo): number {
  const { positionals } = parse(args, {}, 1);
  const text = helpText(positionals[0]);
  if (text === undefined) {
    const near = closestName(positionals[0] ?? '', HELP_COMMANDS);
    throw usageError(`there is no command "${safeText(positionals[0] ?? '').slice(0, 60)}"`, near === undefined ? `the commands are ${HELP_COMMANDS.join(', ')}` : `did you mean dv-rules help ${near}?`);
  }
  io.out(text);
  return EXIT.ok;
}

async function commandEvaluate(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(
    args,
    { json: { type: 'boolean' }, ndjson: { type: 'boolean' }, ...EVALUATE_FLAGS },
    1,
  );
  // Every output line is JSON in this mode, so --json is implied (and accepted).
  if (values.ndjson) expectInput(positionals[0], io, 'evaluate');
  if (values.ndjson) return commandEvaluateNdjson(positionals[0], await evaluateOptionsFromFlags(values), io);
  const { ref, case: input } = takeRef(await readCaseInput(positionals[0], io, 'evaluate'));
  const options = await evaluateOptionsFromFlags(values);
  const result = await evaluate(input, options);
  // The agency's own identifier names the case on a terminal; the JSON result is the result only.
  if (ref !== undefined && !values.json) io.out(`ref: ${safeText(ref)}\n`);
  return printResult(result, values.json ?? false, io, options.labels);
}

async function commandDemo(args: readonly string[], io: CliIo): Promise<number> {
  const { values } = parse(args, { json: { type: 'boolean' }, lang: { type: 'string' }, register: { type: 'string' } }, 0);
  const result = await evaluate(exampleCase, await evaluateOptionsFromFlags(values));
  if (!values.json) io.out(`${createTranslator(result.receipt.options.lang).t('ui.demo-intro', { at: exampleCase.incidentAt })}\n\n`);
  return printResult(result, values.json ?? false, io);
}

function printResult(result: Awaited<ReturnType<typeof evaluate>>, json: boolean, io: CliIo, labels?: LoadedLabelPack): number {
  io.out(json ? `${JSON.stringify(result, null, 2)}\n` : renderResult(result, io.color, labels));
  return EXIT.ok;
}

function commandRules(args: readonly string[], io: CliIo): number {
  const { values } = parse(args, { json: { type: 'boolean' }, lang: { type: 'string' } }, 0);
  const list = listRuleSets();
  if (values.json) {
    io.out(`${JSON.stringify(list, null, 2)}\n`);
    return EXIT.ok;
  }
  const tr = createTranslator(langFlag(values.lang));
  // A header names the columns: the last counts the rule set's parameters by the status of their source.
  const h = (k: string): string => tr.t(`ui.cli.rules.header.${k}`);
  io.out(`${h('rule-set').padEnd(44)} ${h('in-force').padEnd(26)} ${h('kind').padEnd(15)} ${h('parameters')}\n`);
  // English keeps the ids of the statuses (reported, unverified), as scripts read them; Romanian words them, counted.
  for (const r of list) {
    const window = `${r.effectiveFrom} … ${r.effectiveUntil ?? tr.t('ui.cli.rules.open')}`;
    const counts = Object.entries(r.statuses).filter(([, n]) => n > 0).map(([k, n]) => tr.t(pluralKey(tr.lang, `ui.cli.rules.count.${k}`, n), { count: n })).join(', ') || tr.t('ui.cli.rules.no-parameters');
    // The status says enacted law or a bill, not "in force": the window beside it says when.
    io.out(`${r.id.padEnd(44)} ${window.padEnd(26)} ${tr.t(`ui.cli.rules.kind.${r.status}`).padEnd(15)} ${counts}\n`);
    io.out(`  ${ruleSetTitle(tr.t, r)}\n`);
  }
  return EXIT.ok;
}

function commandSchema(args: readonly string[], io: CliIo): number {
  const { positionals } = parse(args, {}, 1);
  const name = positionals[0];
  if (name === undefined || !(schemaNames as readonly string[]).includes(name)) {
    throw usageError(`schema needs one of: ${schemaNames.join(', ')}`);
  }
  io.out(`${JSON.stringify(jsonSchema(name as SchemaName), null, 2)}\n`);
  return EXIT.ok;
}
