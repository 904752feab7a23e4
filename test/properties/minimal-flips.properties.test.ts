import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/index.js';

type A = 'yes' | 'no' | 'unknown';
const ITEMS = Array.from({ length: 21 }, (_, i) => `q${i + 1}`);

/** Independent oracle: the 2018 rule by plain counting (unknown is not YES). */
function oracle(answers: readonly A[]): boolean {
  const yes = (from: number, to: number): number => answers.slice(from, to).filter((a) => a === 'yes').length;
  return yes(0, 7) >= 2 || yes(7, 21) >= 6;
}

/** Whether some set of exactly k single-answer changes flips the oracle (a change sets YES, or un-sets it). */
function someFlipOfSize(answers: readonly A[], k: number): boolean {
  const target = !oracle(answers);
  const rec = (start: number, left: number, cur: A[]): boolean => {
    if (left === 0) return oracle(cur) === target;
    for (let i = start; i < cur.length; i++) {
      const next = [...cur];
      next[i] = cur[i] === 'yes' ? 'no' : 'yes';
      if (rec(i + 1, left - 1, next)) return true;
    }
    return false;
  };
  return rec(0, k, [...answers]);
}

const answersArb = fc.array(fc.constantFrom<A>('yes', 'no', 'unknown'), { minLength: 21, maxLength: 21 });
const caseOf = (answers: readonly A[]) => ({
  schemaVersion: 1,
  incidentAt: '2022-06-01T10:00:00+03:00',
  relationship: 'partner',
  riskForm: { answers: Object.fromEntries(ITEMS.map((id, i) => [id, answers[i]])) },
});

describe('minimalFlips', () => {
  it('gives the smallest number of answer changes that flips the determination, checked by brute force over item subsets', async () => {
    await fc.assert(
      fc.asyncProperty(answersArb, async (answers) => {
        const r = await evaluate(caseOf(answers));
        const mf = r.riskAssessment!.minimalFlips;
        expect(mf.direction).toBe(oracle(answers) ? 'remove' : 'establish');
        expect(mf.changes).not.toBeNull();
        const k = mf.changes!;
        expect(someFlipOfSize(answers, k)).toBe(true);
        if (k > 1) expect(someFlipOfSize(answers, k - 1)).toBe(false);
      }),
      { numRuns: 60 },
    );
  });

  it('every option it lists, applied, flips the determination', async () => {
    await fc.assert(
      fc.asyncProperty(answersArb, async (answers) => {
        const r = await evaluate(caseOf(answers));
        for (const option of r.riskAssessment!.minimalFlips.options) {
          const next = [...answers];
          for (const change of option.changes) {
            expect(change.candidates.length).toBeGreaterThanOrEqual(change.count);
            for (const id of change.candidates.slice(0, change.count)) next[ITEMS.indexOf(id)] = change.direction === 'to-yes' ? 'yes' : 'no';
          }
          expect(oracle(next)).toBe(!oracle(answers));
        }
      }),
      { numRuns: 60 },
    );
  });

  it('says one more YES among questions 1-7 would establish risk when one YES is there and nothing else', async () => {
    const answers: A[] = ITEMS.map((_, i) => (i === 0 ? 'yes' : 'no'));
    const mf = (await evaluate(caseOf(answers))).riskAssessment!.minimalFlips;
    expect(mf).toEqual({
      direction: 'establish',
      changes: 1,
      options: [{ changes: [{ group: 'questions-1-7', direction: 'to-yes', count: 1, candidates: ['q2', 'q3', 'q4', 'q5', 'q6', 'q7'] }] }],
    });
  });

  it('says no single change removes risk when both groups meet their thresholds', async () => {
    const answers: A[] = ITEMS.map((_, i) => (i < 2 || (i >= 7 && i < 13) ? 'yes' : 'no'));
    const mf = (await evaluate(caseOf(answers))).riskAssessment!.minimalFlips;
    expect(mf.direction).toBe('remove');
    expect(mf.changes).toBe(2);
    expect(mf.options).toHaveLength(1);
  });
});
