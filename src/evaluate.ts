import { judgeCase, judgeCompiled } from './engine/judge-case.js';
import { prepareEvaluation } from './engine/prepare-evaluation.js';
import { driveAsync } from './engine/step.js';
import type { EvaluateOptions } from './schema/options.js';
import type { Result } from './schema/result.js';

/**
 * Judges a case under the law in force on its dates (Europe/Bucharest) and explains why: the
 * regime, the police form and its determination, the provisional and court orders, the breach
 * offence, with every rule set used, every value's source status, and warnings.
 *
 * It resolves to exactly what `evaluateSync` returns. With `engine: 'reference'` the rule sets run
 * through json-rules-engine instead (loaded on first use; the path the compiled one is proven
 * against, slower, and for forms of at most 4,096 YES-count combinations).
 *
 * @param input - the case, as parsed JSON; validated against `caseSchema`
 * @param options - see `evaluateOptionsSchema`
 * @returns the result
 * @throws DvRulesError `INVALID_CASE` / `INVALID_OPTIONS` with paths; `NO_RULE_SET_IN_FORCE` when
 *   no rule set covers what the case asks on its date
 * @example
 * const r = await evaluate({ schemaVersion: 1, incidentAt: '2024-03-02T21:15:00+02:00',
 *   relationship: 'spouse', riskForm: { answers: { q1: 'yes', q4: 'yes' } } });
 * r.riskAssessment?.imminentRisk //=> true
 * @since 0.1.0
 */
export async function evaluate(input: unknown, options: EvaluateOptions = {}): Promise<Result> {
  const { c, opts } = prepareEvaluation(input, options, 'evaluate');
  if (opts.engine !== 'reference') return judgeCompiled(c, opts);
  const { answerReference } = await import('./engine/reference/reference-engine.js');
  return driveAsync(judgeCase(c, opts), answerReference);
}
