import type { Case } from '../schema/case.js';
import type { NextStep, Referrals } from '../schema/next-steps.js';
import type { DeadlineResult, Determination, ProvisionalOrderResult, RegimeResult } from '../schema/result.js';
import type { LoadedRuleSet } from '../versions/parse-rule-set.js';
import { buildNextStep, stepAtOrder, stepWords, type DeadlineLink } from './build-next-step.js';
import type { EvaluationContext, FiredEvent } from './evaluation-context.js';
import { deepFreeze } from '../versions/deep-freeze.js';
import { PERPETRATOR_LISTS, perpetratorReferral, VICTIM_LISTS, victimReferral } from './referral-lists.js';
import type { Step } from './step.js';

const referralLists = new WeakMap<EvaluationContext['translator'], WeakMap<LoadedRuleSet, Map<string, unknown>>>();

/**
 * A referral list depends only on its rule, the language and the register: built once, frozen,
 * shared by the results. The parameters it lists are read for every result, built or shared.
 */
function shared<T>(ctx: EvaluationContext, loaded: LoadedRuleSet, e: FiredEvent, build: (ctx: EvaluationContext, loaded: LoadedRuleSet, e: FiredEvent) => T, reads: readonly string[]): T {
  for (const name of reads) ctx.param(loaded, name);
  let byLoaded = referralLists.get(ctx.translator);
  if (!byLoaded) {
    byLoaded = new WeakMap();
    referralLists.set(ctx.translator, byLoaded);
  }
  let byKey = byLoaded.get(loaded);
  if (!byKey) {
    byKey = new Map();
    byLoaded.set(loaded, byKey);
  }
  const key = `${ctx.register}|${e.ruleId}`;
  let value = byKey.get(key) as T | undefined;
  if (value === undefined) {
    value = deepFreeze(build(ctx, loaded, e));
    if (byKey.size < 1024) byKey.set(key, value);
  }
  return value;
}

/** A child-protection route depends on its rule set, its step's words (shared, frozen) and the route alone: made once per such triple. */
const childRoutes = new WeakMap<LoadedRuleSet, WeakMap<NextStep, Map<string, Referrals['childProtection'][number]>>>();

const STEPS = 'ro-police-intervention';
const REFERRALS = 'ro-referrals';
/** The series that declares the case-management deadlines a step may belong to before the case reaches social services. */
const CASE_MANAGEMENT = 'ro-social-services-case-management';

type Tri = 'yes' | 'no' | 'unknown';
const tri = (v: boolean | undefined): Tri => (v === undefined ? 'unknown' : v ? 'yes' : 'no');
/** Either circumstance known to hold makes the victim vulnerable; both known not to, not; else unknown. */
const either = (a: boolean | undefined, b: boolean | undefined): Tri => (a === true || b === true ? 'yes' : a === false && b === false ? 'no' : 'unknown');

/**
 * What happens next: the intervention steps and the referrals in force on `date`, run on what the
 * case decided (regime, risk, provisional order) and on its circumstances (unknown stays unknown),
 * each step with its deadline linked to the case's deadlines.
 *
 * @param ctx - the evaluation context
 * @param c - the validated case
 * @param decided - the regime, the determination, the provisional order and the computed deadlines
 * @param date - the incident day
 * @returns `nextSteps` (ordered from 1) and `referrals`
 * @example
 * driveSync(decideNextSteps(ctx, spouseAtRisk, decided, '2025-06-01'), answerCompiled).nextSteps[0]?.id //=> 'issue-provisional-order'
 * @since 0.1.0
 */
export function* decideNextSteps(
  ctx: EvaluationContext,
  c: Case,
  decided: { regime: RegimeResult; determination: Determination; provisionalOrder: ProvisionalOrderResult; deadlines: readonly DeadlineResult[] },
  date: string,
): Step<{ nextSteps: NextStep[]; referrals: Referrals }> {
  const k = c.circumstances ?? {};
  const riskDetermination = decided.determination.imminentRisk === null ? 'unavailable' : decided.determination.imminentRisk ? 'imminent-risk' : 'no-imminent-risk';
  const po = decided.provisionalOrder;
  const nextSteps: NextStep[] = [];
  const referrals: Referrals = { victim: null, perpetrator: null, childProtection: [] };
  const link = deadlineLink(ctx, decided.deadlines, date);

  const steps = ctx.resolve(STEPS, date);
  if (steps) {
    const facts = {
      regime: decided.regime.id,
      riskDetermination,
      provisionalOrder: !po.available ? 'unavailable' : po.eligible ? 'eligible' : 'ineligible',
      vulnerableVictim: either(k.victimIsMinor, k.victimHasDisabilityOrSpecialNeeds),
      aggressorHasOtherLodging: tri(k.aggressorHasOtherLodging),
      mobileTeamAvailable: tri(k.mobileTeamAvailable),
      electronicMonitoringAvailable: tri(k.electronicMonitoringAvailable),
    };
    // The facts are words (no `|` in any): this key names them as JSON would, without writing JSON.
    const words = stepWords(ctx, steps, `${facts.regime}|${riskDetermination}|${facts.provisionalOrder}|${facts.vulnerableVictim}|${facts.aggressorHasOtherLodging}|${facts.mobileTeamAvailable}|${facts.electronicMonitoringAvailable}`);
    for (const e of yield* ctx.run(steps, facts)) nextSteps.push(buildNextStep(ctx, steps, e, facts, link, words));
  } else notInForce(ctx, STEPS, 'next-steps', date);

  const refer = ctx.resolve(REFERRALS, date);
  if (refer) {
    const facts = { regime: decided.regime.id, riskDetermination, victimIsMinor: tri(k.victimIsMinor), childrenPresent: tri(k.childrenPresent) };
    const words = stepWords(ctx, refer, `${facts.regime}|${riskDetermination}|${facts.victimIsMinor}|${facts.childrenPresent}`);
    for (const e of yield* ctx.run(refer, facts)) {
      if (e.type === 'refer-victim') referrals.victim = shared(ctx, refer, e, victimReferral, VICTIM_LISTS);
      else if (e.type === 'refer-perpetrator') referrals.perpetrator = shared(ctx, refer, e, perpetratorReferral, PERPETRATOR_LISTS);
      else {
        // A `step`, or a `child-protection` route, which is also a step of the checklist.
        const step = buildNextStep(ctx, refer, e, facts, link, words);
        nextSteps.push(step);
        if (e.type === 'child-protection') referrals.childProtection.push(childRoute(ctx, refer, words.get(e.ruleId) ?? step, e.params['for'] as 'victim' | 'child-witness'));
      }
    }
    if (referrals.childProtection.length > 0) ctx.warn('CHILD_PROTECTION_DEADLINES_UNVERIFIED', {}, { ruleSet: refer.ruleSet.id });
  } else notInForce(ctx, REFERRALS, 'referrals', date);
  // What the officer does now comes first; the others follow in the rule sets' order.
  const ordered: NextStep[] = [];
  for (const step of nextSteps) if (step.actor === 'police') ordered.push(step);
  for (const step of nextSteps) if (step.actor !== 'police') ordered.push(step);
  // Each step frozen once its order is set: all it holds is frozen (its words are shared, its
  // deadline made frozen). A step without a deadline is its shared words, placed as shared.
  ordered.forEach((step, i) => {
    if (Object.isFrozen(step)) ordered[i] = stepAtOrder(step, i + 1);
    else {
      step.order = i + 1;
      Object.freeze(step);
    }
  });
  return { nextSteps: ordered, referrals };
}

/**
 * A part of what happens next that no rule set covers on its day (the police steps before the
 * procedure of 2018-12-28, the referrals before 2018-12-07) is not decided, and the result says so
 * (issue 11), as case management does.
 */
function notInForce(ctx: EvaluationContext, series: string, part: 'next-steps' | 'referrals', date: string): void {
  const from = ctx.firstInForce(series);
  ctx.warn('NO_RULE_SET_IN_FORCE', { date, from: from ?? '—' }, {}, from === undefined ? `${part}-none` : part, part);
}

function childRoute(ctx: EvaluationContext, loaded: LoadedRuleSet, step: NextStep, route: 'victim' | 'child-witness'): Referrals['childProtection'][number] {
  const adult = ctx.param(loaded, 'adultDeadlinesNotApplyingToChildren');
  // Only a frozen (shared) step's words cannot change: a step made for this result is not memoised.
  if (!Object.isFrozen(step)) return deepFreeze(makeChildRoute(loaded, step, route, adult));
  let bySteps = childRoutes.get(loaded);
  if (!bySteps) {
    bySteps = new WeakMap();
    childRoutes.set(loaded, bySteps);
  }
  let byRoute = bySteps.get(step);
  if (!byRoute) {
    byRoute = new Map();
    bySteps.set(step, byRoute);
  }
  let made = byRoute.get(route);
  if (!made) {
    made = deepFreeze(makeChildRoute(loaded, step, route, adult));
    byRoute.set(route, made);
  }
  return made;
}

function makeChildRoute(loaded: LoadedRuleSet, step: NextStep, route: 'victim' | 'child-witness', adult: ReturnType<EvaluationContext['param']>): Referrals['childProtection'][number] {
  return {
    for: route,
    applies: step.applies,
    authority: 'DGASPC',
    textKey: step.textKey,
    text: step.text,
    adultDeadlinesNotApplying: Array.isArray(adult?.value) ? [...adult.value] : [],
    ruleSet: loaded.ruleSet.id,
    citation: { ...step.citation },
    status: step.status,
  };
}

/**
 * A step's deadline is the case's computed one where its start event is in the case; otherwise
 * the term a rule set declares (the case-management rule set is then relied on, and listed).
 */
function deadlineLink(ctx: EvaluationContext, deadlines: readonly DeadlineResult[], date: string): DeadlineLink {
  return {
    deadline: (id) => deadlines.find((d) => d.id === id),
    term(id) {
      const declaring = (l: LoadedRuleSet): boolean => (l.ruleSet.deadlines ?? []).some((d) => d.id === id);
      let loaded = [...ctx.used.values()].find(declaring);
      if (!loaded) {
        const cm = ctx.resolve(CASE_MANAGEMENT, date);
        loaded = cm && declaring(cm) ? cm : undefined;
      }
      const decl = loaded?.ruleSet.deadlines?.find((d) => d.id === id);
      const amount = decl && loaded ? ctx.param(loaded, decl.counting.amount.param)?.value : undefined;
      return decl && typeof amount === 'number' ? { amount, unit: decl.counting.unit, startEvent: decl.startEvent } : undefined;
    },
  };
}
