import { relationshipSchema } from '../schema/relationship.js';
import type { RuleSet } from '../schema/rule-set.js';
import { NEXT_STEP_EVENT_PARAMS, NEXT_STEP_EVENT_TYPES, NEXT_STEP_FACTS } from './next-step-facts.js';

/** What a fact holds: a count, a yes/no flag, or one of a closed set of words. */
export type FactType = { type: 'count'; group: string } | { type: 'flag' } | { type: 'word'; values: readonly string[] };

const REGIME_IDS = ['law-217-2003', 'law-26-2024', 'none'] as const;

/**
 * The facts each kind of rule set may read. A rule naming any other fact is refused when the rule
 * set is loaded, so a typo cannot make a condition silently false.
 */
const FACTS_BY_KIND: Record<Exclude<RuleSet['kind'], 'risk-form'>, Record<string, FactType>> = {
  regime: {
    relationship: { type: 'word', values: relationshipSchema.options },
    formSelection: { type: 'word', values: ['seed', 'law-scope'] },
  },
  'provisional-order': {
    riskDetermination: { type: 'word', values: ['imminent-risk', 'no-imminent-risk', 'unavailable'] },
    victimOpposes: { type: 'flag' },
    victimRequests: { type: 'flag' },
    victimCannotWrite: { type: 'flag' },
    prosecutorFiled: { type: 'flag' },
  },
  'protection-order': {
    aggressorHadPriorOrder: { type: 'flag' },
  },
  breach: {
    priorBreachConviction: { type: 'flag' },
    breachedOrder: { type: 'word', values: ['provisional', 'court'] },
  },
  'violence-forms': {},
  deadlines: {},
  ...NEXT_STEP_FACTS,
  'public-holidays': {},
};

/** The event types each kind's rules may raise, and what `evaluate` does with them. */
export const EVENT_TYPES_BY_KIND: Record<RuleSet['kind'], readonly string[]> = {
  'risk-form': ['imminent-risk'],
  regime: ['regime', 'risk-form'],
  'provisional-order': ['eligible', 'ineligible', 'until-judgment'],
  'protection-order': ['max-months'],
  breach: ['offence', 'no-offence', 'aggravated'],
  'violence-forms': [],
  deadlines: [],
  ...NEXT_STEP_EVENT_TYPES,
  'public-holidays': [],
};

/**
 * What an event parameter may hold: one of a closed set of words, a reason code, the name of a
 * numeric parameter of the same rule set, a rule-set series, or a form group.
 */
export type EventParamType =
  | { type: 'word'; values: readonly string[] }
  | { type: 'reason' }
  | { type: 'parameter' }
  | { type: 'series' }
  | { type: 'group' };

const REASON: EventParamType = { type: 'reason' };

/**
 * The params each event type may carry, and which of them `evaluate` needs. A rule set whose
 * event carries any other param, or a value outside its domain, is refused when it is loaded:
 * otherwise a user rule set could raise `{ regime: "regex" }` and produce a result its own
 * schema rejects.
 */
export const EVENT_PARAMS: Readonly<Record<string, { readonly params: Readonly<Record<string, EventParamType>>; readonly required: readonly string[] }>> = {
  'imminent-risk': { params: { group: { type: 'group' } }, required: [] },
  regime: { params: { regime: { type: 'word', values: REGIME_IDS } }, required: ['regime'] },
  'risk-form': { params: { series: { type: 'series' } }, required: ['series'] },
  eligible: { params: { reason: REASON }, required: [] },
  ineligible: { params: { reason: REASON }, required: [] },
  'until-judgment': { params: { reason: REASON }, required: [] },
  'max-months': { params: { parameter: { type: 'parameter' }, reason: REASON }, required: ['parameter'] },
  offence: { params: { reason: REASON }, required: [] },
  'no-offence': { params: { reason: REASON }, required: [] },
  aggravated: { params: { parameter: { type: 'parameter' }, reason: REASON }, required: ['parameter'] },
  ...NEXT_STEP_EVENT_PARAMS,
};

export { REGIME_IDS };

/**
 * The facts a rule set's rules may read, fixed by its kind.
 *
 * @param ruleSet - a rule set that passed the schema
 * @returns fact name -> what the fact holds
 * @example
 * knownFacts(form2018).get('yes:questions-1-7') //=> { type: 'count', group: 'questions-1-7' }
 * @since 0.1.0
 */
export function knownFacts(ruleSet: RuleSet): Map<string, FactType> {
  if (ruleSet.kind !== 'risk-form') return new Map(Object.entries(FACTS_BY_KIND[ruleSet.kind]));
  const facts = new Map<string, FactType>();
  for (const group of ruleSet.groups ?? []) facts.set(`yes:${group.id}`, { type: 'count', group: group.id });
  return facts;
}
