import type { EvaluateOptions } from './schema/options.js';
import type { Result } from './schema/result.js';

// TEMPORARY stub, replaced when the synchronous compiled path lands (src/engine/compile-*.ts):
// `evaluateSync(input, options)` will give what `await evaluate(input, options)` gives. Until
// then every case of `evaluateMany` comes back as an INTERNAL_ERROR item.
// This marker lets test/ndjson/evaluate-many.test.ts skip what needs the real function; the real
// file does not export it, so `tsc` points at that test when the stub goes.
export const EVALUATE_SYNC_IS_STUB = true;

/**
 * TEMPORARY: not wired yet; always throws.
 *
 * @param _input - the case
 * @param _options - `evaluate`'s options
 * @returns never, for now
 * @example
 * evaluateSync(aCase) // throws until the compiled path lands
 * @since 0.1.0
 */
export function evaluateSync(_input: unknown, _options: EvaluateOptions = {}): Result {
  throw new Error('evaluateSync is not wired yet');
}
