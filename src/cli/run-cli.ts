import { createTranslator, DvRulesError, evaluate, jsonSchema, listRuleSets, schemaNames, VERSION } from '../index.js';
import type { LoadedLabelPack, SchemaName } from '../index.js';
import { commandDeadlines } from './command-deadlines.js';
import { commandEvaluateNdjson } from './command-evaluate-ndjson.js';
import { commandFixtures } from './command-fixtures.js';
import { commandTrain } from './command-train.js';
import { commandVerify } from './command-verify.js';
import { exampleCase } from './example-case.js';
import { EXIT, exitStatusFor } from './exit-status.js';
import type { CliIo } from './io.js';
import { parseCommandArgs as parse, usageError } from './parse-command-args.js';
import { EVALUATE_FLAGS, evaluateOptionsFromFlags } from './evaluate-flags.js';
import { readCaseInput } from './read-case-input.js';
import { renderResult } from './render-result.js';

const USAGE = `dv-rules ${VERSION}: Romanian domestic-violence law as dated, cited rules

Usage:
  dv-rules evaluate [file|-] [--json] [--rule-set FILE]... [--include-proposed] [--as-of ISO]
                    [--form-selection seed|law-scope] [--hour-term-start clock|next-midnight]
                    [--working-day-shift as-declared|next-working-day]
                    [--lang en|ro] [--register legal|plain] [--labels FILE]
  dv-rules evaluate --ndjson [file|-] [evaluate's flags]   one case per line in, one JSON line per
                                     case out (a result, or {"line":N,"error":{…}}); lines of 2 MiB at most
  dv-rules demo [--json] [--lang en|ro] [--register legal|plain]   evaluate the embedded example case
  dv-rules rules [--json]            list the shipped rule sets with their dates and statuses
  dv-rules schema <${schemaNames.join('|')}>   print a JSON Schema
  dv-rules fixtures <file|folder>... [--rule-set FILE]... [--json]   run fixture files (docs/fixtures.md)
  dv-rules deadlines [file|-] [--as-of ISO] [--json] [--ics FILE] [evaluate's flags]
                                     the case clock: every deadline, its due time and status
  dv-rules train [--scenario FILE]... [--lang en|ro] [--labels FILE] [--reveal]
                 [--date YYYY-MM-DD] [--relationship R]   trainer mode (docs/training.md)
  dv-rules verify [DIR] | --result FILE [--json]   check rule sets or a stored result's receipt
  dv-rules --version | --help

Exit status: 0 a result (fixtures, verify: all passed), 1 a fixture or check failed, 2 invalid input (one JSON
error object on standard error), 3 no rule set in force for the case's date. With --ndjson: 0 every line had a
result, 2 any line was refused (a line with no rule set in force is a refused line: 3 is not used).
`;

/**
 * Runs one `dv-rules` command and returns its exit status. Parsing and printing only: every
 * decision is the public API's.
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    return await dispatch(argv, io);
  } catch (e) {
    if (e instanceof DvRulesError) {
      io.err(`${JSON.stringify({ error: e.toJSON() })}\n`);
      return exitStatusFor(e.code);
    }
    // Never a stack trace, never case data: only that something unexpected happened.
    io.err(`${JSON.stringify({ error: { code: 'INTERNAL_ERROR', message: 'dv-rules: unexpected internal failure; please report it', issues: [] } })}\n`);
    return EXIT.internal;
  }
}

async function dispatch(argv: readonly string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  // `dv-rules <command> --help` asks for the usage, not for the command.
  if (command !== undefined && (rest.includes('--help') || rest.includes('-h'))) {
    io.out(USAGE);
    return EXIT.ok;
  }
  switch (command) {
    case undefined:
    case 'help':
    case '--help':
    case '-h':
      io.out(USAGE);
      return EXIT.ok;
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
    case 'verify':
      return commandVerify(rest, io);
    default:
      throw usageError(`unknown command "${command}"`);
  }
}

async function commandEvaluate(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(
    args,
    { json: { type: 'boolean' }, ndjson: { type: 'boolean' }, ...EVALUATE_FLAGS },
    1,
  );
  // Every output line is JSON in this mode, so --json is implied (and accepted).
  if (values.ndjson) return commandEvaluateNdjson(positionals[0], await evaluateOptionsFromFlags(values), io);
  const input = await readCaseInput(positionals[0], io, 'evaluate');
  const options = await evaluateOptionsFromFlags(values);
  return printResult(await evaluate(input, options), values.json ?? false, io, options.labels);
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
  const { values } = parse(args, { json: { type: 'boolean' } }, 0);
  const list = listRuleSets();
  if (values.json) {
    io.out(`${JSON.stringify(list, null, 2)}\n`);
    return EXIT.ok;
  }
  for (const r of list) {
    const window = `${r.effectiveFrom} … ${r.effectiveUntil ?? 'open'}`;
    const counts = Object.entries(r.statuses).filter(([, n]) => n > 0).map(([k, n]) => `${n} ${k}`).join(', ');
    io.out(`${r.id.padEnd(44)} ${window.padEnd(26)} ${r.status.padEnd(9)} ${counts}\n`);
    io.out(`  ${r.title}\n`);
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
