import { regimeResultSchema } from '../schema/result.js';
import { sourceStatusSchema } from '../schema/status.js';
import { actorSchema, childRouteSchema, TRI_STATE } from '../schema/next-steps.js';
import type { EventParamType, FactType } from './known-facts.js';

/**
 * A case circumstance that may be unknown: `unknown` is a value of its own, never read as `no`, so
 * a step that depends on it is shown as "if …" instead of being dropped.
 */
const tri: FactType = { type: 'word', values: TRI_STATE };
const regime: FactType = { type: 'word', values: regimeResultSchema.shape.id.options };
const riskDetermination: FactType = { type: 'word', values: ['imminent-risk', 'no-imminent-risk', 'unavailable'] };

/**
 * The facts the two "what happens next" kinds read. Every one is a word, so the fact space is
 * finite and `test/engine/compiled-equals-reference` proves both engines equal over all of it.
 */
export const NEXT_STEP_FACTS = {
  'intervention-steps': {
    regime,
    riskDetermination,
    provisionalOrder: { type: 'word', values: ['eligible', 'ineligible', 'unavailable'] },
    vulnerableVictim: tri,
    aggressorHasOtherLodging: tri,
    mobileTeamAvailable: tri,
    electronicMonitoringAvailable: tri,
  },
  referrals: {
    regime,
    riskDetermination,
    victimIsMinor: tri,
    childrenPresent: tri,
  },
} as const satisfies Record<string, Record<string, FactType>>;

export const NEXT_STEP_EVENT_TYPES = {
  'intervention-steps': ['step'],
  referrals: ['step', 'refer-victim', 'refer-perpetrator', 'child-protection'],
} as const;

/** The deadline ids a step may belong to: those the shipped rule sets declare. */
export const LINKABLE_DEADLINES = [
  'opp-end',
  'opp-to-prosecutor',
  'opp-prosecutor-decision',
  'opp-challenge',
  'op-decision',
  'op-end',
  'initial-assessment',
  'intervention-plan',
  'mobile-team-on-scene',
] as const;

const status: EventParamType = { type: 'word', values: sourceStatusSchema.options };

/** A `step` event's id is its rule's id; its citation is the rule's. */
export const NEXT_STEP_EVENT_PARAMS = {
  step: {
    params: { actor: { type: 'word', values: actorSchema.options }, deadline: { type: 'word', values: LINKABLE_DEADLINES }, status },
    required: ['actor', 'status'],
  },
  'refer-victim': { params: {}, required: [] },
  'refer-perpetrator': { params: {}, required: [] },
  'child-protection': {
    params: { for: { type: 'word', values: childRouteSchema.options }, actor: { type: 'word', values: actorSchema.options }, status },
    required: ['for', 'actor', 'status'],
  },
} as const satisfies Record<string, { params: Record<string, EventParamType>; required: readonly string[] }>;
