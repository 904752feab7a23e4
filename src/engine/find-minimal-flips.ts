import type { Answer } from '../schema/case.js';
import type { MinimalFlips } from '../schema/result.js';
import { countVectors } from './count-vectors.js';

interface GroupState {
  id: string;
  items: readonly string[];
  yes: number;
}

/**
 * The smallest sets of answer changes that would flip the determination, found exactly: every YES
 * count the form's groups could take is decided by the engine (memoised), and the nearest ones
 * with the other determination are kept. Answers are interchangeable within a group (only the
 * count matters), so each option says how many answers of which group must change, and from
 * which items they may be taken.
 *
 * @param groups - each group's items and current YES count
 * @param answers - the answers (unknown counts as not YES, so answering it YES is a change to YES)
 * @param decide - the engine's determination for a YES-count vector
 * @param imminentRisk - the current determination
 * @returns the number of changes needed (null when no change can flip it) and every option of that size
 * @example
 * (await findMinimalFlips(groups2018, { q1: 'yes' }, decide, false)).changes //=> 1
 * @since 0.1.0
 */
export async function findMinimalFlips(
  groups: readonly GroupState[],
  answers: Readonly<Record<string, Answer>>,
  decide: (yes: readonly number[]) => Promise<boolean>,
  imminentRisk: boolean,
): Promise<MinimalFlips> {
  const now = groups.map((g) => g.yes);
  let best: number[][] = [];
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const v of countVectors(groups.map(() => 0), groups.map((g) => g.items.length))) {
    const distance = v.reduce((sum, x, i) => sum + Math.abs(x - (now[i] ?? 0)), 0);
    if (distance > bestDistance || (await decide(v)) === imminentRisk) continue;
    if (distance < bestDistance) {
      bestDistance = distance;
      best = [];
    }
    best.push(v);
  }
  if (best.length === 0) return { direction: imminentRisk ? 'remove' : 'establish', changes: null, options: [] };
  return {
    direction: imminentRisk ? 'remove' : 'establish',
    changes: bestDistance,
    options: best.map((v) => ({
      changes: groups.flatMap((g, i) => {
        const delta = (v[i] ?? 0) - g.yes;
        if (delta === 0) return [];
        const toYes = delta > 0;
        const candidates = g.items.filter((id) => ((answers[id] ?? 'unknown') === 'yes') !== toYes);
        return [{ group: g.id, direction: toYes ? ('to-yes' as const) : ('to-no' as const), count: Math.abs(delta), candidates }];
      }),
    })),
  };
}
