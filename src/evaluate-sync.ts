import { DvRulesError } from './errors.js';
import { judgeCompiled } from './engine/judge-case.js';
import { prepareEvaluation } from './engine/prepare-evaluation.js';
import type { EvaluateOptions } from './schema/options.js';
import type { Result } from './schema/result.js';

/**
 * Judges a case synchronously on the compiled path: the same result as `await evaluate(case,
 * options)`, without a promise. Each rule set is compiled once into closures (and a risk form into
 * a decision diagram), so a call costs microseconds and a batch needs no `await`. It runs the
 * same in Node and in a browser.
 *
 * @param input - the case, as parsed JSON; validated against `caseSchema`
 * @param options - see `evaluateOptionsSchema`; `engine: 'reference'` is refused here (it is asynchronous)
 * @returns the result
 * @throws DvRulesError `INVALID_CASE` / `INVALID_OPTIONS` with paths; `NO_RULE_SET_IN_FORCE` when
 *   no rule set covers what the case asks on its date
 * @example
 * evaluateSync({ schemaVersion: 1, incidentAt: '2024-03-02T21:15:00+02:00', relationship: 'spouse',
 *   riskForm: { answers: { q1: 'yes', q4: 'yes' } } }).riskAssessment?.outcome //=> 'established'
 * @since 0.1.0
 */
export function evaluateSync(input: unknown, options: EvaluateOptions = {}): Result {
  const { c, opts } = prepareEvaluation(input, options, 'evaluateSync');
  if (opts.engine === 'reference') {
    throw new DvRulesError('INVALID_OPTIONS', 'evaluateSync: the options are invalid', [
      { path: 'engine', message: 'The reference engine (json-rules-engine) is asynchronous: use evaluate' },
    ]);
  }
  return judgeCompiled(c, opts);
}
