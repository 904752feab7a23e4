/**
 * Memory for the batches of `evaluate --ndjson`, handed on between `JsonLineBatch` and
 * `StdoutBatches`. Through a pipe, a batch's memory is moved (transferred, not copied) to the
 * worker thread that writes it, and moved back once written: it comes here, and the next batch
 * that needs room takes it instead of new memory (fresh memory is paged in anew, which over
 * gigabytes costs about what a copy would). A few are kept; the rest are let go.
 *
 * @since 0.1.0
 */

/** A batch's room: the 1 MiB `evaluate --ndjson` gathers before writing, and the result that passes it (some 70 kB). */
export const BATCH_ROOM_BYTES = 2 * 1024 * 1024;
/** Room grown past this for a huge line is let go once taken (by the batch, and here), not kept for the lines after it. */
export const KEPT_ROOM_BYTES = 4 * BATCH_ROOM_BYTES;

const kept: ArrayBuffer[] = [];
const KEPT = 4;

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
  // Memory under a batch's room would never serve one.
  if (kept.length < KEPT && memory.byteLength >= BATCH_ROOM_BYTES && memory.byteLength <= KEPT_ROOM_BYTES) kept.push(memory);
}
