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
import { warnOrderIssuedAgainstRules } from './warn-order-issued-against-rules.js';
import { EvaluationContext } from './evaluation-context.js';
import { collectProvenance } from '../explain/collect-provenance.js';
import { createTranslator, type Translator } from '../explain/create-translator.js';
import type { LoadedLabelPack } from '../explain/parse-label-pack.js';
import type { LoadedRuleSet } from '../versions/parse-rule-set.js';
import type { Case } from '../schema/case.js';
import type { EvaluateOptions } from '../schema/options.js';
import type { RegimeResult, Result } from '../schema/result.js';
import { canonicalSha256 } from '../versions/canonical-json.js';
import { sealResult } from '../integrity/seal-result.js';
import { ruleSetRegistry } from '../versions/rule-set-registry.js';
import { baseOf, recordedSha256 } from '../versions/assumed-rule-set.js';
import { VERSION } from '../version.js';

import { driveSync, type Step } from './step.js';
import { answerCompiled } from './answer-compiled.js';
import { LAW_KNOWN_UNTIL } from '../versions/law-horizon.js';
import { deepFreeze } from '../versions/deep-freeze.js';
import { FormMemo } from './form-memo.js';
import { TailCache } from './tail-cache.js';

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
export function* judgeCase(c: Case, opts: EvaluateOptions, tails?: TailCache<Prelude, Tail>, knownPreludeKey?: string): Step<Result> {
  const date = bucharestDate(c.incidentAt);
  const dayOf = (instant: string | undefined): string => (instant === undefined ? date : bucharestDate(instant));
  const lang = opts.lang ?? opts.labels?.pack.lang ?? 'en';
  const selection = opts.formSelection ?? 'seed';

  const ev = c.events ?? {};
  // Each act is judged under the law of its own day (docs/legal-timeline.md, "Which day's law"),
  // with the regime in force that day; `actLaw: 'incident-day'` is the other reading. A breach is
  // always judged on its own day: a criminal penalty is the law of the act.
  const actDay = (instant: string | undefined): string => (opts.actLaw === 'incident-day' ? date : dayOf(instant));
  const assessedOn = actDay(ev.riskAssessedAt);
  // Everything up to the risk form (the prelude) depends on the case without its answers and the
  // options only: on the compiled path it is decided once per such key, and each result goes on
  // from a fork of it.
  const preludeKey = knownPreludeKey ?? tails?.preludeKeyOf(c, opts);
  let prelude = preludeKey === undefined ? undefined : tails?.prelude(preludeKey);
  if (prelude !== undefined) prelude.reused = true;
  if (prelude === undefined) {
    prelude = yield* judgePrelude(c, opts, { date, lang, selection, assessedOn });
    if (preludeKey !== undefined) tails?.setPrelude(preludeKey, prelude);
  }
  const thisPrelude: Prelude = prelude;
  const ctx = prelude.ctx.fork();
  const regimeOn = regimeFinder(ctx, c, selection, new Map(prelude.regimes));
  const { regime } = prelude;
  // `ownDay`: the act's own day. Under `actLaw: 'incident-day'` the act is judged on the incident
  // day; where its own day's law differs, the result says so, since that reading may deny a route.
  const onItsDay = function* (act: string, day: string, ownDay: string = day): Step<RegimeResult> {
    const r = (yield* regimeOn(day)).regime;
    const name = (id: string): string => ctx.translator.t(`ui.regime-name.${id}`);
    if (r.id !== regime.id) ctx.warn('ACT_JUDGED_ON_ITS_DAY', { act: ctx.translator.t(`ui.act.${act}`, {}, act), day, regime: name(r.id), incidentDate: date, incidentRegime: name(regime.id) }, {}, act, act);
    if (ownDay !== day) {
      const own = (yield* regimeOn(ownDay)).regime;
      if (own.id !== r.id) ctx.warn('ACT_JUDGED_ON_INCIDENT_DAY', { act: ctx.translator.t(`ui.act.${act}`, {}, act), day: ownDay, regime: name(own.id), incidentDate: date, incidentRegime: name(r.id) }, {}, act, act);
    }
    return r;
  };
  const { analysis, ...risk } = yield* decideRisk(ctx, c, assessedOn, prelude.formSeries, selection);
  // Everything after the risk form depends on the answers only through the determination (and the
  // warnings the form raised, which a later warning of the same key would not repeat): on the
  // compiled path, that part is made once per such key and shared, frozen (see TailCache).
  const head = { explanation: ctx.explanation.length, warnings: ctx.warnings.length };
  const tailKey = preludeKey === undefined || tails?.sharesTail(c) !== true ? undefined : tails.keyOf(preludeKey, risk.determination, ctx.warnings);
  const cached = tailKey === undefined ? undefined : tails?.get(tailKey);
  // Remembers this case's counts in its prelude's form memo, with the tail they lead to.
  const remember = (tail: Tail, explanation: readonly Result['explanation'][number][], warnings: readonly Result['warnings'][number][]): void => {
    // A prelude met once (a batch spread over many days) would keep a memo no case reads: it starts with the second case.
    if (tailKey === undefined || !thisPrelude.reused || analysis === undefined || risk.riskAssessment === null || c.riskForm === undefined) return;
    const loaded = ctx.used.get(risk.riskAssessment.form);
    if (loaded === undefined) return;
    const formMemo = (thisPrelude.form ??= new FormMemo<Tail>(loaded, ctx.translator));
    const key = formMemo.loaded === loaded ? formMemo.keyOf(c.riskForm.answers) : undefined;
    if (key !== undefined && formMemo.remember(key, { ...risk, riskAssessment: risk.riskAssessment, analysis }, explanation, warnings, tail)) tails?.countMemoEntry();
  };
  if (cached !== undefined) {
    // The result's lists: the entries up to the tail, then the tail's; frozen, and shared by the cases the memo answers.
    const explanation = Object.freeze(ctx.explanation.concat(cached.explanation));
    const warnings = Object.freeze(ctx.warnings.concat(cached.warnings));
    remember(cached, explanation, warnings);
    return assemble(c, date, regime, risk, cached, explanation, warnings);
  }
  if (assessedOn !== date || dayOf(ev.riskAssessedAt) !== date) yield* onItsDay('risk-form', assessedOn, dayOf(ev.riskAssessedAt));
  const violenceForms = decideViolenceForms(ctx, regime, date);
  const oppDay = actDay(ev.provisionalOrderIssuedAt ?? ev.riskAssessedAt);
  const oppRegime = yield* onItsDay('provisional-order', oppDay, dayOf(ev.provisionalOrderIssuedAt ?? ev.riskAssessedAt));
  const provisionalOrderHours = opts.provisionalOrderHours ?? 'later';
  const provisionalOrder = yield* decideProvisionalOrder(ctx, c, oppRegime, risk.determination, oppDay, provisionalOrderHours);
  const opDay = actDay(ev.protectionOrderIssuedAt ?? ev.protectionOrderFiledAt);
  const protectionOrder = yield* decideProtectionOrder(ctx, c, yield* onItsDay('protection-order', opDay, dayOf(ev.protectionOrderIssuedAt ?? ev.protectionOrderFiledAt)), opDay);
  const breachDay = ev.breachAt === undefined ? undefined : bucharestDate(ev.breachAt);
  const breach = breachDay === undefined ? null : yield* decideBreach(ctx, c, yield* onItsDay('breach', breachDay), breachDay);
  const caseManagement = decideCaseManagement(ctx, c, dayOf(ev.caseRegisteredAt ?? ev.policeAlertedMobileTeamAt));

  const deadlineSources = [provisionalOrder.ruleSet, protectionOrder.ruleSet]
    .map((id) => (id === null ? undefined : ctx.used.get(id)))
    .concat(caseManagement.loaded ?? undefined)
    .filter((l) => l !== undefined);
  const counting = { hourTermStart: opts.hourTermStart ?? 'clock', workingDayShift: opts.workingDayShift ?? 'as-declared', provisionalOrderHours } as const;
  const deadlines = computeCaseDeadlines(c, deadlineSources, provisionalOrder, opts.asOf, counting, ctx);
  // One warning per rule set whose counting of a running deadline is our interpretation, naming the deadlines (in words, and by id).
  const uncertainCounting = new Map<string, string[]>();
  for (const d of deadlines) {
    if (d.status === 'not-applicable' || d.counting.status !== 'unverified') continue;
    uncertainCounting.set(d.ruleSet, [...(uncertainCounting.get(d.ruleSet) ?? []), `${ctx.translator.t(`ui.deadline.${d.id}`, {}, d.id)} (${d.id})`]);
  }
  for (const [ruleSet, names] of uncertainCounting) ctx.warn('DEADLINE_COUNTING_UNVERIFIED', { deadlines: names.join('; ') }, { ruleSet });
  provisionalOrder.endsAt = deadlines.find((d) => d.id === 'opp-end')?.dueAt ?? null;
  protectionOrder.endsAt = deadlines.find((d) => d.id === 'op-end')?.dueAt ?? null;
  // What happens next (issue 10): after the deadlines, to which its steps link.
  // The police steps follow the provisional order: the regime and the step rule sets of its day (issue, else the form's day).
  const next = yield* decideNextSteps(ctx, c, { regime: oppRegime, determination: risk.determination, provisionalOrder, deadlines }, oppDay);

  const protectionGaps = findProtectionGaps(c, deadlines, opts.asOf);
  warnTermsNotEncoded(ctx, c, provisionalOrder, protectionGaps, protectionOrder);
  warnOrderIssuedAgainstRules(ctx, c, provisionalOrder, protectionOrder, deadlines);
  const used = [...ctx.used.values()];
  // A rule set the caller supplied and the case never reached must not be mistaken for applied.
  for (const l of opts.ruleSets ?? []) {
    if (!used.some((u) => baseOf(u) === l)) ctx.warn('USER_RULE_SET_NOT_USED', { ruleSet: l.ruleSet.id }, { ruleSet: l.ruleSet.id });
  }
  const provenance = collectProvenance(used, ctx);
  // The newest day the case speaks of, against the last day this release knows the law to.
  let latest = date;
  for (const at of Object.values(ev)) {
    if (typeof at !== 'string') continue;
    const d = bucharestDate(at);
    if (d > latest) latest = d;
  }
  if (latest > LAW_KNOWN_UNTIL) ctx.warn('LAW_NOT_KNOWN_AFTER', { date: latest, horizon: LAW_KNOWN_UNTIL });
  warnAboutItemLabels(ctx, risk.riskAssessment, opts.labels);
  // Parts that are the same for many results (provenance, explanation entries, and on the compiled
  // path everything after the risk form) are shared between them, frozen; the rest is made for this
  // result. Results are read-only (docs/integrating.md). A tail is kept, frozen, from the second case
  // of its prelude on: the first case of a prelude (a case with events, whose prelude is its own; the
  // first case of a day) would freeze and keep a tail that no case may read.
  const shared = tailKey !== undefined && thisPrelude.reused === true;
  const made: Tail = {
    explanation: ctx.explanation.slice(head.explanation),
    warnings: ctx.warnings.slice(head.warnings),
    ruleSets: used.map((l) => usedEntries(l).ruleSet),
    appliesProposedLaw: used.some((l) => l.ruleSet.status === 'proposed'),
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
    receiptRuleSets: used.map((l) => usedEntries(l).receipt),
    receiptOptions: {
      includeProposed: opts.includeProposed ?? false,
      formSelection: selection,
      asOf: opts.asOf ?? null,
      ...counting,
      userRuleSets: (opts.ruleSets ?? []).map((l) => ({ id: l.ruleSet.id, sha256: l.sha256 })),
      lang,
      register: opts.register ?? 'legal',
      labels: opts.labels ? { name: opts.labels.pack.name, sha256: canonicalSha256(opts.labels.pack) } : null,
      actLaw: opts.actLaw ?? 'act-day',
      assumptions: opts.assumptions ?? [],
    },
  };
  const tail = shared ? deepFreeze(made) : made;
  // The result's lists: the context's entries, which the tail's slices end (frozen, as the memo shares them).
  const explanation = Object.freeze(ctx.explanation.slice());
  const warnings = Object.freeze(ctx.warnings.slice());
  if (shared) {
    tails?.set(tailKey, tail);
    remember(tail, explanation, warnings);
  }
  return assemble(c, date, regime, risk, tail, explanation, warnings);
}

/**
 * Judges a case on the compiled path: from its prelude's form memo when a case of the same
 * prelude and the same form counts was judged before (no decision code runs), else in full.
 *
 * @param c - the validated case
 * @param opts - the validated options
 * @returns the result
 * @example
 * judgeCompiled(c, {}).riskAssessment?.outcome //=> 'established'
 * @since 0.1.0
 */
export function judgeCompiled(c: Case, opts: EvaluateOptions): Result {
  const preludeKey = compiledTails.preludeKeyOf(c, opts);
  const prelude = compiledTails.prelude(preludeKey);
  const memo = prelude?.form;
  if (prelude !== undefined && memo !== undefined && c.riskForm !== undefined && compiledTails.sharesTail(c)) {
    const key = memo.keyOf(c.riskForm.answers);
    const known = key === undefined ? undefined : memo.answer(key, c.riskForm.answers);
    if (known !== undefined) return assemble(c, prelude.date, prelude.regime, known.risk, known.tail, known.explanation, known.warnings);
  }
  return driveSync(judgeCase(c, opts, compiledTails, preludeKey), answerCompiled);
}

const entriesOfUsed = new WeakMap<LoadedRuleSet, { ruleSet: Result['ruleSets'][number]; receipt: Result['receipt']['ruleSets'][number] }>();

/** A rule set's entries in `ruleSets` and in the receipt: they depend on the loaded rule set alone, made once, shared, frozen. */
function usedEntries(l: LoadedRuleSet): { ruleSet: Result['ruleSets'][number]; receipt: Result['receipt']['ruleSets'][number] } {
  let entries = entriesOfUsed.get(l);
  if (!entries) {
    const sha256 = recordedSha256(l);
    entries = {
      ruleSet: Object.freeze({ id: l.ruleSet.id, effectiveFrom: l.ruleSet.effectiveFrom, status: l.ruleSet.status, origin: l.origin, sha256 }),
      receipt: Object.freeze({ id: l.ruleSet.id, effectiveFrom: l.ruleSet.effectiveFrom, sha256 }),
    };
    entriesOfUsed.set(l, entries);
  }
  return entries;
}

type RegimeOfDay = { regime: RegimeResult; formSeries: string | null };

/** What a case decides before its risk form (its prelude): the same for every case of one prelude key. */
interface Prelude {
  /** The results already made of this prelude, by the counts of its form (made on first use). */
  form?: FormMemo<Tail>;
  /** A later case found this prelude in the cache (only then is a form memo kept). */
  reused?: boolean;
  /** The incident day, in Bucharest. */
  readonly date: string;
  /** The context after the prelude: never used itself, only forked. */
  readonly ctx: EvaluationContext;
  readonly regimes: ReadonlyMap<string, RegimeOfDay>;
  readonly regime: RegimeResult;
  readonly formSeries: string | null;
}

/** The regime of the incident day and the form series of the day the form was filled in. */
function* judgePrelude(c: Case, opts: EvaluateOptions, on: { date: string; lang: Translator['lang']; selection: 'seed' | 'law-scope'; assessedOn: string }): Step<Prelude> {
  const translator = translatorFor(on.lang, opts.labels);
  const ctx = new EvaluationContext(ruleSetRegistry(opts.ruleSets ?? [], opts.assumptions), opts.includeProposed ?? false, translator, opts.register ?? 'legal');
  const regimes = new Map<string, RegimeOfDay>();
  const regimeOn = regimeFinder(ctx, c, on.selection, regimes);
  const { regime } = yield* regimeOn(on.date);
  const { formSeries } = yield* regimeOn(on.assessedOn);
  // Shared by every result of the key, as the tail's parts are: frozen.
  for (const found of regimes.values()) deepFreeze(found.regime);
  return { ctx, regimes, regime, formSeries, date: on.date };
}

/** The regime in force on a day, decided once per day of one evaluation. */
function regimeFinder(ctx: EvaluationContext, c: Case, selection: 'seed' | 'law-scope', regimes: Map<string, RegimeOfDay>): (day: string) => Step<RegimeOfDay> {
  return function* regimeOn(day) {
    let found = regimes.get(day);
    if (!found) {
      found = yield* decideRegime(ctx, c, day, selection);
      regimes.set(day, found);
    }
    return found;
  };
}

/** What follows the risk form in a result: the same for every case of one tail key. */
interface Tail extends Pick<Result, 'ruleSets' | 'appliesProposedLaw' | 'violenceForms' | 'provisionalOrder' | 'protectionOrder' | 'breach' | 'deadlines' | 'protectionGaps' | 'caseManagement' | 'nextSteps' | 'referrals' | 'asOf' | 'provenance' | 'explanation' | 'warnings'> {
  receiptRuleSets: Result['receipt']['ruleSets'];
  receiptOptions: Result['receipt']['options'];
}

/** A result from the parts made for this case (up to its risk form), a tail, and the result's explanation and warnings (the tail's at their end). */
function assemble(
  c: Case,
  date: string,
  regime: RegimeResult,
  risk: Pick<Result, 'riskForm' | 'riskAssessment' | 'determination'>,
  tail: Tail,
  explanation: readonly Result['explanation'][number][],
  warnings: readonly Result['warnings'][number][],
): Result {
  return sealResult({
    schemaVersion: 1,
    incidentDate: date,
    ruleSets: tail.ruleSets,
    appliesProposedLaw: tail.appliesProposedLaw,
    regime,
    ...risk,
    violenceForms: tail.violenceForms,
    provisionalOrder: tail.provisionalOrder,
    protectionOrder: tail.protectionOrder,
    breach: tail.breach,
    deadlines: tail.deadlines,
    protectionGaps: tail.protectionGaps,
    caseManagement: tail.caseManagement,
    nextSteps: tail.nextSteps,
    referrals: tail.referrals,
    asOf: tail.asOf,
    provenance: tail.provenance,
    explanation: explanation as Result['explanation'],
    warnings: warnings as Result['warnings'],
  }, { library: LIBRARY, schemaVersion: 1, ruleSets: tail.receiptRuleSets, options: tail.receiptOptions }, c);
}

/** The receipt's `library`: the same for every result, shared, frozen (its digest is made once). */
const LIBRARY: Result['receipt']['library'] = Object.freeze({ name: 'dv-rules-ro', version: VERSION });

/** The compiled path's preludes and tails, shared by `evaluateSync`, `evaluate` and the batches. */
export const compiledTails = new TailCache<Prelude, Tail>();

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
