import type { DvRulesError } from '../index.js';
import type { InputProblem } from './sniff-input.js';
import { UsageError } from './usage-error.js';

/** An error in words for a person: what went wrong, and what to do about it. */
export interface ErrorText {
  /** One sentence, with no internal function name and no system code. */
  sentence: string;
  hint?: string;
}

// What the operating system's codes mean, for a person.
const SYSTEM: Record<string, string> = {
  ENOENT: 'there is no such file or folder',
  EISDIR: 'it is a folder, where a file was expected',
  ENOTDIR: 'a part of the path is a file, where a folder was expected',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ENAMETOOLONG: 'the name is too long',
  ELOOP: 'the path has a loop of symbolic links',
  EMFILE: 'too many files are open',
  EBUSY: 'it is in use',
  ENOSPC: 'the disk is full',
  EROFS: 'the file system is read-only',
  EPIPE: 'the reader closed the pipe',
  EIO: 'an input/output error',
  error: 'it cannot be read',
};

const HINTS: Partial<Record<DvRulesError['code'], string>> = {
  FILE_NOT_READABLE: 'check the name, and the folder the command runs in',
  INVALID_CASE: 'dv-rules schema case prints the shape of a case; dv-rules demo --json shows one',
  INVALID_OPTIONS: 'the command\'s --help lists the values each flag takes',
  INVALID_RULE_SET: 'docs/rule-sets.md describes the format; dv-rules schema rule-set prints its JSON Schema',
  INVALID_FIXTURE: 'docs/fixtures.md describes the format; dv-rules schema fixture prints its JSON Schema',
  INVALID_LABEL_PACK: 'dv-rules schema label-pack prints the shape of a label pack',
  INPUT_TOO_LARGE: 'a document may have at most 2 MiB (a line, with --ndjson), 32 levels of nesting, 10,000 keys in one object and 250,000 values in all (docs/integrating.md, "Input limits")',
  EVENTS_OUT_OF_ORDER: 'each event of the case must come after the events it depends on; the paths name them',
  INVALID_RESULT: 'give a file that evaluate --json wrote',
  NO_RULE_SET_IN_FORCE: 'dv-rules rules lists the rule sets and the days they are in force',
};

const BINARY_HINT = 'a case is a JSON or YAML text file; check the name of the file';
const FIXTURE_HINT = 'this is a fixture file (cases with their expected results): dv-rules fixtures FILE runs it';
/** The library's and the CLI's refusal of a document over the size read (MAX_FILE_BYTES), with the bound. */
export const TOO_LARGE = / is larger than (\d+) bytes$/;
const TOO_LARGE_HINT = 'a document is read up to 2 MiB; many cases go through dv-rules evaluate --ndjson, one case per line';
const OFFSET_HINT = 'a date and time needs its offset from UTC, for example 2024-03-02T21:15:00+02:00 (Romania is +02:00 in winter, +03:00 in summer)';

/**
 * An error of the library or of the command line in words for a person: the message without the
 * name of the function that refused and without the operating system's code (`ENOENT`), and a
 * hint. The error's `code`, `file` and `issues` are left to the caller to show.
 *
 * @param e - the error
 * @param context - the command that ran, and why a file could not be parsed if known (`sniffFile`)
 * @returns the sentence and the hint
 * @example
 * describeError(new DvRulesError('FILE_NOT_READABLE', 'runFixtures: cannot read nope/ (ENOENT)', [], 'nope/'), {})
 * //=> { sentence: 'cannot read nope/: there is no such file or folder', hint: 'check the name, and the folder the command runs in' }
 * @since 0.1.0
 */
export function describeError(e: DvRulesError, context: { command?: string | undefined; problem?: InputProblem | undefined }): ErrorText {
  const help = context.command === undefined ? 'dv-rules --help' : `dv-rules ${context.command} --help`;
  if (e instanceof UsageError) return { sentence: e.sentence, hint: e.hint ?? `see ${help}` };
  const where = e.file ?? 'the input';
  if (context.problem === 'empty') return { sentence: `${where} is empty`, hint: emptyHint(context.command) };
  if (context.problem === 'utf-16') return { sentence: `${where} is written in UTF-16, not UTF-8`, hint: 'save it as UTF-8 (in Notepad: Save as, Encoding: UTF-8)' };
  if (context.problem === 'binary') return { sentence: `${where} is not text: it holds binary data`, hint: BINARY_HINT };
  const sentence = plainMessage(e.message);
  if (e.code === 'INVALID_ARGUMENTS') return { sentence, hint: `see ${help}` };
  if (e.code === 'INVALID_JSON') {
    if (/ is empty$/.test(sentence)) return { sentence, hint: emptyHint(context.command) };
    if (/UTF-16/.test(sentence)) return { sentence, hint: 'save it as UTF-8' };
    if (/binary data/.test(sentence)) return { sentence, hint: BINARY_HINT };
    if (e.issues.some((i) => i.message.startsWith('Duplicate key'))) return { sentence, hint: 'keep one of the two values' };
    return { sentence, hint: 'check the brackets, commas and quotes near the place named' };
  }
  if (e.issues.some((i) => /datetime/i.test(i.message))) return { sentence, hint: OFFSET_HINT };
  const system = / \((E[A-Z]+)\)/.exec(e.message)?.[1];
  if (system === 'EISDIR') return { sentence, hint: 'name a file in that folder' };
  if (system === 'EACCES' || system === 'EPERM') return { sentence, hint: "check the file's permissions" };
  if (e.message.startsWith('--assume')) return { sentence, hint: 'docs/integrating.md, "Corrections by an agency", describes an assumption; dv-rules rules lists the rule sets' };
  if (e.code === 'FILE_NOT_READABLE' && TOO_LARGE.test(e.message)) return { sentence, hint: TOO_LARGE_HINT };
  if (isFixtureDocument(e)) return { sentence, hint: FIXTURE_HINT };
  const hint = HINTS[e.code];
  return hint === undefined ? { sentence } : { sentence, hint };
}

function emptyHint(command: string | undefined): string {
  return command === 'evaluate' || command === 'deadlines' || command === undefined
    ? 'a case is a JSON or YAML object: dv-rules demo --json shows one, dv-rules schema case its shape'
    : 'give a file with content';
}

/**
 * A library or CLI message for a person: without the name of the function or command that refused
 * (`evaluateSync: `, `runFixtures: `, `dv-rules deadlines: `, `dv-rules: `, however many) and with
 * the operating system's codes (`(ENOENT)`) in words. The library words its messages for
 * developers; the CLI shows them only through this.
 *
 * @param message - the error's message
 * @returns the sentence a person reads
 * @example
 * plainMessage('dv-rules deadlines: cannot write x.ics (ENOENT)') //=> 'cannot write x.ics: there is no such file or folder'
 * @since 0.1.0
 */
export function plainMessage(message: string): string {
  let m = message;
  for (let prev = ''; prev !== m; ) {
    prev = m;
    m = m.replace(/^(?:dv-rules(?: [a-z]+)?|[A-Za-z][\w-]*): /, '');
  }
  return systemCodesInWords(m);
}

/** A text with the operating system's codes (`(ENOENT)`) in words, for the issues of an error. */
export function systemCodesInWords(text: string): string {
  // A code not listed is said as the neutral input/output error: it may be a read or a write.
  return text.replace(/ \((E[A-Z]+|error)\)/g, (_, code: string) => `: ${SYSTEM[code] ?? (code === 'error' ? SYSTEM['error'] : SYSTEM['EIO']) ?? ''}`);
}

/**
 * A case refused for fields a fixture file has at its top (`fixtures`, or a fixture's `case` and
 * `expect`): the file was meant for `dv-rules fixtures`, which the hint names.
 *
 * @param e - the error
 * @returns whether the document refused as a case is a fixture file
 * @example
 * isFixtureDocument(new DvRulesError('INVALID_CASE', 'the case is invalid', [{ path: 'fixtures', message: 'Unknown field: not part of the schema' }])) //=> true
 * @since 0.1.0
 */
export function isFixtureDocument(e: { readonly code: string; readonly issues: readonly { path: string; message: string }[] }): boolean {
  return e.code === 'INVALID_CASE' && e.issues.some((i) => /^(?:fixtures|case|expect)$/.test(i.path) && i.message.startsWith('Unknown field'));
}
