import type { Result } from '../schema/result.js';
import { canonicalSha256 } from '../versions/canonical-json.js';

/**
 * The SHA-256 that `receipt.resultSha256` holds and `verifyReceipt` recomputes, so an edited stored
 * result (an `imminentRisk` flipped) no longer verifies. It is a hash of hashes, one level deep:
 * every field of the result but the receipt is hashed on its own (its canonical JSON), a field that
 * is an array element by element; the digest is the SHA-256 of the canonical JSON of those hashes,
 * by field. Any change to any value changes it, as a hash of the whole text would; but the parts
 * that results share (frozen: explanation entries, deadlines, next steps…) are hashed once, not once
 * per result. Integrity, not authorship: whoever edits the result can also recompute this hash;
 * only a signature says who produced it (docs/integrating.md).
 *
 * @param result - a result, or a stored copy of one
 * @returns the hex digest
 * @example
 * resultSha256(await evaluate(aCase)) === (await evaluate(aCase)).receipt.resultSha256 //=> true
 * @since 0.1.0
 */
export function resultSha256(result: object): string {
  const digests: Record<string, string | string[]> = {};
  for (const [key, value] of Object.entries(result)) {
    if (key === 'receipt' || value === undefined) continue;
    digests[key] = Array.isArray(value) ? value.map(partSha256) : partSha256(value);
  }
  return canonicalSha256(digests);
}

const frozenDigests = new WeakMap<object, string>();

/** A part's hash; a frozen part's is made once. */
function partSha256(value: unknown): string {
  if (value === null || typeof value !== 'object' || !Object.isFrozen(value)) return canonicalSha256(value);
  let digest = frozenDigests.get(value);
  if (digest === undefined) {
    digest = canonicalSha256(value);
    frozenDigests.set(value, digest);
  }
  return digest;
}

/**
 * Gives a result's receipt its `resultSha256`. It is computed when first read (serialising the result
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
