/**
 * Memory for the batches of `evaluate --ndjson`, handed on between `JsonLineBatch` and
 * `StdoutBatches`. Through a pipe, a batch's memory is moved (transferred, not copied) to the
 * worker thread that writes it, and moved back once written: it comes here, and the next batch
 * that needs room takes it instead of new memory (fresh memory is paged in anew, which over
 * gigabytes costs about what a copy would). A few are kept; the rest are let go.
 *
 * @since 0.1.0
 */
const kept: ArrayBuffer[] = [];
const KEPT = 4;
/** Memory grown past this for a huge line is let go, not kept (as `JsonLineBatch` lets it go); memory under the least a batch asks for (2 MiB) would never serve one. */
const KEPT_BYTES = 8 * 1024 * 1024;
const LEAST_BYTES = 2 * 1024 * 1024;

/**
 * Memory for at least `size` bytes from those given back, or undefined when none is that large.
 *
 * @param size - the bytes needed
 * @returns a Buffer over memory given back, or undefined
 * @example
 * reusedBatchMemory(2 * 1024 * 1024) //=> undefined (nothing given back yet)
 * @since 0.1.0
 */
export function reusedBatchMemory(size: number): Buffer | undefined {
  for (let i = 0; i < kept.length; i++) {
    const memory = kept[i] as ArrayBuffer;
    if (memory.byteLength < size) continue;
    kept.splice(i, 1);
    return Buffer.from(memory);
  }
  return undefined;
}

/**
 * Gives a batch's memory back once its bytes are written, for a later batch.
 *
 * @param memory - memory no one else holds a view of
 * @returns nothing
 * @example
 * giveBackBatchMemory(buffer) //=> undefined
 * @since 0.1.0
 */
export function giveBackBatchMemory(memory: ArrayBuffer): void {
  if (kept.length < KEPT && memory.byteLength >= LEAST_BYTES && memory.byteLength <= KEPT_BYTES) kept.push(memory);
}
