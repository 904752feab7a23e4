import type { NextStep } from '../schema/next-steps.js';
import type { DeadlineResult } from '../schema/result.js';
import type { Condition, Rule } from '../schema/rule-set.js';
import type { LoadedRuleSet } from '../versions/parse-rule-set.js';
import type { EvaluationContext, FiredEvent } from './evaluation-context.js';
import { deepFreeze } from '../versions/deep-freeze.js';

type Facts = Readonly<Record<string, string>>;
type Term = NonNullable<NonNullable<NextStep['deadline']>['term']>;

/** Finds, for a deadline id, the case's computed deadline and the term a rule set the result used declares. */
export interface DeadlineLink {
  deadline(id: string): DeadlineResult | undefined;
  term(id: string): Term | undefined;
}

/**
 * One item of `nextSteps` from a step rule that fired: its condition as the rule read it (each
 * fact with its word, and whether the case stated it), the circumstances it holds only "if"
 * (a fact the case left unknown, tested as `in [<word>, "unknown"]`, see `checkStepConditions`),
 * its text in the caller's language and register, and the deadline it belongs to.
 *
 * @param ctx - the evaluation context (translator and register)
 * @param loaded - the step rule set
 * @param event - the fired `step` or `child-protection` event
 * @param facts - the facts the rule set ran on
 * @param link - finds the deadline of the case and the term of a deadline id
 * @returns the step, `order` still to be set (a step without a deadline: its shared words, frozen, to place with `stepAtOrder`)
 * @example
 * buildNextStep(ctx, steps2018, { type: 'step', ruleId: 'send-to-prosecutor', params: { actor: 'police', status: 'reported', deadline: 'opp-to-prosecutor' } }, facts, link).deadline?.term
 * //=> { amount: 24, unit: 'hours', startEvent: 'provisionalOrderIssuedAt' }
 * @since 0.1.0
 */
export function buildNextStep(
  ctx: EvaluationContext,
  loaded: LoadedRuleSet,
  event: FiredEvent,
  facts: Facts,
  link: DeadlineLink,
  words: Map<string, NextStep> = stepWords(ctx, loaded, JSON.stringify(facts)),
): NextStep {
  let shared = words.get(event.ruleId);
  if (!shared) {
    shared = deepFreeze(wordStep(ctx, loaded, event, facts));
    words.set(event.ruleId, shared);
  }
  const deadlineId = typeof event.params['deadline'] === 'string' ? event.params['deadline'] : undefined;
  // The words are frozen and shared: a step without a deadline is them (order 1, see `stepAtOrder`);
  // a step with one is this result's (its order is set later).
  if (deadlineId === undefined) return shared;
  return { ...shared, deadline: deadlineOf(deadlineId, link) };
}

const atOrders = new WeakMap<NextStep, NextStep[]>();

/**
 * A step without a deadline at its place in `nextSteps`: it depends on its words and its order
 * alone, so it is made once per pair, frozen, and shared by the results.
 *
 * @param words - the step's shared words (frozen, order 1, no deadline), as `buildNextStep` returned them
 * @param order - its place, from 1
 * @returns the step
 * @example
 * stepAtOrder(words, 3).order //=> 3
 * @since 0.1.0
 */
export function stepAtOrder(words: NextStep, order: number): NextStep {
  if (order === words.order) return words;
  let byOrder = atOrders.get(words);
  if (!byOrder) {
    byOrder = [];
    atOrders.set(words, byOrder);
  }
  return (byOrder[order] ??= Object.freeze({ ...words, order }));
}

/** Words by translator, then rule set (by identity), register and facts. */
const wordings = new WeakMap<EvaluationContext['translator'], WeakMap<LoadedRuleSet, { legal: Map<string, Map<string, NextStep>>; plain: Map<string, Map<string, NextStep>> }>>();

/**
 * The words of a rule set's steps for one set of facts, by rule id. They depend on the rule, the
 * facts, the language and the register, never on the case's clock: built once, frozen, shared, and
 * only the deadline is filled in per result.
 */
export function stepWords(ctx: EvaluationContext, loaded: LoadedRuleSet, factsKey: string): Map<string, NextStep> {
  let byLoaded = wordings.get(ctx.translator);
  if (!byLoaded) {
    byLoaded = new WeakMap();
    wordings.set(ctx.translator, byLoaded);
  }
  let byRegister = byLoaded.get(loaded);
  if (!byRegister) {
    byRegister = { legal: new Map(), plain: new Map() };
    byLoaded.set(loaded, byRegister);
  }
  const byKey = byRegister[ctx.register];
  let words = byKey.get(factsKey);
  if (!words) {
    words = new Map();
    if (byKey.size < 4096) byKey.set(factsKey, words);
  }
  return words;
}

function wordStep(ctx: EvaluationContext, loaded: LoadedRuleSet, event: FiredEvent, facts: Facts): NextStep {
  const rule = loaded.ruleSet.rules.find((r) => r.id === event.ruleId) as Rule;
  const condition: NextStep['condition'] = [];
  const ifs: NextStep['if'] = [];
  const read = (c: Condition): void => {
    if ('all' in c) return c.all.forEach(read);
    if ('any' in c) return c.any.forEach(read);
    if ('not' in c) return read(c.not);
    const value = facts[c.fact] ?? '';
    if (condition.some((x) => x.fact === c.fact)) return;
    condition.push({ fact: c.fact, value, known: value !== 'unknown' });
    // Only an `in [<word>, "unknown"]` test reaches here with an unknown value (checkStepConditions).
    if (value === 'unknown' && Array.isArray(c.value)) ifs.push({ fact: c.fact, value: c.value.find((v) => v !== 'unknown') ?? '' });
  };
  read(rule.conditions);
  const { t } = ctx.translator;
  // The legal register words a step as its rule (the sentence the explanation uses); the plain one speaks to the victim.
  const legalKey = `rule.${loaded.ruleSet.series}.${rule.id}`;
  const legal = t(legalKey, {}, rule.description);
  const textKey = ctx.register === 'legal' ? legalKey : `message.step.${rule.id}.plain`;
  return {
    id: rule.id,
    order: 1,
    actor: event.params['actor'] as NextStep['actor'],
    textKey,
    text: ctx.register === 'legal' ? legal : t(textKey, {}, legal),
    applies: ifs.length === 0 ? 'yes' : 'if',
    condition,
    if: ifs,
    ifText: ifs.length === 0 ? null : ifs.map((x) => t(`message.condition.${x.fact}.${x.value}`, {}, `${x.fact} = ${x.value}`)).join(t('ui.next-steps.and')),
    deadline: null,
    ruleSet: loaded.ruleSet.id,
    citation: { ...rule.citation },
    status: event.params['status'] as NextStep['status'],
  };
}

function deadlineOf(id: string, link: DeadlineLink): NonNullable<NextStep['deadline']> {
  const d = link.deadline(id);
  // Frozen as made: a step of the result holds only frozen parts.
  return Object.freeze({
    id,
    dueAt: d?.dueAt ?? null,
    status: d?.status ?? null,
    term: d ? termOf(d) : deepFreeze(link.term(id) ?? null),
  });
}

/** A computed deadline's term depends on its counting block (most are shared, frozen) and start event: made once per pair, frozen. */
const terms = new WeakMap<DeadlineResult['counting'], Map<string, Term>>();
function termOf(d: DeadlineResult): Term {
  let byStart = terms.get(d.counting);
  if (!byStart) {
    byStart = new Map();
    terms.set(d.counting, byStart);
  }
  let term = byStart.get(d.startEvent);
  if (!term) {
    term = Object.freeze({ amount: d.counting.amount, unit: d.counting.unit, startEvent: d.startEvent });
    byStart.set(d.startEvent, term);
  }
  return term;
}
