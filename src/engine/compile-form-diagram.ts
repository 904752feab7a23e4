import { DvRulesError } from '../errors.js';
import type { Condition, RuleSet } from '../schema/rule-set.js';
import type { LoadedRuleSet } from '../versions/parse-rule-set.js';

/**
 * A risk form's determination as an ordered decision diagram over its groups' YES counts: level j
 * branches on the class of group j's count (the counts between two thresholds that any condition
 * names are interchangeable), every path visits every level, and the two last nodes are the
 * determinations. Questions about every count the unknown answers could produce then become walks
 * over a few nodes per group instead of an enumeration of the counts.
 */
export interface FormDiagram {
  /** Number of groups, the levels. */
  readonly levels: number;
  /** Per group: the first count of each class, ascending, starting at 0. */
  readonly starts: readonly (readonly number[])[];
  /** Per group: its number of items (the largest count). */
  readonly size: readonly number[];
  /** Per node: its level (`levels` for the two terminals). */
  readonly level: readonly number[];
  /** Per node: its child for each class of its level's group. */
  readonly kids: readonly (readonly number[])[];
  readonly root: number;
}

/** Node ids of the two terminals. */
export const NO_RISK = 0;
export const RISK = 1;
/** Bound on the diagram of a form, so that no rule set can make an evaluation slow. */
export const MAX_DIAGRAM_NODES = 20_000;

type Formula = { t: 'c'; v: boolean } | { t: 'a'; g: number; k: number } | { t: 'and' | 'or'; xs: Formula[] };
const TRUE: Formula = { t: 'c', v: true };
const FALSE: Formula = { t: 'c', v: false };

const diagrams = new WeakMap<LoadedRuleSet, FormDiagram>();

/**
 * Builds (once) the decision diagram of a validated risk form. Risk-form rules are monotone
 * (only `greaterThan` and `greaterThanInclusive` on counts, no `not`), imminent risk is "some rule
 * fired", and `all`/`any` with no conditions hold, as in json-rules-engine.
 *
 * @param loaded - a validated rule set of kind `risk-form`
 * @returns the diagram, cached for the life of `loaded`
 * @throws DvRulesError `INVALID_RULE_SET` when the form's conditions need more than `MAX_DIAGRAM_NODES` nodes
 * @example
 * compileFormDiagram(form2018).starts //=> [[0, 2], [0, 6]]
 * @since 0.1.0
 */
export function compileFormDiagram(loaded: LoadedRuleSet): FormDiagram {
  const hit = diagrams.get(loaded);
  if (hit) return hit;
  const rs = loaded.ruleSet;
  const groups = rs.groups ?? [];
  const index = new Map(groups.map((g, i) => [`yes:${g.id}`, i]));
  const size = groups.map((g) => (rs.items ?? []).filter((item) => item.group === g.id).length);
  const formula = simplify({ t: 'or', xs: rs.rules.map((r) => toFormula(r.conditions, rs, index, size)) });

  const breaks = groups.map(() => new Set<number>([0]));
  collectThresholds(formula, breaks);
  const starts = breaks.map((set) => [...set].sort((a, b) => a - b));

  const level: number[] = [groups.length, groups.length];
  const kids: number[][] = [[], []];
  const memo = new Map<string, number>();
  const build = (j: number, f: Formula): number => {
    if (j === groups.length) {
      if (f.t !== 'c') throw new Error('compileFormDiagram: a condition survived its last group');
      return f.v ? RISK : NO_RISK;
    }
    const key = `${j}|${keyOf(f)}`;
    const known = memo.get(key);
    if (known !== undefined) return known;
    const children = (starts[j] ?? [0]).map((low) => build(j + 1, simplify(restrict(f, j, low))));
    if (level.length >= MAX_DIAGRAM_NODES) {
      throw new DvRulesError('INVALID_RULE_SET', `evaluate: the risk form ${rs.id} is too complex to decide exactly`, [
        { path: 'rules', message: `Its conditions need more than ${MAX_DIAGRAM_NODES} decision nodes` },
      ], loaded.file);
    }
    const id = level.length;
    level.push(j);
    kids.push(children);
    memo.set(key, id);
    return id;
  };
  const root = build(0, formula);
  const diagram: FormDiagram = { levels: groups.length, starts, size, level, kids, root };
  diagrams.set(loaded, diagram);
  return diagram;
}

function toFormula(c: Condition, rs: Readonly<RuleSet>, index: ReadonlyMap<string, number>, size: readonly number[]): Formula {
  if ('all' in c) return { t: 'and', xs: c.all.map((x) => toFormula(x, rs, index, size)) };
  if ('any' in c) return c.any.length === 0 ? TRUE : { t: 'or', xs: c.any.map((x) => toFormula(x, rs, index, size)) };
  if ('not' in c) throw new Error('compileFormDiagram: a risk form has no "not" (refused when loaded)');
  const g = index.get(c.fact);
  const v = typeof c.value === 'object' && !Array.isArray(c.value) ? rs.parameters[c.value.param]?.value : c.value;
  if (g === undefined || typeof v !== 'number') throw new Error('compileFormDiagram: a condition names no group count (refused when loaded)');
  // Counts are whole numbers: x >= v holds from ceil(v), x > v from floor(v) + 1.
  const k = c.operator === 'greaterThanInclusive' ? Math.ceil(v) : c.operator === 'greaterThan' ? Math.floor(v) + 1 : Number.NaN;
  if (Number.isNaN(k)) throw new Error('compileFormDiagram: a risk form compares counts upwards only (refused when loaded)');
  if (k <= 0) return TRUE;
  if (k > (size[g] ?? 0)) return FALSE;
  return { t: 'a', g, k };
}

function collectThresholds(f: Formula, breaks: Set<number>[]): void {
  if (f.t === 'a') breaks[f.g]?.add(f.k);
  else if (f.t === 'and' || f.t === 'or') for (const x of f.xs) collectThresholds(x, breaks);
}

/** The formula once group `g`'s count is known to be at least `low` (and below the next threshold). */
function restrict(f: Formula, g: number, low: number): Formula {
  if (f.t === 'a') return f.g === g ? (low >= f.k ? TRUE : FALSE) : f;
  if (f.t === 'c') return f;
  return { t: f.t, xs: f.xs.map((x) => restrict(x, g, low)) };
}

function simplify(f: Formula): Formula {
  if (f.t !== 'and' && f.t !== 'or') return f;
  const absorbing = f.t === 'or';
  const xs: Formula[] = [];
  const seen = new Set<string>();
  for (const x of f.xs.map(simplify)) {
    if (x.t === 'c') {
      if (x.v === absorbing) return x;
      continue;
    }
    for (const y of x.t === f.t ? x.xs : [x]) {
      const k = keyOf(y);
      if (!seen.has(k)) {
        seen.add(k);
        xs.push(y);
      }
    }
  }
  if (xs.length === 0) return absorbing ? FALSE : TRUE;
  return xs.length === 1 ? (xs[0] as Formula) : { t: f.t, xs };
}

function keyOf(f: Formula): string {
  if (f.t === 'c') return f.v ? 'T' : 'F';
  if (f.t === 'a') return `${f.g}>=${f.k}`;
  return `${f.t === 'and' ? '&' : '|'}(${f.xs.map(keyOf).sort().join(',')})`;
}
