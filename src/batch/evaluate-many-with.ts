import { DvRulesError } from '../errors.js';
import type { BatchItem } from '../schema/batch-item.js';
import type { EvaluateOptions } from '../schema/options.js';
import { parseEvaluateOptions } from '../schema/parse-evaluate-options.js';
import type { Result } from '../schema/result.js';
import { batchErrorOf } from './batch-error-of.js';

/**
 * The batch loop over any synchronous per-case function: the options are checked once, before
 * the first case; then each case, pulled one at a time, gives one item, in order, and a refused
 * case never stops the rest. `evaluateMany` is this loop over `evaluateSync`.
 *
 * @param fn - judges one case (it may throw; a throw becomes that case's error item)
 * @param cases - the cases, read lazily: an endless iterable is fine
 * @param options - passed, once validated, to `fn` for every case
 * @param api - the API named in error messages
 * @returns a generator of `{ index, result }` or `{ index, error }`
 * @throws DvRulesError `INVALID_ARGUMENTS` (cases not iterable) or `INVALID_OPTIONS`, at the call,
 *   before any case; an error thrown by the iterable itself ends the batch (it is not a case)
 * @example
 * [...evaluateManyWith(evaluateSync, [aCase, {}], {}, 'evaluateMany')].map((i) => 'error' in i)
 * //=> [false, true]
 * @since 0.1.0
 */
export function evaluateManyWith<I>(
  fn: (input: I, options: EvaluateOptions) => Result,
  cases: Iterable<I>,
  options: EvaluateOptions,
  api: string,
): Generator<BatchItem, void, undefined> {
  if (typeof (cases as Partial<Iterable<I>> | null)?.[Symbol.iterator] !== 'function') {
    throw new DvRulesError('INVALID_ARGUMENTS', `${api}: cases must be an iterable (an array, a generator, …)`, [{ path: 'cases', message: 'Expected an iterable' }]);
  }
  const opts = parseEvaluateOptions(options, api);
  return (function* items() {
    let index = 0;
    for (const input of cases) {
      let item: BatchItem;
      try {
        item = { index, result: fn(input, opts) };
      } catch (e) {
        item = { index, error: batchErrorOf(e, api) };
      }
      // Yielded outside the try: what the consumer throws into the generator is not this case's.
      yield item;
      index += 1;
    }
  })();
}
