import { DvRulesError, issuesFromZod } from '../errors.js';
import { caseSchema, type Case } from '../schema/case.js';
import { checkEventOrder } from '../schema/check-event-order.js';
import { checkPlainData } from '../schema/check-plain-data.js';
import type { EvaluateOptions } from '../schema/options.js';
import { parseEvaluateOptions } from '../schema/parse-evaluate-options.js';

/**
 * Validates what `evaluate` and `evaluateSync` are given, before any rule runs: the options
 * first (so a batch refuses bad options before its first case), then the case.
 *
 * @param input - the case, as parsed JSON
 * @param options - the options
 * @param api - the function's name, for messages
 * @returns the validated case and options
 * @throws DvRulesError `INVALID_OPTIONS` / `INVALID_CASE` with paths
 * @example
 * prepareEvaluation({ schemaVersion: 1, incidentAt: '2024-03-02T21:15:00+02:00', relationship: 'spouse' }, {}, 'evaluate').c.relationship //=> 'spouse'
 * @since 0.1.0
 */
export function prepareEvaluation(input: unknown, options: unknown, api: string): { c: Case; opts: EvaluateOptions } {
  return { opts: parseEvaluateOptions(options, api), c: parseCase(input, api) };
}

function parseCase(input: unknown, api: string): Case {
  const plain = checkPlainData(input);
  if (plain.length > 0) throw new DvRulesError('INVALID_CASE', `${api}: the case is invalid`, plain);
  const parsed = caseSchema.safeParse(input);
  if (!parsed.success) throw new DvRulesError('INVALID_CASE', `${api}: the case is invalid`, issuesFromZod(parsed.error));
  checkEventOrder(parsed.data);
  return parsed.data;
}
