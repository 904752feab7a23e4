import { bucharestDate } from '../deadlines/bucharest.js';
import { computeCaseDeadlines } from '../deadlines/compute-case-deadlines.js';
import { findProtectionGaps } from '../deadlines/find-protection-gaps.js';
import { decideBreach } from './decide-breach.js';
import { decideCaseManagement } from './decide-case-management.js';
import { decideNextSteps } from './decide-next-steps.js';
import { decideProtectionOrder } from './decide-protection-order.js';
import { decideProvisionalOrder } from './decide-provisional-order.js';
import { decideRegime } from './decide-regime.js';
import { decideRisk } from './decide-risk.js';
import { decideViolenceForms } from './decide-violence-forms.js';
import { warnTermsNotEncoded } from './warn-terms-not-encoded.js';
import { EvaluationContext } from './evaluation-context.js';
import { collectProvenance } from '../explain/collect-provenance.js';
import { createTranslator, type Translator } from '../explain/create-translator.js';
import type { LoadedLabelPack } from '../explain/parse-label-pack.js';
import type { Case } from '../schema/case.js';
import type { EvaluateOptions } from '../schema/options.js';
import type { RegimeResult, Result } from '../schema/result.js';
import { canonicalSha256 } from '../versions/canonical-json.js';
import { ruleSetRegistry } from '../versions/rule-set-registry.js';
import { VERSION } from '../version.js';

import type { Step } from './step.js';
import { caseInstants } from './prepare-evaluation.js';
import { LAW_KNOWN_UNTIL } from '../versions/law-horizon.js';

/**
 * The decision code of an evaluation, written once for both engines: it yields each question for
 * a rule set to the engine that drives it (see `Step`) and returns the result.
 *
 * @param c - the validated case
 * @param opts - the validated options
 * @returns the result, once driven
 * @example
 * driveSync(judgeCase(c, {}), answerCompiled).regime.id //=> 'law-217-2003'
 * @since 0.1.0
 */
export function* judgeCase(c: Case, opts: EvaluateOptions): Step<Result> {
  const date = bucharestDate(c.incidentAt);
  const dayOf = (instant: string | undefined): string => (instant === undefined ? date : bucharestDate(instant));
  const lang = opts.lang ?? opts.labels?.pack.lang ?? 'en';
  const translator = translatorFor(lang, opts.labels);
  const ctx = new EvaluationContext(ruleSetRegistry(opts.ruleSets ?? []), opts.includeProposed ?? false, translator, opts.register ?? 'legal');
  const selection = opts.formSelection ?? 'seed';

  const ev = c.events ?? {};
  // Each act is judged under the law of its own day (docs/legal-timeline.md, "Which day's law"),
  // with the regime in force that day; `actLaw: 'incident-day'` is the other reading. A breach is
  // always judged on its own day: a criminal penalty is the law of the act.
  const actDay = (instant: string | undefined): string => (opts.actLaw === 'incident-day' ? date : dayOf(instant));
  const regimes = new Map<string, { regime: RegimeResult; formSeries: string | null }>();
  function* regimeOn(day: string): Step<{ regime: RegimeResult; formSeries: string | null }> {
    let found = regimes.get(day);
    if (!found) {
      found = yield* decideRegime(ctx, c, day, selection);
      regimes.set(day, found);
    }
    return found;
  }
  const { regime } = yield* regimeOn(date);
  const onItsDay = function* (act: string, day: string): Step<RegimeResult> {
    const r = (yield* regimeOn(day)).regime;
    if (r.id !== regime.id) ctx.warn('ACT_JUDGED_ON_ITS_DAY', { act: ctx.translator.t(`ui.act.${act}`, {}, act), day, regime: ctx.translator.t(`ui.regime-name.${r.id}`), incidentDate: date, incidentRegime: ctx.translator.t(`ui.regime-name.${regime.id}`) }, {}, act);
    return r;
  };
  const assessedOn = actDay(ev.riskAssessedAt);
  const risk = yield* decideRisk(ctx, c, assessedOn, (yield* regimeOn(assessedOn)).formSeries, selection);
  if (assessedOn !== date) yield* onItsDay('risk-form', assessedOn);
  const violenceForms = decideViolenceForms(ctx, regime, date);
  const oppDay = actDay(ev.provisionalOrderIssuedAt ?? ev.riskAssessedAt);
  const oppRegime = yield* onItsDay('provisional-order', oppDay);
  const provisionalOrder = yield* decideProvisionalOrder(ctx, c, oppRegime, risk.determination, oppDay, opts.provisionalOrderHours ?? 'later');
  const opDay = actDay(ev.protectionOrderIssuedAt ?? ev.protectionOrderFiledAt);
  const protectionOrder = yield* decideProtectionOrder(ctx, c, yield* onItsDay('protection-order', opDay), opDay);
  const breachDay = ev.breachAt === undefined ? undefined : bucharestDate(ev.breachAt);
  const breach = breachDay === undefined ? null : yield* decideBreach(ctx, c, yield* onItsDay('breach', breachDay), breachDay);
  const caseManagement = decideCaseManagement(ctx, c, dayOf(ev.caseRegisteredAt ?? ev.policeAlertedMobileTeamAt));

  const deadlineSources = [provisionalOrder.ruleSet, protectionOrder.ruleSet]
    .map((id) => (id === null ? undefined : ctx.used.get(id)))
    .concat(caseManagement.loaded ?? undefined)
    .filter((l) => l !== undefined);
  const deadlines = computeCaseDeadlines(c, deadlineSources, provisionalOrder, opts.asOf, {
    hourTermStart: opts.hourTermStart ?? 'clock',
    workingDayShift: opts.workingDayShift ?? 'as-declared',
    provisionalOrderHours: opts.provisionalOrderHours ?? 'later',
  });
  const uncertainCounting = deadlines.filter((d) => d.status !== 'not-applicable' && d.counting.status === 'unverified').map((d) => d.id);
  if (uncertainCounting.length > 0) ctx.warn('DEADLINE_COUNTING_UNVERIFIED', { deadlines: uncertainCounting.join(', ') });
  provisionalOrder.endsAt = deadlines.find((d) => d.id === 'opp-end')?.dueAt ?? null;
  protectionOrder.endsAt = deadlines.find((d) => d.id === 'op-end')?.dueAt ?? null;
  // What happens next (issue 10): after the deadlines, to which its steps link.
  // The police steps follow the provisional order: the regime and the step rule sets of its day (issue, else the form's day).
  const next = yield* decideNextSteps(ctx, c, { regime: oppRegime, determination: risk.determination, provisionalOrder, deadlines }, oppDay);

  const protectionGaps = findProtectionGaps(c, deadlines, opts.asOf);
  warnTermsNotEncoded(ctx, provisionalOrder, protectionGaps);
  const used = [...ctx.used.values()];
  // A rule set the caller supplied and the case never reached must not be mistaken for applied.
  for (const l of opts.ruleSets ?? []) {
    if (!used.includes(l)) ctx.warn('USER_RULE_SET_NOT_USED', { ruleSet: l.ruleSet.id }, { ruleSet: l.ruleSet.id });
  }
  const provenance = collectProvenance(used, ctx);
  // The newest day the case speaks of, against the last day this release knows the law to.
  const latest = caseInstants(c).reduce((max, [, at]) => { const d = bucharestDate(at); return d > max ? d : max; }, date);
  if (latest > LAW_KNOWN_UNTIL) ctx.warn('LAW_NOT_KNOWN_AFTER', { date: latest, horizon: LAW_KNOWN_UNTIL });
  warnAboutItemLabels(ctx, risk.riskAssessment, opts.labels);
  // Parts that are the same for many results (provenance, explanation entries) are shared between
  // them, frozen; the rest is made for this result. Results are read-only (docs/integrating.md).
  return {
    schemaVersion: 1,
    incidentDate: date,
    ruleSets: used.map((l) => ({
      id: l.ruleSet.id,
      effectiveFrom: l.ruleSet.effectiveFrom,
      status: l.ruleSet.status,
      origin: l.origin,
      sha256: l.sha256,
    })),
    appliesProposedLaw: used.some((l) => l.ruleSet.status === 'proposed'),
    regime,
    ...risk,
    violenceForms,
    provisionalOrder,
    protectionOrder,
    breach,
    deadlines,
    protectionGaps,
    caseManagement: caseManagement.block,
    nextSteps: next.nextSteps,
    referrals: next.referrals,
    asOf: opts.asOf ?? null,
    provenance,
    explanation: ctx.explanation,
    warnings: ctx.warnings,
    receipt: {
      library: { name: 'dv-rules-ro', version: VERSION },
      schemaVersion: 1,
      ruleSets: used.map((l) => ({ id: l.ruleSet.id, effectiveFrom: l.ruleSet.effectiveFrom, sha256: l.sha256 })),
      inputSha256: canonicalSha256(c),
      options: {
        includeProposed: opts.includeProposed ?? false,
        formSelection: selection,
        asOf: opts.asOf ?? null,
        hourTermStart: opts.hourTermStart ?? 'clock',
        workingDayShift: opts.workingDayShift ?? 'as-declared',
        provisionalOrderHours: opts.provisionalOrderHours ?? 'later',
        userRuleSets: (opts.ruleSets ?? []).map((l) => ({ id: l.ruleSet.id, sha256: l.sha256 })),
        lang,
        register: opts.register ?? 'legal',
        labels: opts.labels ? { name: opts.labels.pack.name, sha256: canonicalSha256(opts.labels.pack) } : null,
      },
    },
  };
}

/**
 * An agency pack that words some items of a form but not others leaves the rest with the shipped
 * neutral labels: the result says which.
 */
function warnAboutItemLabels(ctx: EvaluationContext, ra: Result['riskAssessment'], labels: LoadedLabelPack | undefined): void {
  if (!ra || !labels) return;
  const keys = Object.keys(labels.pack.labels);
  const series = ra.form.split('/')[0] ?? '';
  if (!keys.some((k) => k.startsWith(`item.${series}.`))) return;
  const lacking = ra.items.filter((i) => labels.pack.labels[`item.${series}.${i.id}`] === undefined).map((i) => i.id);
  if (lacking.length > 0) {
    ctx.warn('LABEL_FALLBACK', { pack: labels.pack.name, keys: lacking.join(', '), lang: ctx.translator.lang }, { ruleSet: ra.form });
  }
}

const plainTranslators = new Map<string, Translator>();
const packTranslators = new WeakMap<LoadedLabelPack, Map<string, Translator>>();

/** Translators are made once per language and label pack: explanation texts are cached by translator. */
function translatorFor(lang: Translator['lang'], labels: LoadedLabelPack | undefined): Translator {
  const cache = labels === undefined ? plainTranslators : (packTranslators.get(labels) ?? new Map<string, Translator>());
  if (labels !== undefined) packTranslators.set(labels, cache);
  let tr = cache.get(lang);
  if (!tr) {
    tr = createTranslator(lang, labels);
    cache.set(lang, tr);
  }
  return tr;
}
