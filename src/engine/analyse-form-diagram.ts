import { NO_RISK, RISK, type FormDiagram } from './compile-form-diagram.js';
import type { EngineRequest, FormAnalysis } from './step.js';

/** At most this many minimal-flip options are listed; more are reported as truncated. */
export const MAX_FLIP_OPTIONS = 1000;

/**
 * Answers the exact questions about a risk form by walking its decision diagram, in time linear in
 * its size: the outcome over every YES count the unknown answers could produce (the form is
 * monotone, so the two corners of that box decide it), which groups' unknown answers can change
 * the determination (a pair of neighbouring counts whose sub-diagrams differ for some reachable
 * counts of the other groups), and the nearest counts with the other determination (a shortest
 * path, each class costing the answers that must change to reach it).
 *
 * @param d - the form's diagram
 * @param q - the current counts, the highest reachable counts and the current determination
 * @returns the analysis, equal to the reference enumeration's
 * @example
 * analyseFormDiagram(d2018, { yes: [1, 0], high: [3, 0], size: [7, 14], imminentRisk: false }).outcome //=> 'possible'
 * @since 0.1.0
 */
export function analyseFormDiagram(d: FormDiagram, q: Omit<Extract<EngineRequest, { kind: 'form' }>, 'kind' | 'loaded'>): FormAnalysis {
  const low = q.yes;
  const high = q.high;
  const atHigh = walk(d, high) === RISK;
  const outcome = q.imminentRisk ? 'established' : atHigh ? 'possible' : 'excluded';
  return { outcome, decisive: outcome === 'possible' ? decisiveGroups(d, low, high) : d.starts.map(() => false), flips: nearest(d, low, !q.imminentRisk) };
}

function classOf(starts: readonly number[], x: number): number {
  let c = 0;
  while (c + 1 < starts.length && (starts[c + 1] as number) <= x) c++;
  return c;
}

function walk(d: FormDiagram, counts: readonly number[]): number {
  let node = d.root;
  for (let j = 0; j < d.levels; j++) node = d.kids[node]?.[classOf(d.starts[j] ?? [0], counts[j] ?? 0)] ?? node;
  return node;
}

/** The classes of group j that hold some count in [low, high]. */
function classesIn(d: FormDiagram, j: number, low: number, high: number): number[] {
  const starts = d.starts[j] ?? [0];
  const out: number[] = [];
  for (let c = classOf(starts, low); c < starts.length && (starts[c] as number) <= high; c++) out.push(c);
  return out;
}

function decisiveGroups(d: FormDiagram, low: readonly number[], high: readonly number[]): boolean[] {
  const inBox = Array.from({ length: d.levels }, (_, j) => classesIn(d, j, low[j] ?? 0, high[j] ?? 0));
  // Nodes reachable, level by level, with counts inside the box.
  const reach: number[][] = [[d.root]];
  for (let j = 0; j < d.levels; j++) {
    const next = new Set<number>();
    for (const n of reach[j] ?? []) for (const c of inBox[j] ?? []) next.add(d.kids[n]?.[c] as number);
    reach.push([...next]);
  }
  const memo = new Map<number, boolean>();
  const width = d.level.length;
  // Whether two nodes of one level answer differently for some counts of the later groups in the box.
  const differ = (u: number, w: number): boolean => {
    if (u === w) return false;
    const lvl = d.level[u] as number;
    if (lvl === d.levels) return true;
    const key = u * width + w;
    const known = memo.get(key);
    if (known !== undefined) return known;
    let out = false;
    for (const c of inBox[lvl] ?? []) {
      if (differ(d.kids[u]?.[c] as number, d.kids[w]?.[c] as number)) {
        out = true;
        break;
      }
    }
    memo.set(key, out);
    return out;
  };
  return Array.from({ length: d.levels }, (_, i) => {
    const lo = low[i] ?? 0;
    const hi = high[i] ?? 0;
    if (hi <= lo) return false;
    const starts = d.starts[i] ?? [0];
    // One more YES changes group i's class only where it crosses a threshold s, from s - 1 to s.
    const crossings = starts.filter((s) => lo < s && s <= hi);
    return crossings.some((s) => {
      const below = classOf(starts, s - 1);
      const above = classOf(starts, s);
      return (reach[i] ?? []).some((n) => differ(d.kids[n]?.[below] as number, d.kids[n]?.[above] as number));
    });
  });
}

function nearest(d: FormDiagram, now: readonly number[], target: boolean): FormAnalysis['flips'] {
  const goal = target ? RISK : NO_RISK;
  const cost = new Float64Array(d.level.length).fill(-1);
  // The count of class c nearest to group j's count now; the answers to change are the distance to it.
  const pointIn = (j: number, c: number): number => {
    const starts = d.starts[j] ?? [0];
    const last = c + 1 < starts.length ? (starts[c + 1] as number) - 1 : (d.size[j] ?? 0);
    return Math.min(Math.max(now[j] ?? 0, starts[c] as number), last);
  };
  const step = (j: number, c: number): number => Math.abs(pointIn(j, c) - (now[j] ?? 0));
  const solve = (n: number): number => {
    const known = cost[n] as number;
    if (known >= 0) return known;
    const lvl = d.level[n] as number;
    let best = Number.POSITIVE_INFINITY;
    if (lvl === d.levels) best = n === goal ? 0 : Number.POSITIVE_INFINITY;
    else (d.kids[n] ?? []).forEach((child, c) => void (best = Math.min(best, step(lvl, c) + solve(child))));
    cost[n] = best;
    return best;
  };
  const distance = solve(d.root);
  if (!Number.isFinite(distance)) return { distance: null, vectors: [], truncated: false };
  const vectors: number[][] = [];
  let truncated = false;
  const prefix: number[] = [];
  const collect = (n: number, left: number): void => {
    const lvl = d.level[n] as number;
    if (lvl === d.levels) {
      if (vectors.length < MAX_FLIP_OPTIONS) vectors.push([...prefix]);
      else truncated = true;
      return;
    }
    const kids = d.kids[n] ?? [];
    for (let c = 0; c < kids.length && !truncated; c++) {
      const s = step(lvl, c);
      const child = kids[c] as number;
      if (s + solve(child) !== left) continue;
      prefix.push(pointIn(lvl, c));
      collect(child, left - s);
      prefix.pop();
    }
  };
  collect(d.root, distance);
  return { distance, vectors, truncated };
}
