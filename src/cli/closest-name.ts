/**
 * The known name a mistyped one was most likely meant to be: the nearest by edit distance
 * (insertions, deletions, substitutions and swaps of two neighbours each count one), if it is
 * near enough (at most 1 edit for names up to 4 characters, 2 up to 8, 3 beyond), or the only
 * known name that starts with what was typed.
 *
 * @param typed - what was typed (`jsno`, `--rule`)
 * @param known - the names it could have been
 * @returns the suggestion, or undefined
 * @example
 * closestName('--jsno', ['--json', '--lang']) //=> '--json'
 * closestName('--colour', ['--json', '--lang']) //=> undefined
 * @since 0.1.0
 */
export function closestName(typed: string, known: readonly string[]): string | undefined {
  const prefixed = known.filter((k) => typed.length >= 3 && k.startsWith(typed));
  if (prefixed.length === 1) return prefixed[0];
  const bare = typed.replace(/^-+/, '');
  const allowed = bare.length <= 4 ? 1 : bare.length <= 8 ? 2 : 3;
  let best: string | undefined;
  let bestDistance = allowed + 1;
  for (const name of known) {
    const d = editDistance(typed, name);
    if (d < bestDistance) [best, bestDistance] = [name, d];
  }
  return best;
}

/** Optimal-string-alignment distance: Levenshtein plus the swap of two adjacent characters. */
function editDistance(a: string, b: string): number {
  const rows: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i += 1) {
    for (let j = 1; j <= b.length; j += 1) {
      const row = rows[i]!;
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row[j] = Math.min(rows[i - 1]![j]! + 1, row[j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) row[j] = Math.min(row[j]!, rows[i - 2]![j - 2]! + 1);
    }
  }
  return rows[a.length]![b.length]!;
}
