import type { Result } from '../schema/result.js';
import { canonicalSha256 } from '../versions/canonical-json.js';

/**
 * The SHA-256 of a result's canonical JSON without its receipt: what `receipt.resultSha256`
 * holds, and what `verifyReceipt` recomputes, so an edited stored result (an `imminentRisk`
 * flipped) no longer verifies. Integrity, not authorship: whoever edits the result can also
 * recompute this hash; only a signature says who produced it (docs/integrating.md).
 *
 * @param result - a result, or a stored copy of one
 * @returns the hex digest
 * @example
 * resultSha256(await evaluate(aCase)) === (await evaluate(aCase)).receipt.resultSha256 //=> true
 * @since 0.1.0
 */
export function resultSha256(result: object): string {
  const { receipt: _receipt, ...rest } = result as Record<string, unknown>;
  return canonicalSha256(rest);
}

/**
 * Gives a result's receipt its `resultSha256`. Hashing a whole result (about 50 KB of canonical
 * JSON) costs about four evaluations, so it is computed when first read (serialising the result
 * reads it) and kept: a caller that never stores the result does not pay for it, and a result
 * changed after that first read no longer matches.
 *
 * @param result - the result just built, receipt without `resultSha256`
 * @returns the same result
 * @example
 * sealResult(result).receipt.resultSha256 //=> '3f…' (64 hex digits)
 * @since 0.1.0
 */
export function sealResult<R extends Omit<Result, 'receipt'> & { receipt: Omit<Result['receipt'], 'resultSha256'> }>(result: R): Result {
  const out = result as unknown as Result;
  let digest: string | undefined;
  // A new receipt object with the getter in its literal, so every receipt has the same shape.
  const sealed = {
    ...result.receipt,
    get resultSha256(): string {
      return (digest ??= resultSha256(out));
    },
  };
  out.receipt = sealed;
  return out;
}
