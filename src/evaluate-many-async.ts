import { evaluateManyWithAsync } from './batch/evaluate-many-with-async.js';
import { evaluate } from './evaluate.js';
import type { BatchItem } from './schema/batch-item.js';
import type { EvaluateOptions } from './schema/options.js';

/**
 * `evaluateMany` over `evaluate`, for cases that arrive asynchronously (a stream, a database
 * cursor): takes an iterable or an async iterable and yields the same items, in order, one case
 * at a time. Nothing is kept between cases.
 *
 * @param cases - an iterable or async iterable of cases (untrusted)
 * @param options - `evaluate`'s options, checked once before the first case
 * @returns an async generator of `BatchItem`s (see `batchItemSchema`)
 * @throws DvRulesError `INVALID_OPTIONS` or `INVALID_ARGUMENTS` at the call, before any case
 * @example
 * for await (const item of evaluateManyAsync(cursor, { lang: 'ro' })) {
 *   if ('error' in item) log(item.index, item.error.code); else save(item.result);
 * }
 * @since 0.1.0
 */
export function evaluateManyAsync(cases: Iterable<unknown> | AsyncIterable<unknown>, options: EvaluateOptions = {}): AsyncGenerator<BatchItem, void, undefined> {
  return evaluateManyWithAsync(evaluate, cases, options, 'evaluateManyAsync');
}
