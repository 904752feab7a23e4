import { describe, expect, it } from 'vitest';
import { evaluateSync } from '../../src/index.js';
import { caseWith, ITEMS_2018, oracleImminentRisk, type OracleAnswers } from './risk-form-2018-oracle.js';

// The sweep of YES/NO vectors through the public `evaluateSync` (the compiled path), one call at a time, shared by the
// test files that together check all 2^21 of them. A vector is a number: bit i is the answer to
// q(i+1), 1 = YES.

export const VECTORS = 2 ** ITEMS_2018.length;
/** The full sweep is cut into 16 blocks named by the answers to q1-q4, so a failure says where. */
export const BLOCK_BITS = 4;

export const answersOf = (vector: number): OracleAnswers => {
  const answers: OracleAnswers = {};
  for (let i = 0; i < ITEMS_2018.length; i++) answers[ITEMS_2018[i] as string] = (vector >> i) & 1 ? 'yes' : 'no';
  return answers;
};

export interface Mismatch {
  answers: OracleAnswers;
  expected: unknown;
  actual: unknown;
}

/** Evaluates each YES/NO vector and returns how many were checked and the first mismatches. */
export function sweep(vectors: Iterable<number>): { checked: number; mismatches: Mismatch[] } {
  const mismatches: Mismatch[] = [];
  let checked = 0;
  for (const vector of vectors) {
    const answers = answersOf(vector);
    const risk = oracleImminentRisk(answers);
    const outcome = risk ? 'established' : 'excluded';
    const r = evaluateSync(caseWith(answers));
    const ra = r.riskAssessment;
    checked += 1;
    // Field by field (the vector's cost is the evaluation's, not the comparison's); a mismatch is recorded whole.
    const agrees = ra !== null && ra.imminentRisk === risk && ra.outcome === outcome && ra.decisiveItems.length === 0 && r.determination.imminentRisk === risk;
    if (!agrees && mismatches.length < 10) {
      const expected = { imminentRisk: risk, outcome, decisiveItems: [], determination: risk };
      const actual = ra && { imminentRisk: ra.imminentRisk, outcome: ra.outcome, decisiveItems: ra.decisiveItems, determination: r.determination.imminentRisk };
      mismatches.push({ answers, expected, actual });
    }
  }
  return { checked, mismatches };
}

/** The blocks `from` to `to - 1`, each named by its answers to q1-q4. */
export function blocks(from: number, to: number): Array<readonly [string, number]> {
  return Array.from({ length: to - from }, (_, k) => {
    const block = from + k;
    const name = Array.from({ length: BLOCK_BITS }, (_, i) => `q${i + 1}=${(block >> i) & 1 ? 'YES' : 'NO'}`).join(', ');
    return [name, block] as const;
  });
}

/** Every vector of a block: its q1-q4 fixed, q5-q21 taking all 2^17 values. */
export function* vectorsOf(block: number): Generator<number> {
  for (let k = 0; k < VECTORS >> BLOCK_BITS; k++) yield (k << BLOCK_BITS) | block;
}

/**
 * Declares the tests of blocks `from` to `to - 1`: each evaluates all 2^17 vectors of its block
 * against the oracle. One call per test file, so that the files share the sweep across workers.
 */
export function describeSweep(title: string, from: number, to: number, timeoutMs: number): void {
  describe(title, () => {
    it.each(blocks(from, to))(
      'with %s, every YES/NO answer to q5-q21 gives risk exactly when 2+ of q1-q7 or 6+ of q8-q21 are YES',
      (_name, block) => {
        const { checked, mismatches } = sweep(vectorsOf(block));

        expect(checked).toBe(VECTORS >> BLOCK_BITS);
        expect(mismatches).toEqual([]);
      },
      timeoutMs,
    );
  });
}
