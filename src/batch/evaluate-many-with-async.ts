import { DvRulesError } from '../errors.js';
import type { BatchItem } from '../schema/batch-item.js';
import type { EvaluateOptions } from '../schema/options.js';
import { parseEvaluateOptions } from '../schema/parse-evaluate-options.js';
import type { Result } from '../schema/result.js';
import { batchErrorOf } from './batch-error-of.js';

/**
 * `evaluateManyWith` for a per-case function that may return a promise, over an iterable or an
 * async iterable (a stream, a database cursor): one case at a time, in order, never two at once.
 * `evaluateManyAsync` is this loop over `evaluate`.
 *
 * @param fn - judges one case (it may throw or reject; that becomes the case's error item)
 * @param cases - the cases, read lazily
 * @param options - passed, once validated, to `fn` for every case
 * @param api - the API named in error messages
 * @returns an async generator of `{ index, result }` or `{ index, error }`
 * @throws DvRulesError `INVALID_ARGUMENTS` or `INVALID_OPTIONS`, at the call, before any case;
 *   an error thrown by the iterable itself ends the batch (it is not a case)
 * @example
 * for await (const item of evaluateManyWithAsync(evaluate, cursor, {}, 'evaluateManyAsync')) save(item);
 * @since 0.1.0
 */
export function evaluateManyWithAsync<I>(
  fn: (input: I, options: EvaluateOptions) => Result | Promise<Result>,
  cases: Iterable<I> | AsyncIterable<I>,
  options: EvaluateOptions,
  api: string,
): AsyncGenerator<BatchItem, void, undefined> {
  const c = cases as Partial<Iterable<I> & AsyncIterable<I>> | null;
  if (typeof c?.[Symbol.asyncIterator] !== 'function' && typeof c?.[Symbol.iterator] !== 'function') {
    throw new DvRulesError('INVALID_ARGUMENTS', `${api}: cases must be an iterable or an async iterable`, [{ path: 'cases', message: 'Expected an iterable' }]);
  }
  const opts = parseEvaluateOptions(options, api);
  return (async function* items() {
    // Stepped by hand, not with `for await`, which would await each case of a sync iterable (and
    // call a case's `then`): a case is data, never a promise.
    const iterator = typeof c?.[Symbol.asyncIterator] === 'function' ? (cases as AsyncIterable<I>)[Symbol.asyncIterator]() : (cases as Iterable<I>)[Symbol.iterator]();
    let exhausted = false;
    try {
      for (let index = 0; ; index += 1) {
        const step = await iterator.next();
        if (step.done === true) {
          exhausted = true;
          return;
        }
        let item: BatchItem;
        try {
          item = { index, result: await fn(step.value, opts) };
        } catch (e) {
          item = { index, error: batchErrorOf(e, api) };
        }
        yield item;
      }
    } finally {
      // A consumer that stops early closes the source, as `for … of` would.
      if (!exhausted) await iterator.return?.();
    }
  })();
}
