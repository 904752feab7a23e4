import { DvRulesError } from '../errors.js';
import type { Condition, RuleSet } from '../schema/rule-set.js';
import type { LoadedRuleSet } from '../versions/parse-rule-set.js';
import type { EngineRun } from './step.js';

type Facts = Readonly<Record<string, string | number | boolean>>;
/** A condition compiled to a function of the facts that returns the evaluated tree and whether it held. */
type Compiled = (facts: Facts) => { tree: object; result: boolean };

/** A rule set compiled once into synchronous closures, with a memo of its runs by facts. */
export interface CompiledRuleSet {
  readonly loaded: LoadedRuleSet;
  run(facts: Facts): EngineRun;
}

const compiled = new WeakMap<LoadedRuleSet, CompiledRuleSet>();
/** Runs remembered per rule set; facts of the shipped kinds take few distinct values. */
const MEMO_LIMIT = 4096;

// json-rules-engine's default operators, with their fact-value guards (engine-default-operators.js):
// the compiled path must answer exactly as the reference does, quirks included (`contains` on a
// scalar fact is false; a number guard that reads parseFloat).
const isNumber = (a: unknown): boolean => Number.parseFloat(a as string).toString() !== 'NaN';
const OPERATORS: Readonly<Record<string, (a: unknown, b: unknown) => boolean>> = {
  equal: (a, b) => a === b,
  notEqual: (a, b) => a !== b,
  in: (a, b) => (b as unknown[]).indexOf(a) > -1,
  notIn: (a, b) => (b as unknown[]).indexOf(a) === -1,
  contains: (a, b) => Array.isArray(a) && a.indexOf(b) > -1,
  doesNotContain: (a, b) => Array.isArray(a) && a.indexOf(b) === -1,
  lessThan: (a, b) => isNumber(a) && (a as number) < (b as number),
  lessThanInclusive: (a, b) => isNumber(a) && (a as number) <= (b as number),
  greaterThan: (a, b) => isNumber(a) && (a as number) > (b as number),
  greaterThanInclusive: (a, b) => isNumber(a) && (a as number) >= (b as number),
};

/**
 * Compiles (once) a validated rule set into synchronous code: parameters are substituted into the
 * conditions and each rule becomes a closure over the facts. It answers exactly as json-rules-engine
 * does with this library's settings (undefined facts are errors; every condition of an `all` or
 * `any` is evaluated, since no condition has a priority; an empty `all` or `any` holds), and yields
 * the same evaluated condition trees, the raw material of explanations. `test/compiled-equals-reference`
 * proves the two equal over every point of each shipped rule set's fact space.
 *
 * @param loaded - a validated rule set
 * @returns the compiled rule set, cached for the life of `loaded`
 * @example
 * compileRuleSet(form2018).run({ 'yes:questions-1-7': 2, 'yes:questions-8-21': 0 }).fired.has('imminent-risk-by-questions-1-7') //=> true
 * @since 0.1.0
 */
export function compileRuleSet(loaded: LoadedRuleSet): CompiledRuleSet {
  const hit = compiled.get(loaded);
  if (hit) return hit;
  const rs = loaded.ruleSet;
  const rules = rs.rules.map((rule, r) => ({ id: rule.id, test: compile(rule.conditions, rs, `rules[${r}].conditions`, loaded) }));
  const memo = new Map<string, EngineRun>();
  const result: CompiledRuleSet = {
    loaded,
    run(facts) {
      const key = JSON.stringify(facts);
      const cached = memo.get(key);
      if (cached) return cached;
      const fired = new Set<string>();
      const trees = new Map<string, unknown>();
      for (const rule of rules) {
        const out = rule.test(facts);
        if (out.result) fired.add(rule.id);
        trees.set(rule.id, out.tree);
      }
      const run: EngineRun = { fired, trees };
      if (memo.size < MEMO_LIMIT) memo.set(key, run);
      return run;
    },
  };
  compiled.set(loaded, result);
  return result;
}

function compile(c: Condition, rs: Readonly<RuleSet>, path: string, loaded: LoadedRuleSet): Compiled {
  if ('all' in c || 'any' in c) {
    const isAll = 'all' in c;
    const parts = (isAll ? c.all : c.any).map((x, i) => compile(x, rs, `${path}.${isAll ? 'all' : 'any'}[${i}]`, loaded));
    const word = isAll ? 'all' : 'any';
    return (facts) => {
      const trees: object[] = [];
      let held = isAll;
      for (const part of parts) {
        const out = part(facts);
        trees.push(out.tree);
        held = isAll ? held && out.result : held || out.result;
      }
      // json-rules-engine: an empty list holds, under `any` as under `all`.
      if (parts.length === 0) held = true;
      return { tree: { [word]: trees, result: held }, result: held };
    };
  }
  if ('not' in c) {
    const inner = compile(c.not, rs, `${path}.not`, loaded);
    return (facts) => {
      const out = inner(facts);
      return { tree: { not: out.tree, result: !out.result }, result: !out.result };
    };
  }
  const value = typeof c.value === 'object' && !Array.isArray(c.value) ? rs.parameters[c.value.param]?.value : c.value;
  const op = OPERATORS[c.operator];
  if (op === undefined) throw new DvRulesError('INVALID_RULE_SET', `evaluate: rule set ${rs.id} uses an operator the library does not run`, [{ path: `${path}.operator`, message: `Unknown operator "${c.operator}"` }], loaded.file);
  const { fact, operator } = c;
  return (facts) => {
    if (!Object.hasOwn(facts, fact)) throw undefinedFact(rs, fact, path, loaded);
    const factResult = facts[fact];
    const result = op(factResult, value);
    return { tree: { fact, operator, value, factResult, result }, result };
  };
}

function undefinedFact(rs: Readonly<RuleSet>, fact: string, path: string, loaded: LoadedRuleSet): DvRulesError {
  return new DvRulesError('INVALID_RULE_SET', `evaluate: rule set ${rs.id} reads a fact its series is not given`, [
    { path: `${path}.fact`, message: `Fact "${fact}" is not given to a rule set of series ${rs.series}` },
  ], loaded.file);
}
