import { DvRulesError } from '../index.js';
import { describeError, plainMessage } from './describe-error.js';
import { errorIssueLines } from './issue-lines.js';
import type { ErrorData } from './localized-error.js';
import { safeText } from './safe-text.js';

/** Why a fixtures run was refused before any fixture ran: the error as data, its message the sentence standard error says. */
export type Refusal = ErrorData;

/**
 * The refusal of a fixtures run (what `dv-rules fixtures` throws for the CLI to print) as data
 * for a machine reporter: the code, the sentence the JSON error object on standard error says,
 * the file and the issues. Anything but a `DvRulesError` is `INTERNAL_ERROR`, with a fixed message.
 *
 * @param e - what the run threw
 * @returns the refusal
 * @example
 * refusalOf(new DvRulesError('FILE_NOT_READABLE', 'runFixtures: cannot read nope.yaml (ENOENT)', [], 'nope.yaml'))
 * //=> { code: 'FILE_NOT_READABLE', message: 'cannot read nope.yaml: there is no such file or folder', file: 'nope.yaml', issues: [] }
 * @since 0.1.0
 */
export function refusalOf(e: unknown): Refusal {
  if (!(e instanceof DvRulesError)) return { code: 'INTERNAL_ERROR', message: 'unexpected internal failure; please report it', issues: [] };
  // A usage error's issue repeats its sentence (`argv`); its message holds the sentence and the hint.
  const usage = e.code === 'INVALID_ARGUMENTS';
  const message = usage ? plainMessage(e.message) : describeError(e, { command: 'fixtures' }).sentence;
  return { code: e.code, message, ...(e.file === undefined ? {} : { file: e.file }), issues: usage ? [] : [...e.issues] };
}

/**
 * A refusal in the words of a machine reporter (JUnit, TAP): the file it names (`dv-rules fixtures`
 * when none), the test's name, a one-line message, and the lines of its text: the code and the
 * sentence, then the issues' paths and messages, bounded as on a terminal.
 *
 * @param r - the refusal
 * @returns what the reporter writes
 * @example
 * refusalLines({ code: 'INVALID_FIXTURE', message: 'the fixture file bad.yaml is invalid', file: 'bad.yaml', issues: [{ path: 'fixtures[0]', message: 'Required: the case passed to evaluate' }] }).lines
 * //=> ['error INVALID_FIXTURE: the fixture file bad.yaml is invalid', '  at fixtures[0]: Required: the case passed to evaluate']
 * @since 0.1.0
 */
export function refusalLines(r: Refusal): { file: string; name: string; message: string; lines: string[] } {
  const file = safeText(r.file ?? 'dv-rules fixtures');
  const sentence = safeText(plainMessage(r.message));
  return {
    file,
    name: `${file} is refused: ${r.code}`,
    message: `${r.code}: ${sentence}`,
    lines: [`error ${r.code}: ${sentence}`, ...errorIssueLines(r).map((l) => `  ${l}`)],
  };
}
