import { Engine, type RuleProperties, type TopLevelCondition } from 'json-rules-engine';
import engineDebug from 'json-rules-engine/dist/debug.js';
import type { Condition, RuleSet } from '../schema/rule-set.js';
import type { LoadedRuleSet } from '../versions/parse-rule-set.js';

const OPERATOR_DECORATORS = ['someFact', 'someValue', 'everyFact', 'everyValue', 'swap', 'not'];

/** The outcome of one engine run: the rules that fired and each rule's evaluated condition tree. */
export interface EngineRun {
  readonly fired: ReadonlySet<string>;
  readonly trees: ReadonlyMap<string, unknown>;
}

/** A json-rules-engine instance built once per rule set, and a memo of its runs by facts. */
export interface CompiledRuleSet {
  readonly loaded: LoadedRuleSet;
  run(facts: Readonly<Record<string, number | string | boolean>>): Promise<EngineRun>;
}

const compiled = new WeakMap<LoadedRuleSet, CompiledRuleSet>();
/** Runs remembered per rule set; facts of the shipped kinds take few distinct values. */
const MEMO_LIMIT = 4096;

/**
 * Builds (once) the engine of a rule set: parameters are substituted into the conditions, the
 * engine's operator decorators are removed, and undefined facts are errors, not silent `false`s.
 *
 * @param loaded - a validated rule set
 * @returns the compiled rule set, cached for the life of `loaded`
 * @example
 * const fired = (await compileRuleSet(form).run({ 'yes:questions-1-7': 2, 'yes:questions-8-21': 0 })).fired
 * fired.has('imminent-risk-by-questions-1-7') //=> true
 * @since 0.1.0
 */
export function compileRuleSet(loaded: LoadedRuleSet): CompiledRuleSet {
  const hit = compiled.get(loaded);
  if (hit) return hit;
  silenceEngineDebug();
  const rs = loaded.ruleSet;
  const engine = new Engine([], { allowUndefinedFacts: false, allowUndefinedConditions: false, replaceFactsInEventParams: false });
  for (const name of OPERATOR_DECORATORS) engine.removeOperatorDecorator(name);
  for (const rule of rs.rules) {
    const props: RuleProperties = {
      name: rule.id,
      conditions: substitute(rule.conditions, rs) as TopLevelCondition,
      event: { type: rule.event.type, params: { ...(rule.event.params ?? {}), ruleId: rule.id } },
      ...(rule.priority === undefined ? {} : { priority: rule.priority }),
    };
    engine.addRule(props);
  }
  const memo = new Map<string, Promise<EngineRun>>();
  // json-rules-engine keeps one run status per Engine: when one run finishes it marks the engine
  // finished and every run still in flight skips its remaining rules. Runs of one engine are
  // therefore queued, one after the other (evaluate is async, so integrators do overlap calls).
  let queue: Promise<unknown> = Promise.resolve();
  const result: CompiledRuleSet = {
    loaded,
    run(facts) {
      const key = JSON.stringify(Object.keys(facts).sort().map((k) => [k, facts[k]]));
      const cachedRun = memo.get(key);
      if (cachedRun) return cachedRun;
      const promise = queue.then(() => engine.run({ ...facts })).then((out) => {
        const trees = new Map<string, unknown>();
        for (const r of [...out.results, ...out.failureResults]) trees.set(r.name as string, r.conditions);
        return { fired: new Set(out.results.map((r) => r.name as string)), trees };
      });
      queue = promise.catch(() => undefined);
      if (memo.size < MEMO_LIMIT) memo.set(key, promise);
      return promise;
    },
  };
  compiled.set(loaded, result);
  return result;
}

function substitute(c: Condition, rs: Readonly<RuleSet>): unknown {
  if ('all' in c) return { all: c.all.map((x) => substitute(x, rs)) };
  if ('any' in c) return { any: c.any.map((x) => substitute(x, rs)) };
  if ('not' in c) return { not: substitute(c.not, rs) };
  const value = typeof c.value === 'object' && !Array.isArray(c.value) ? rs.parameters[c.value.param]?.value : c.value;
  return { fact: c.fact, operator: c.operator, value };
}

/**
 * json-rules-engine prints every fact and condition to the console when the DEBUG environment
 * variable names it; here the facts are case data, which must never be logged. Its parts look the
 * logger up on its module at each call, so replacing it once silences them all. Done on first
 * compile, not on import, so that importing the library changes nothing.
 */
function silenceEngineDebug(): void {
  const m: { default?: unknown } = engineDebug;
  if (typeof m === 'object' && m !== null && typeof m.default === 'function') m.default = () => undefined;
}
