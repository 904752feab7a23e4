import { DvRulesError, issuesFromZod } from './errors.js';
import { bucharestDate } from './deadlines/bucharest.js';
import { assessRiskForm } from './engine/assess-risk-form.js';
import { collectProvenance } from './explain/collect-provenance.js';
import { caseSchema, type Case } from './schema/case.js';
import { checkPlainData } from './schema/check-plain-data.js';
import { evaluateOptionsSchema, type EvaluateOptions } from './schema/options.js';
import type { Result } from './schema/result.js';
import type { LoadedRuleSet } from './versions/parse-rule-set.js';
import { resolveRuleSet } from './versions/resolve-rule-set.js';
import { ruleSetRegistry } from './versions/rule-set-registry.js';

const RISK_FORM_SERIES = 'ro-police-risk-form';

/**
 * Judges a case under the law in force on its incident day (Europe/Bucharest) and explains why.
 *
 * @param input - the case, as parsed JSON; validated against `caseSchema`
 * @param options - see `evaluateOptionsSchema`
 * @returns the result: determination, counts, the rule sets used, provenance and explanation
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
  const registry = ruleSetRegistry(opts.ruleSets ?? []);
  const used: LoadedRuleSet[] = [];
  const explanation: Result['explanation'] = [];

  let riskAssessment: Result['riskAssessment'] = null;
  if (c.riskForm) {
    const form = resolveRuleSet(registry, RISK_FORM_SERIES, date, { includeProposed: opts.includeProposed ?? false });
    if (!form) {
      throw new DvRulesError('NO_RULE_SET_IN_FORCE', `evaluate: no police risk form is in force on ${date}`, [
        { path: 'incidentAt', message: `No rule set of series ${RISK_FORM_SERIES} is in force on ${date}` },
      ]);
    }
    const itemIds = new Set((form.ruleSet.items ?? []).map((i) => i.id));
    const unknownItems = Object.keys(c.riskForm.answers).filter((k) => !itemIds.has(k));
    if (unknownItems.length > 0) {
      throw new DvRulesError(
        'INVALID_CASE',
        'evaluate: the case is invalid',
        unknownItems.map((k) => ({ path: `riskForm.answers.${k}`, message: `Not an item of form ${form.ruleSet.id}` })),
      );
    }
    const scored = await assessRiskForm(form, c.riskForm.answers);
    riskAssessment = scored.assessment;
    explanation.push(...scored.explanation);
    used.push(form);
  }

  const { provenance, warnings } = collectProvenance(used);
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
    riskAssessment,
    provenance,
    explanation,
    warnings,
  };
}

function parseOptions(options: unknown): EvaluateOptions {
  const plain = typeof options === 'object' && options !== null ? [] : [{ path: '$', message: 'Expected an object' }];
  const parsed = evaluateOptionsSchema.safeParse(options);
  if (plain.length > 0 || !parsed.success) {
    throw new DvRulesError('INVALID_OPTIONS', 'evaluate: the options are invalid', parsed.success ? plain : issuesFromZod(parsed.error));
  }
  return parsed.data;
}

function parseCase(input: unknown): Case {
  const plain = checkPlainData(input);
  if (plain.length > 0) throw new DvRulesError('INVALID_CASE', 'evaluate: the case is invalid', plain);
  const parsed = caseSchema.safeParse(input);
  if (!parsed.success) throw new DvRulesError('INVALID_CASE', 'evaluate: the case is invalid', issuesFromZod(parsed.error));
  return parsed.data;
}
