/**
 * Every whole-number vector between `low` and `high` (inclusive, component by component), in
 * lexicographic order: the YES counts a form's groups could take.
 *
 * @param low - the smallest count of each group
 * @param high - the largest count of each group
 * @returns the vectors
 * @example
 * countVectors([0, 1], [1, 2]) //=> [[0, 1], [0, 2], [1, 1], [1, 2]]
 * @since 0.1.0
 */
export function countVectors(low: readonly number[], high: readonly number[]): number[][] {
  let vectors: number[][] = [[]];
  low.forEach((lo, i) => {
    const next: number[][] = [];
    for (const v of vectors) for (let k = lo; k <= (high[i] ?? lo); k++) next.push([...v, k]);
    vectors = next;
  });
  return vectors;
}
