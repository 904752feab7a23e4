import { describe, expect, it } from 'vitest';
import { giveBackBatchMemory, reusedBatchMemory } from '../../src/cli/batch-memory.js';

// Through a pipe, a batch's memory goes to the thread that writes it and comes back here; the next
// batch takes it instead of new memory. What is kept is bounded, so memory stays flat.
const MiB = 1024 * 1024;

describe('the memory of written batches', () => {
  it('serves a later batch that fits in it, the very memory given back, and only once', () => {
    const memory = new ArrayBuffer(2 * MiB);
    giveBackBatchMemory(memory);

    expect(reusedBatchMemory(3 * MiB)).toBeUndefined();
    const reused = reusedBatchMemory(2 * MiB);
    expect(reused?.buffer).toBe(memory);
    expect(reused?.length).toBe(2 * MiB);
    expect(reusedBatchMemory(2 * MiB)).toBeUndefined();
  });

  it('keeps at most four, and neither memory too small to serve a batch nor memory grown for a huge line', () => {
    giveBackBatchMemory(new ArrayBuffer(64 * 1024));
    giveBackBatchMemory(new ArrayBuffer(16 * MiB));
    for (let i = 0; i < 6; i++) giveBackBatchMemory(new ArrayBuffer(2 * MiB));

    const served = [];
    for (let b = reusedBatchMemory(1); b !== undefined; b = reusedBatchMemory(1)) served.push(b.length);
    expect(served).toEqual([2 * MiB, 2 * MiB, 2 * MiB, 2 * MiB]);
  });
});
