import { evaluateManyWith } from './batch/evaluate-many-with.js';
import { evaluateSync } from './evaluate-sync.js';
import type { BatchItem } from './schema/batch-item.js';
import type { EvaluateOptions } from './schema/options.js';

/**
 * Judges many cases, one at a time and lazily, as `evaluate` judges one: a generator yields, in
 * input order, `{ index, result }` or, for a refused case, `{ index, error }` with the
 * `DvRulesError`'s `toJSON()` (`code`, `message`, `issues`); a refused case never stops the
 * batch. Nothing is kept between cases, so an endless iterable runs in flat memory.
 *
 * @param cases - an iterable of cases (untrusted, each validated like `evaluate`'s input)
 * @param options - `evaluate`'s options, the same for every case, checked once before the first
 * @returns a generator of `BatchItem`s (see `batchItemSchema`)
 * @throws DvRulesError `INVALID_OPTIONS` or `INVALID_ARGUMENTS` at the call, before any case
 * @example
 * const items = [...evaluateMany([goodCase, { schemaVersion: 1 }])];
 * items[0].result.regime.id //=> 'law-217-2003'
 * items[1].error.code       //=> 'INVALID_CASE'
 * @since 0.1.0
 */
export function evaluateMany(cases: Iterable<unknown>, options: EvaluateOptions = {}): Generator<BatchItem, void, undefined> {
  return evaluateManyWith(evaluateSync, cases, options, 'evaluateMany');
}
