import type { FormAnalysis, Step } from './step.js';
import { DvRulesError } from '../errors.js';
import type { Case } from '../schema/case.js';
import type { Determination, Result } from '../schema/result.js';
import type { LoadedRuleSet } from '../versions/parse-rule-set.js';
import { assessRiskForm } from './assess-risk-form.js';
import type { EvaluationContext } from './evaluation-context.js';

/** The risk parts of a result, and the form's analysis when a form scored the answers (not part of the result). */
export type RiskDecision = Pick<Result, 'riskForm' | 'riskAssessment' | 'determination'> & { analysis?: FormAnalysis };

/**
 * Scores the police form that applies and settles the determination of imminent risk. A form
 * whose thresholds are unverified never decides; the officer's recorded finding may raise a
 * determination (recorded, with a warning) but never lower one the count established.
 *
 * @param ctx - the evaluation context
 * @param c - the validated case
 * @param date - the incident day
 * @param formSeries - the form series the regime rule set chose, or null
 * @param selection - the form-selection reading used
 * @returns `riskForm`, `riskAssessment` and `determination` for the result
 * @throws DvRulesError `NO_RULE_SET_IN_FORCE` when the form is not yet in force;
 *   `INVALID_CASE` for answers to items the form does not have or a finding that lowers the count
 * @example
 * driveSync(decideRisk(ctx, case2019, '2019-03-01', 'ro-police-risk-form', 'seed'), answerCompiled).determination.basis //=> 'form'
 * @since 0.1.0
 */
export function* decideRisk(
  ctx: EvaluationContext,
  c: Case,
  date: string,
  formSeries: string | null,
  selection: 'seed' | 'law-scope',
): Step<RiskDecision> {
  if (!c.riskForm) return { riskForm: null, riskAssessment: null, determination: settle(null, undefined, ctx) };
  if (formSeries === null) {
    warnUnscored(ctx, c.riskForm.answers, null);
    return {
      riskForm: { series: null, ruleSet: null, selection, available: false, reason: 'NO_FORM_FOR_RELATIONSHIP', lawDate: date },
      riskAssessment: null,
      determination: settle(null, c.riskForm.officerFinding, ctx),
    };
  }
  const form = ctx.resolve(formSeries, date);
  if (!form) {
    throw new DvRulesError('NO_RULE_SET_IN_FORCE', `evaluate: no police risk form of series ${formSeries} is in force on ${date}`, [
      { path: 'incidentAt', message: `No rule set of series ${formSeries} is in force on ${date}` },
    ]);
  }
  if (!canDecide(ctx, form)) {
    ctx.warn('FORM_CANNOT_DECIDE', { ruleSet: form.ruleSet.id }, { ruleSet: form.ruleSet.id });
    warnUnscored(ctx, c.riskForm.answers, form.ruleSet.id);
    return {
      riskForm: { series: formSeries, ruleSet: form.ruleSet.id, selection, available: false, reason: 'FORM_UNVERIFIED', lawDate: date },
      riskAssessment: null,
      determination: settle(null, c.riskForm.officerFinding, ctx),
    };
  }
  const itemIds = itemIdsOf(form);
  const stray = Object.keys(c.riskForm.answers).filter((k) => !itemIds.has(k));
  if (stray.length > 0) {
    throw new DvRulesError(
      'INVALID_CASE',
      'evaluate: the case is invalid',
      stray.map((k) => ({ path: `riskForm.answers.${k}`, message: `Not an item of form ${form.ruleSet.id}` })),
    );
  }
  const scored = yield* assessRiskForm(form, c.riskForm.answers, ctx);
  ctx.explanation.push(...scored.explanation);
  return {
    riskForm: { series: formSeries, ruleSet: form.ruleSet.id, selection, available: true, reason: null, lawDate: date },
    riskAssessment: scored.assessment,
    determination: settle(scored.assessment.imminentRisk, c.riskForm.officerFinding, ctx),
    analysis: scored.analysis,
  };
}

/**
 * Answers given where no form can score them are kept in the case (and its hash) and named in a
 * warning, never dropped in silence: the reader sees that they decided nothing.
 */
function warnUnscored(ctx: EvaluationContext, answers: Readonly<Record<string, string>>, ruleSet: string | null): void {
  const given = Object.keys(answers).filter((k) => answers[k] !== 'unknown');
  if (given.length === 0) return;
  ctx.warn('ANSWERS_NOT_SCORED', { items: given.join(', '), ruleSet: ruleSet ?? '-' }, ruleSet === null ? {} : { ruleSet }, ruleSet === null ? 'no-form' : 'form');
}

/**
 * A form decides only when no threshold or rule parameter it relies on is unverified. Every
 * parameter's status is read here, so each is listed in `provenance` (it decided whether the form scores).
 */
function canDecide(ctx: EvaluationContext, form: LoadedRuleSet): boolean {
  return Object.keys(form.ruleSet.parameters).map((name) => ctx.param(form, name)).every((p) => p?.status !== 'unverified');
}

function settle(
  computed: boolean | null,
  finding: { imminentRisk: boolean; reason: string } | undefined,
  ctx: EvaluationContext,
): Determination {
  const officerReason = finding?.reason ?? null;
  if (!finding) return { computed, officerReason, imminentRisk: computed, basis: computed === null ? 'none' : 'form', overridden: false, direction: null };
  if (computed === true && !finding.imminentRisk) {
    throw new DvRulesError('INVALID_CASE', 'evaluate: the officer finding contradicts the form', [
      { path: 'riskForm.officerFinding.imminentRisk', message: 'The form established imminent risk; an officer finding cannot lower it (the officer is bound by the count)' },
    ]);
  }
  if (computed === finding.imminentRisk) return { computed, officerReason, imminentRisk: computed, basis: 'form', overridden: false, direction: null };
  ctx.warn('OFFICER_FINDING_UNVERIFIED_POWER', {}, {}, computed === null ? 'sole' : 'raised');
  return { computed, officerReason, imminentRisk: finding.imminentRisk, basis: 'officer-finding', overridden: computed !== null, direction: computed === null ? null : 'raised' };
}

const itemIdSets = new WeakMap<LoadedRuleSet, ReadonlySet<string>>();
/** A form's item ids, collected once per rule set. */
function itemIdsOf(form: LoadedRuleSet): ReadonlySet<string> {
  let ids = itemIdSets.get(form);
  if (ids === undefined) {
    ids = new Set((form.ruleSet.items ?? []).map((i) => i.id));
    itemIdSets.set(form, ids);
  }
  return ids;
}
