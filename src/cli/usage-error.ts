import { DvRulesError } from '../index.js';

/**
 * A usage error of the command line (exit status 2, code `INVALID_ARGUMENTS`), with its sentence
 * and its hint kept apart so that a terminal can show them on their own lines. Its message, the
 * one the JSON error object carries, is `dv-rules: <sentence>; <hint>`.
 *
 * @example
 * new UsageError('unknown flag --jsno', 'did you mean --json?').message //=> 'dv-rules: unknown flag --jsno; did you mean --json?'
 * @since 0.1.0
 */
export class UsageError extends DvRulesError {
  readonly sentence: string;
  readonly hint: string | undefined;

  constructor(sentence: string, hint?: string) {
    super('INVALID_ARGUMENTS', `dv-rules: ${sentence}; ${hint ?? 'see dv-rules --help'}`, [{ path: 'argv', message: sentence }]);
    this.sentence = sentence;
    this.hint = hint;
  }
}
