import { DvRulesError, issuesFromZod } from './errors.js';
import { bucharestDate } from './deadlines/bucharest.js';
import { computeCaseDeadlines } from './deadlines/compute-case-deadlines.js';
import { findProtectionGaps } from './deadlines/find-protection-gaps.js';
import { decideBreach } from './engine/decide-breach.js';
import { decideCaseManagement } from './engine/decide-case-management.js';
import { decideProtectionOrder } from './engine/decide-protection-order.js';
import { decideProvisionalOrder } from './engine/decide-provisional-order.js';
import { decideRegime } from './engine/decide-regime.js';
import { decideRisk } from './engine/decide-risk.js';
import { decideViolenceForms } from './engine/decide-violence-forms.js';
import { EvaluationContext } from './engine/evaluation-context.js';
import { collectProvenance } from './explain/collect-provenance.js';
import { createTranslator } from './explain/create-translator.js';
import type { LoadedLabelPack } from './explain/parse-label-pack.js';
import { caseSchema, type Case } from './schema/case.js';
import { checkEventOrder } from './schema/check-event-order.js';
import { checkPlainData } from './schema/check-plain-data.js';
import { evaluateOptionsSchema, type EvaluateOptions } from './schema/options.js';
import type { Result } from './schema/result.js';
import { canonicalSha256 } from './versions/canonical-json.js';
import { ruleSetRegistry } from './versions/rule-set-registry.js';
import { VERSION } from './version.js';

/**
 * Judges a case under the law in force on its dates (Europe/Bucharest) and explains why: the
 * regime, the police form and its determination, the provisional and court orders, the breach
 * offence, with every rule set used, every value's source status, and warnings.
 *
 * @param input - the case, as parsed JSON; validated against `caseSchema`
 * @param options - see `evaluateOptionsSchema`
 * @returns the result
 * @throws DvRulesError `INVALID_CASE` / `INVALID_OPTIONS` with paths; `NO_RULE_SET_IN_FORCE` when
 *   no rule set covers what the case asks on its date
 * @example
 * const r = await evaluate({ schemaVersion: 1, incidentAt: '2024-03-02T21:15:00+02:00',
 *   relationship: 'spouse', riskForm: { answers: { q1: 'yes', q4: 'yes' } } });
 * r.riskAssessment?.imminentRisk //=> true
 * @since 0.1.0
 */
export async function evaluate(input: unknown, options: EvaluateOptions = {}): Promise<Result> {
  const opts = parseOptions(options);
  const c = parseCase(input);
  const date = bucharestDate(c.incidentAt);
  const dayOf = (instant: string | undefined): string => (instant === undefined ? date : bucharestDate(instant));
  const lang = opts.lang ?? opts.labels?.pack.lang ?? 'en';
  if (opts.labels && opts.labels.pack.lang !== lang) {
    throw new DvRulesError('INVALID_OPTIONS', 'evaluate: the options are invalid', [
      { path: 'labels', message: `The label pack is for "${opts.labels.pack.lang}", the language asked for is "${lang}"` },
    ]);
  }
  const translator = createTranslator(lang, opts.labels);
  const ctx = new EvaluationContext(ruleSetRegistry(opts.ruleSets ?? []), opts.includeProposed ?? false, translator, opts.register ?? 'legal');
  const selection = opts.formSelection ?? 'seed';

  const { regime, formSeries } = await decideRegime(ctx, c, date, selection);
  const risk = await decideRisk(ctx, c, date, formSeries, selection);
  const violenceForms = decideViolenceForms(ctx, regime, date);
  const ev = c.events ?? {};
  const provisionalOrder = await decideProvisionalOrder(ctx, c, regime, risk.determination, dayOf(ev.provisionalOrderIssuedAt));
  const protectionOrder = await decideProtectionOrder(ctx, c, regime, dayOf(ev.protectionOrderIssuedAt ?? ev.protectionOrderFiledAt));
  const breach = ev.breachAt === undefined ? null : await decideBreach(ctx, c, regime, bucharestDate(ev.breachAt));
  const caseManagement = decideCaseManagement(ctx, c, dayOf(ev.caseRegisteredAt ?? ev.policeAlertedMobileTeamAt));

  const deadlineSources = [provisionalOrder.ruleSet, protectionOrder.ruleSet]
    .map((id) => (id === null ? undefined : ctx.used.get(id)))
    .concat(caseManagement.loaded ?? undefined)
    .filter((l) => l !== undefined);
  const deadlines = computeCaseDeadlines(c, deadlineSources, provisionalOrder, opts.asOf, {
    hourTermStart: opts.hourTermStart ?? 'clock',
    workingDayShift: opts.workingDayShift ?? 'as-declared',
  });
  const uncertainCounting = deadlines.filter((d) => d.status !== 'not-applicable' && d.counting.status === 'unverified').map((d) => d.id);
  if (uncertainCounting.length > 0) ctx.warn('DEADLINE_COUNTING_UNVERIFIED', { deadlines: uncertainCounting.join(', ') });
  provisionalOrder.endsAt = deadlines.find((d) => d.id === 'opp-end')?.dueAt ?? null;
  protectionOrder.endsAt = deadlines.find((d) => d.id === 'op-end')?.dueAt ?? null;

  const used = [...ctx.used.values()];
  // A rule set the caller supplied and the case never reached must not be mistaken for applied.
  for (const l of opts.ruleSets ?? []) {
    if (!used.includes(l)) ctx.warn('USER_RULE_SET_NOT_USED', { ruleSet: l.ruleSet.id }, { ruleSet: l.ruleSet.id });
  }
  const provenance = collectProvenance(used, ctx);
  warnAboutItemLabels(ctx, risk.riskAssessment, opts.labels);
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
    protectionGaps: findProtectionGaps(c, deadlines, opts.asOf),
    caseManagement: caseManagement.block,
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
        userRuleSets: (opts.ruleSets ?? []).map((l) => ({ id: l.ruleSet.id, sha256: l.sha256 })),
        lang,
        register: opts.register ?? 'legal',
        labels: opts.labels ? { name: opts.labels.pack.name, sha256: canonicalSha256(opts.labels.pack) } : null,
      },
    },
  };
}

function parseOptions(options: unknown): EvaluateOptions {
  if (typeof options !== 'object' || options === null) {
    throw new DvRulesError('INVALID_OPTIONS', 'evaluate: the options are invalid', [{ path: '$', message: 'Expected an object' }]);
  }
  const parsed = evaluateOptionsSchema.safeParse(options);
  if (!parsed.success) throw new DvRulesError('INVALID_OPTIONS', 'evaluate: the options are invalid', issuesFromZod(parsed.error));
  return parsed.data;
}

function parseCase(input: unknown): Case {
  const plain = checkPlainData(input);
  if (plain.length > 0) throw new DvRulesError('INVALID_CASE', 'evaluate: the case is invalid', plain);
  const parsed = caseSchema.safeParse(input);
  if (!parsed.success) throw new DvRulesError('INVALID_CASE', 'evaluate: the case is invalid', issuesFromZod(parsed.error));
  checkEventOrder(parsed.data);
  return parsed.data;
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
