import type { LoadedRuleSet } from '../versions/parse-rule-set.js';

/** The outcome of one run of a rule set: the rules that fired and each rule's evaluated condition tree. */
export interface EngineRun {
  readonly fired: ReadonlySet<string>;
  readonly trees: ReadonlyMap<string, unknown>;
}

/**
 * What an exact search over a risk form's YES counts found: the determination over every count
 * the unknown answers could still produce, the groups whose unknown answers could change it, and
 * the nearest counts (by number of changed answers) with the other determination.
 */
export interface FormAnalysis {
  readonly outcome: 'established' | 'possible' | 'excluded';
  /** One flag per group: an unknown answer of that group is decisive. */
  readonly decisive: readonly boolean[];
  /** The fewest answer changes that flip the determination (null when none can), and every count vector at that distance, in lexicographic order. */
  readonly flips: { readonly distance: number | null; readonly vectors: readonly (readonly number[])[]; readonly truncated: boolean };
}

/** A question the decision code asks of the engine that runs it. */
export type EngineRequest =
  | { readonly kind: 'run'; readonly loaded: LoadedRuleSet; readonly facts: Readonly<Record<string, string | number | boolean>> }
  | {
      readonly kind: 'form';
      readonly loaded: LoadedRuleSet;
      /** YES count of each group now (unknown counts as not YES). */
      readonly yes: readonly number[];
      /** Largest YES count each group could reach if every unknown answer were YES. */
      readonly high: readonly number[];
      /** Number of items of each group. */
      readonly size: readonly number[];
      readonly imminentRisk: boolean;
    };

/**
 * Decision code is written once, as generators that yield engine requests: the compiled path
 * answers them synchronously, the reference path (json-rules-engine) asynchronously, so both
 * run the very same code around the engine and differ only in how a rule set is evaluated.
 */
export type Step<T> = Generator<EngineRequest, T, unknown>;

/** Runs a rule set on facts. */
export function* runRules(loaded: LoadedRuleSet, facts: Readonly<Record<string, string | number | boolean>>): Step<EngineRun> {
  return (yield { kind: 'run', loaded, facts }) as EngineRun;
}

/** Analyses a risk form's reachable YES counts exactly. */
export function* analyseForm(request: Omit<Extract<EngineRequest, { kind: 'form' }>, 'kind'>): Step<FormAnalysis> {
  return (yield { kind: 'form', ...request }) as FormAnalysis;
}

/** Drives decision code to its end, answering each request synchronously. */
export function driveSync<T>(step: Step<T>, answer: (request: EngineRequest) => unknown): T {
  let next = step.next();
  while (!next.done) next = step.next(answer(next.value));
  return next.value;
}

/** Drives decision code to its end, awaiting each answer. */
export async function driveAsync<T>(step: Step<T>, answer: (request: EngineRequest) => Promise<unknown>): Promise<T> {
  let next = step.next();
  while (!next.done) next = step.next(await answer(next.value));
  return next.value;
}
