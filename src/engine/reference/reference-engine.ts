import { DvRulesError } from '../../errors.js';
import type { Condition, RuleSet } from '../../schema/rule-set.js';
import type { LoadedRuleSet } from '../../versions/parse-rule-set.js';
import { countVectors } from './count-vectors.js';
import type { EngineRequest, EngineRun, FormAnalysis } from '../step.js';

type JsonRulesEngine = typeof import('json-rules-engine');

const OPERATOR_DECORATORS = ['someFact', 'someValue', 'everyFact', 'everyValue', 'swap', 'not'];
/** The reference path enumerates a form's YES counts; larger forms run on the compiled path only. */
export const MAX_COUNT_VECTORS = 4096;
/** Runs remembered per rule set; facts of the shipped kinds take few distinct values. */
const MEMO_LIMIT = 4096;

let library: Promise<JsonRulesEngine> | undefined;
const engines = new WeakMap<LoadedRuleSet, Promise<(facts: Readonly<Record<string, string | number | boolean>>) => Promise<EngineRun>>>();

/**
 * The reference path: json-rules-engine itself runs each rule set, and a risk form's exact
 * questions are answered by enumerating every YES count (the way 0.1 did). It is loaded only when
 * asked for (`evaluate(c, { engine: 'reference' })`), so the main entry neither imports
 * json-rules-engine nor needs Node for the compiled path. Its answers are the yardstick the
 * compiled path is proven against.
 *
 * @param request - what the decision code asks
 * @returns the engine run, or the form analysis
 * @throws DvRulesError `INVALID_OPTIONS` for a form too large to enumerate; `INVALID_RULE_SET` when
 *   the engine refuses a rule set at run time (a fact its series is not given)
 * @example
 * (await answerReference({ kind: 'run', loaded: form2018, facts })).fired.size //=> 1
 * @since 0.1.0
 */
export async function answerReference(request: EngineRequest): Promise<EngineRun | FormAnalysis> {
  if (request.kind === 'run') return run(request.loaded, request.facts);
  // Enumerations are remembered per form and question, as engine runs are per facts.
  let memo = analyses.get(request.loaded);
  if (!memo) {
    memo = new Map();
    analyses.set(request.loaded, memo);
  }
  const key = `${request.yes.join(',')}|${request.high.join(',')}|${request.imminentRisk}`;
  let found = memo.get(key);
  if (!found) {
    found = analyseByEnumeration(request);
    if (memo.size < ANALYSIS_MEMO_LIMIT) memo.set(key, found);
  }
  return found;
}

const analyses = new WeakMap<LoadedRuleSet, Map<string, Promise<FormAnalysis>>>();
const ANALYSIS_MEMO_LIMIT = 65_536;

async function run(loaded: LoadedRuleSet, facts: Readonly<Record<string, string | number | boolean>>): Promise<EngineRun> {
  let engine = engines.get(loaded);
  if (!engine) {
    engine = build(loaded);
    engines.set(loaded, engine);
  }
  try {
    return await (await engine)(facts);
  } catch (e) {
    if (e instanceof DvRulesError) throw e;
    const fact = e instanceof Error && /Undefined fact: (.*)/.exec(e.message)?.[1];
    throw new DvRulesError('INVALID_RULE_SET', `evaluate: rule set ${loaded.ruleSet.id} could not be run`, [
      { path: 'rules', message: fact ? `Fact "${fact}" is not given to a rule set of series ${loaded.ruleSet.series}` : 'The engine refused a condition' },
    ], loaded.file);
  }
}

async function build(loaded: LoadedRuleSet): Promise<(facts: Readonly<Record<string, string | number | boolean>>) => Promise<EngineRun>> {
  library ??= loadLibrary();
  const { Engine } = await library;
  const rs = loaded.ruleSet;
  const engine = new Engine([], { allowUndefinedFacts: false, allowUndefinedConditions: false, replaceFactsInEventParams: false });
  for (const name of OPERATOR_DECORATORS) engine.removeOperatorDecorator(name);
  for (const rule of rs.rules) {
    engine.addRule({
      name: rule.id,
      conditions: substitute(rule.conditions, rs) as never,
      event: { type: rule.event.type, params: { ...(rule.event.params ?? {}), ruleId: rule.id } },
      ...(rule.priority === undefined ? {} : { priority: rule.priority }),
    });
  }
  const memo = new Map<string, Promise<EngineRun>>();
  // json-rules-engine keeps one run status per Engine: when one run finishes it marks the engine
  // finished and every run still in flight skips its remaining rules. Runs of one engine are
  // therefore queued, one after the other (evaluate is async, so integrators do overlap calls).
  let queue: Promise<unknown> = Promise.resolve();
  return (facts) => {
    const key = JSON.stringify(Object.keys(facts).sort().map((k) => [k, facts[k]]));
    const cached = memo.get(key);
    if (cached) return cached;
    const promise = queue.then(() => engine.run({ ...facts })).then((out) => {
      const trees = new Map<string, unknown>();
      for (const r of [...out.results, ...out.failureResults]) trees.set(r.name as string, r.conditions);
      return { fired: new Set(out.results.map((r) => r.name as string)), trees };
    });
    queue = promise.catch(() => undefined);
    if (memo.size < MEMO_LIMIT) memo.set(key, promise);
    return promise;
  };
}

async function loadLibrary(): Promise<JsonRulesEngine> {
  const [lib, debug] = await Promise.all([import('json-rules-engine'), import('json-rules-engine/dist/debug.js')]);
  // json-rules-engine prints every fact and condition to the console when the DEBUG environment
  // variable names it; here the facts are case data, which must never be logged. Its parts look the
  // logger up on its module at each call, so replacing it once silences them all.
  const m: { default?: unknown } = debug;
  if (typeof m === 'object' && m !== null && typeof m.default === 'function') m.default = () => undefined;
  const inner = (debug as { default?: { default?: unknown } }).default;
  if (typeof inner === 'object' && inner !== null && typeof inner.default === 'function') inner.default = () => undefined;
  // Node's ESM loader exposes the CommonJS module's names; a bundler may give only `default`.
  const viaDefault = (lib as unknown as { default?: JsonRulesEngine }).default;
  return typeof lib.Engine === 'function' ? lib : (viaDefault ?? lib);
}

function substitute(c: Condition, rs: Readonly<RuleSet>): unknown {
  if ('all' in c) return { all: c.all.map((x) => substitute(x, rs)) };
  if ('any' in c) return { any: c.any.map((x) => substitute(x, rs)) };
  if ('not' in c) return { not: substitute(c.not, rs) };
  const value = typeof c.value === 'object' && !Array.isArray(c.value) ? rs.parameters[c.value.param]?.value : c.value;
  return { fact: c.fact, operator: c.operator, value };
}

/** 0.1's exact search: every YES-count vector in the box, each decided by the engine. */
async function analyseByEnumeration(q: Extract<EngineRequest, { kind: 'form' }>): Promise<FormAnalysis> {
  const space = q.size.reduce((n, s) => n * (s + 1), 1);
  if (space > MAX_COUNT_VECTORS) {
    throw new DvRulesError('INVALID_OPTIONS', 'evaluate: the reference engine cannot enumerate this form', [
      { path: 'engine', message: `The form has ${space} YES-count combinations; the reference engine enumerates at most ${MAX_COUNT_VECTORS} (use the compiled engine)` },
    ]);
  }
  const groups = q.loaded.ruleSet.groups ?? [];
  const facts = (v: readonly number[]): Record<string, number> => Object.fromEntries(groups.map((g, i) => [`yes:${g.id}`, v[i] ?? 0]));
  const decide = async (v: readonly number[]): Promise<boolean> => (await run(q.loaded, facts(v))).fired.size > 0;

  const vectors = countVectors(q.yes, q.high);
  const decisions = new Map<string, boolean>();
  for (const v of vectors) decisions.set(v.join(','), await decide(v));
  const values = [...decisions.values()];
  const outcome = values.every(Boolean) ? 'established' : values.some(Boolean) ? 'possible' : 'excluded';
  // An unknown item of group i is decisive when, for some answers to the other unknown items,
  // its own YES instead of NO changes the determination.
  const decisive = groups.map((_, i) => {
    if (outcome !== 'possible' || (q.high[i] ?? 0) === (q.yes[i] ?? 0)) return false;
    return vectors.some((v) => {
      if ((v[i] ?? 0) >= (q.high[i] ?? 0)) return false;
      const up = v.map((x, j) => (j === i ? x + 1 : x));
      return decisions.get(v.join(',')) !== decisions.get(up.join(','));
    });
  });
  // The nearest counts, over every answer the form could have, with the other determination.
  let best: number[][] = [];
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const v of countVectors(q.size.map(() => 0), q.size)) {
    const distance = v.reduce((sum, x, i) => sum + Math.abs(x - (q.yes[i] ?? 0)), 0);
    if (distance > bestDistance || (await decide(v)) === q.imminentRisk) continue;
    if (distance < bestDistance) {
      bestDistance = distance;
      best = [];
    }
    best.push(v);
  }
  return {
    outcome,
    decisive,
    flips: best.length === 0 ? { distance: null, vectors: [], truncated: false } : { distance: bestDistance, vectors: best, truncated: false },
  };
}
