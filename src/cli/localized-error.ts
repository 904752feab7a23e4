import type { ErrorIssue, Translator } from '../index.js';
import type { InputProblem } from './sniff-input.js';
import { isFixtureDocument, TOO_LARGE } from './describe-error.js';
import { UsageError } from './usage-error.js';

/** An error as data: a `DvRulesError`, or the error object a report carries (`{ code, message, file?, issues }`). */
export interface ErrorData {
  code: string;
  message: string;
  file?: string | undefined;
  issues: readonly ErrorIssue[];
}

/** An error in the words of one language, for a person on a terminal: the sentence, the file, the issues, a hint. */
export interface LocalizedError {
  sentence: string;
  file?: string;
  issues: Array<{ path: string; message: string }>;
  hint?: string;
}

// The usage errors the command line raises most, read from their English sentence; any other is
// worded by its code (`error.INVALID_ARGUMENTS`), which points at --help.
const USAGE: Array<[RegExp, string, string]> = [
  [/^unknown flag (\S+)$/, 'ui.error.unknown-flag', 'flag'],
  [/^unknown command "(.*)"$/, 'ui.error.unknown-command', 'name'],
  [/^(\S+) needs a value$/, 'ui.error.flag-needs-value', 'flag'],
  [/^(\S+) takes no value$/, 'ui.error.flag-takes-no-value', 'flag'],
  [/^too many arguments/, 'ui.error.too-many-arguments', ''],
  [/^(\w+) needs a case:/, 'ui.error.needs-input', 'command'],
  [/^no case to judge in (.*?)(?:: it holds no \.ndjson, .*)?$/, 'ui.error.no-cases', 'path'],
];

// What a schema or parser issue says, in words of the output's language; the paths say where.
const ISSUES: Array<[RegExp, string]> = [
  [/^Unknown field|^Unrecognized key/, 'ui.error.issue.unknown-field'],
  [/received undefined|^Required/, 'ui.error.issue.missing'],
  [/^Not a possible date and time/, 'ui.error.issue.impossible-datetime'],
  [/datetime|offset/i, 'ui.error.issue.datetime'],
  [/^Syntax error|^Empty input|^Not UTF-8/, 'ui.error.issue.syntax'],
  [/^Duplicate key/, 'ui.error.issue.duplicate-key'],
  // Assumptions (option assumptions, --assume FILE).
  [/not marked uncertain/, 'ui.error.issue.day-not-uncertain'],
  [/cannot be assumed otherwise/, 'ui.error.issue.assumption-refused'],
  [/^No rule set with this id/, 'ui.error.issue.unknown-rule-set'],
  [/has no parameter/, 'ui.error.issue.unknown-parameter'],
  [/already corrects the same/, 'ui.error.issue.assumption-twice'],
  [/like the parameter's value$|^The parameter is in /, 'ui.error.issue.assumption-type'],
  [/^Must (not )?be (before|after) /, 'ui.error.issue.assumption-day'],
  [/would no longer be valid/, 'ui.error.issue.assumption-rule-set'],
  [/^Give either|^Give a parameter|^Name the parameter|^Give the value/, 'ui.error.issue.assumption-shape'],
  [/take effect on the same uncertain day as/, 'ui.error.issue.assumption-same-act'],
  // Other options (evaluateOptionsSchema and its checks), as zod and parseEvaluateOptions word them.
  [/^Invalid ISO date$/, 'ui.error.issue.date'],
  [/^Invalid option: expected one of/, 'ui.error.issue.not-one-of'],
  [/^Invalid input: expected /, 'ui.error.issue.wrong-type'],
  [/^Too big|^Too small/, 'ui.error.issue.out-of-range'],
  [/^The label pack is for /, 'ui.error.issue.labels-lang'],
  [/^Expected an object$/, 'ui.error.issue.not-object'],
  [/^Expected a rule set returned by/, 'ui.error.issue.rule-set'],
  [/control characters/, 'ui.error.issue.control-characters'],
];

const SYSTEM = /\((E[A-Z]+|error)\)/;

/** The streams the CLI names in errors, by their label keys. */
const STREAMS: Readonly<Record<string, string>> = { 'standard input': 'stdin', 'standard output': 'stdout', 'standard error': 'stderr' };

/**
 * An error of the library or of the command line in the words of the translator's language,
 * worded from the error's code, its file, its system code and its issues' paths, never from the
 * English message: the Romanian terminal gets Romanian only (`--lang ro`). The JSON error object
 * (`--json`, or standard error not a terminal) is unchanged and English, for scripts.
 *
 * @param e - the error, or its data (the error object of a fixture's outcome or of an impact report)
 * @param context - the command that ran, why a file could not be parsed if known, the translator
 * @returns the sentence, file, issues and hint
 * @example
 * localizedError(new DvRulesError('FILE_NOT_READABLE', 'evaluate: cannot read x.json (ENOENT)', [], 'x.json'), { tr: createTranslator('ro') }).sentence
 * //=> 'nu se poate citi x.json: nu există acest fișier sau dosar'
 * @since 0.1.0
 */
export function localizedError(e: ErrorData, context: { command?: string | undefined; problem?: InputProblem | undefined; tr: Pick<Translator, 't'> }): LocalizedError {
  const { t } = context.tr;
  const help = t('ui.error.see-help', { command: context.command === undefined ? 'dv-rules' : `dv-rules ${context.command}` });
  const first = t(`error.${e.code}`).replace(/[.;].*$/, '');
  const codeSentence = `${first.charAt(0).toLowerCase()}${first.slice(1)}`;
  if (e instanceof UsageError) {
    for (const [re, key, name] of USAGE) {
      const m = re.exec(e.sentence);
      if (m === null) continue;
      const near = /^did you mean (.+)\?$/.exec(e.hint ?? '')?.[1];
      return { sentence: t(key, name === '' ? {} : { [name]: m[1] ?? '' }), issues: [], hint: near === undefined ? help : t('ui.error.did-you-mean', { name: near }) };
    }
    return { sentence: codeSentence, issues: [], hint: help };
  }
  // The streams are named in the reader's language; a file keeps its name.
  const file = e.file === undefined ? '-' : STREAMS[e.file] !== undefined ? t(`ui.error.stream.${STREAMS[e.file]}`) : e.file;
  const system = SYSTEM.exec(e.message)?.[1];
  const reason = system === undefined ? undefined : t(`ui.error.system.${system}`, {}, t('ui.error.system.other'));
  const sentence =
    context.problem === 'empty' || / is empty$/.test(e.message) ? t('ui.error.empty', { file })
      : context.problem === 'utf-16' || /UTF-16/.test(e.message) ? t('ui.error.utf-16', { file })
      : context.problem === 'binary' || /binary data/.test(e.message) ? t('ui.error.binary', { file })
        : e.issues.some((i) => i.message === 'Not a regular file') ? t('ui.error.not-regular', { file })
          : e.code === 'INVALID_JSON' ? t('ui.error.not-json', { file })
            : e.code === 'FILE_NOT_READABLE' && TOO_LARGE.test(e.message) ? t('ui.error.too-large', { file, bytes: TOO_LARGE.exec(e.message)?.[1] ?? '' })
            : e.code === 'FILE_NOT_READABLE' && reason !== undefined ? t('ui.error.cannot-read', { file, reason })
              : e.code === 'OUTPUT_WRITE_FAILED' && reason !== undefined ? t('ui.error.cannot-write', { file, reason })
                : codeSentence;
  const issues = e.issues
    .filter((i) => e.code !== 'OUTPUT_WRITE_FAILED' && !(i.path === '$' && (context.problem !== undefined || e.code !== 'INVALID_JSON')))
    .map((i) => ({ path: i.path, message: t(ISSUES.find(([re]) => re.test(i.message))?.[1] ?? 'ui.error.issue.invalid') }));
  const hint = e.issues.some((i) => /datetime|offset/i.test(i.message)) ? t('ui.error.hint.offset')
    : e.message.startsWith('--assume') || e.issues.some((i) => i.path.startsWith('assumptions')) ? t('ui.error.hint.assume')
    : context.problem === 'binary' || /binary data/.test(e.message) ? t('ui.error.hint.binary')
    : e.code === 'FILE_NOT_READABLE' && TOO_LARGE.test(e.message) ? t('ui.error.hint.too-large')
    : isFixtureDocument(e) ? t('ui.error.hint.fixture-file')
    : e.code === 'INVALID_CASE' ? t('ui.error.hint.case')
      : e.code === 'FILE_NOT_READABLE' ? t('ui.error.hint.file')
        : e.code === 'OUTPUT_WRITE_FAILED' ? undefined
          : t('ui.error.hint.json');
  return { sentence, ...(e.file === undefined || sentence.includes(file) ? {} : { file }), issues, ...(hint === undefined ? {} : { hint }) };
}
