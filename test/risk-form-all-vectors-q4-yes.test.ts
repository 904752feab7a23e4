import { describe, expect, it } from 'vitest';
import { BLOCK_BITS, blocks, sweep, vectorsOf, VECTORS } from './support/risk-form-2018-sweep.js';

// Half of all 2^21 YES/NO vectors of the 2018 form (those with q4 = YES), through the public
// `evaluate` against the oracle; the other half is in the sibling file, so that two workers share
// the sweep. About 20 s a block on one core of CI's machine (npm run bench times one call).
const BLOCK_TIMEOUT_MS = 600_000;

describe('every YES/NO vector of the 2018 police form with q4 = YES', () => {
  it.each(blocks(8, 16))(
    'with %s, every YES/NO answer to q5-q21 gives risk exactly when 2+ of q1-q7 or 6+ of q8-q21 are YES',
    async (_name, block) => {
      const { checked, mismatches } = await sweep(vectorsOf(block));

      expect(checked).toBe(VECTORS >> BLOCK_BITS);
      expect(mismatches).toEqual([]);
    },
    BLOCK_TIMEOUT_MS,
  );
});
