import { DvRulesError } from '../errors.js';
import type { BatchError } from '../schema/batch-item.js';

/**
 * What a batch reports for a case that was refused: the coded error as data. Anything other than
 * a `DvRulesError` is a bug of the library; its message could hold case data, so it is replaced
 * by a fixed sentence.
 *
 * @param e - what evaluating the case threw
 * @param api - the API named in the `INTERNAL_ERROR` message
 * @returns `e.toJSON()`, or `{ code: 'INTERNAL_ERROR', … }`
 * @example
 * batchErrorOf(new DvRulesError('INVALID_CASE', 'evaluate: the case is invalid'), 'evaluateMany')
 * //=> { code: 'INVALID_CASE', message: 'evaluate: the case is invalid', issues: [] }
 * @since 0.1.0
 */
export function batchErrorOf(e: unknown, api: string): BatchError {
  if (e instanceof DvRulesError) return e.toJSON();
  return { code: 'INTERNAL_ERROR', message: `${api}: unexpected internal failure; please report it`, issues: [] };
}
