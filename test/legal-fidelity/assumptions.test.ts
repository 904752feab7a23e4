import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assumptionListSchema, DvRulesError, evaluate, evaluateMany, evaluateSync, MAX_ASSUMPTIONS, parseRuleSet, resultSchema, shippedManifest, verifyReceipt, type EvaluateOptions } from '../../src/index.js';

// Issue 11 item 8: an agency corrects a value, or an uncertain in-force day, with its source.

const SOURCE = 'Monitorul Oficial nr. 1234 of 2026-01-07 (agency legal department memo 2026-03-01)';
const LAW_232_DAY = (day: string): NonNullable<EvaluateOptions['assumptions']> => [
  { ruleSet: 'ro-order-breach/2025-12-15', effectiveFrom: day, source: SOURCE },
  { ruleSet: 'ro-law-217-2003-provisional-order/2025-12-15', effectiveFrom: day, source: SOURCE },
  { ruleSet: 'ro-police-intervention/2025-12-15', effectiveFrom: day, source: SOURCE },
];

const repeatBreach = (day: string) => ({
  schemaVersion: 1,
  incidentAt: '2025-11-01T10:00:00+02:00',
  relationship: 'spouse',
  breachedOrder: 'court',
  priorBreachConviction: true,
  events: { breachAt: `${day}T12:00:00+02:00` },
});

const filedOrder = (day: string) => ({
  schemaVersion: 1,
  incidentAt: `${day}T08:00:00+02:00`,
  relationship: 'spouse',
  riskForm: { answers: { q3: 'yes', q5: 'yes' } },
  events: { provisionalOrderIssuedAt: `${day}T09:00:00+02:00`, prosecutorFiledAt: `${day}T20:00:00+02:00` },
});

const codes = (r: { warnings: { code: string }[] }): string[] => r.warnings.map((w) => w.code);

function refusal(run: () => unknown): { code: string; issues: readonly { path: string; message: string }[] } {
  try {
    run();
  } catch (e) {
    if (e instanceof DvRulesError) return { code: e.code, issues: e.issues };
    throw e;
  }
  throw new Error('expected a refusal');
}

describe("an agency sets Law 232/2025's in-force day", () => {
  it('with the day set to 2026-01-10, a repeat breach on 2026-01-05 is judged under the 2020 law (6 to 60 months), not the raised limits', async () => {
    const shipped = await evaluate(repeatBreach('2026-01-05'));
    const assumed = await evaluate(repeatBreach('2026-01-05'), { assumptions: LAW_232_DAY('2026-01-10') });

    expect(shipped.breach).toMatchObject({ aggravated: true, penaltyMonths: { min: 9, max: 90 }, ruleSet: 'ro-order-breach/2025-12-15' });
    expect(assumed.breach).toMatchObject({ aggravated: false, reason: 'OFFENCE', penaltyMonths: { min: 6, max: 60 }, ruleSet: 'ro-order-breach/2020-08-22' });
    const w = assumed.warnings.find((x) => x.code === 'ASSUMPTION_APPLIED' && x.ruleSet === 'ro-order-breach/2025-12-15');
    expect(w?.message).toContain('2026-01-10');
    expect(w?.message).toContain(SOURCE);
  });

  it('with the day set to 2026-01-10, a repeat breach on 2026-01-10 gets the raised limits (9 to 90 months)', async () => {
    const r = await evaluate(repeatBreach('2026-01-10'), { assumptions: LAW_232_DAY('2026-01-10') });

    expect(r.breach).toMatchObject({ aggravated: true, penaltyMonths: { min: 9, max: 90 }, ruleSet: 'ro-order-breach/2025-12-15' });
    expect(r.ruleSets.find((s) => s.id === 'ro-order-breach/2025-12-15')?.effectiveFrom).toBe('2026-01-10');
  });

  it('with the day set to 2026-01-10, a provisional order filed on 2026-01-09 lapses after 120 hours, and one filed on 2026-01-10 lasts until the judgment', async () => {
    const before = await evaluate(filedOrder('2026-01-09'), { assumptions: LAW_232_DAY('2026-01-10') });
    const on = await evaluate(filedOrder('2026-01-10'), { assumptions: LAW_232_DAY('2026-01-10') });
    const shipped = await evaluate(filedOrder('2026-01-09'));

    expect(shipped.provisionalOrder).toMatchObject({ duration: { until: 'first-instance-judgment' }, ruleSet: 'ro-law-217-2003-provisional-order/2025-12-15' });
    expect(before.provisionalOrder).toMatchObject({ duration: { hours: 120 }, ruleSet: 'ro-law-217-2003-provisional-order/2018-12-28' });
    expect(on.provisionalOrder).toMatchObject({ duration: { until: 'first-instance-judgment' }, ruleSet: 'ro-law-217-2003-provisional-order/2025-12-15' });
  });

  it('with the day set to 2025-12-16, a repeat breach on 2025-12-20 gets the raised limits and no EFFECTIVE_DATE_UNCERTAIN: the caller settled the day', async () => {
    const shipped = await evaluate(repeatBreach('2025-12-20'));
    const assumed = await evaluate(repeatBreach('2025-12-20'), { assumptions: LAW_232_DAY('2025-12-16') });

    expect(shipped.breach?.reason).toBe('OFFENCE_EARLIER_LAW_APPLIED_IN_FORCE_DAY_UNCERTAIN');
    expect(codes(shipped)).toContain('EFFECTIVE_DATE_UNCERTAIN');
    expect(assumed.breach).toMatchObject({ aggravated: true, reason: 'OFFENCE_AGGRAVATED_REPEAT_BREACH', penaltyMonths: { min: 9, max: 90 } });
    expect(codes(assumed)).not.toContain('EFFECTIVE_DATE_UNCERTAIN');
    expect(codes(assumed)).toContain('ASSUMPTION_APPLIED');
  });

  it('a case whose day the assumption does not touch carries no ASSUMPTION_APPLIED warning, and the receipt still records the assumption', async () => {
    const r = await evaluate(repeatBreach('2026-03-01'), { assumptions: LAW_232_DAY('2026-01-10') });

    expect(codes(r)).not.toContain('ASSUMPTION_APPLIED');
    expect(r.receipt.options.assumptions).toHaveLength(3);
  });

  it('the receipt records the assumptions as given and the shipped hashes, and verifyReceipt says the rule sets are shipped and lists the assumptions', async () => {
    const assumptions = LAW_232_DAY('2026-01-10');
    const r = await evaluate(repeatBreach('2026-01-10'), { assumptions });
    const shipped = new Map(shippedManifest().ruleSets.map((e) => [e.id, e.sha256]));
    const report = verifyReceipt(JSON.parse(JSON.stringify(r)));

    expect(r.receipt.options.assumptions).toEqual(assumptions);
    expect(r.receipt.options.actLaw).toBe('act-day');
    for (const s of r.receipt.ruleSets) expect(s.sha256).toBe(shipped.get(s.id));
    expect(r.ruleSets.find((s) => s.id === 'ro-order-breach/2025-12-15')?.sha256).toBe(shipped.get('ro-order-breach/2025-12-15'));
    expect(report.ok).toBe(true);
    expect(report.ruleSets.every((s) => s.status === 'ok')).toBe(true);
    expect(report.assumptions).toEqual(assumptions.map((a) => ({ ruleSet: a.ruleSet, effectiveFrom: a.effectiveFrom, source: a.source })));
    expect(resultSchema.safeParse(r).success).toBe(true);
  });

  it('a stored result whose receipt is edited (an assumption taken out, a rule set\'s day or the input hash changed) no longer verifies', async () => {
    const stored = JSON.parse(JSON.stringify(await evaluate(repeatBreach('2026-01-10'), { assumptions: LAW_232_DAY('2026-01-10') }))) as { receipt: { options: { assumptions: unknown[] }; ruleSets: Array<{ effectiveFrom: string }>; inputSha256: string } };
    expect(verifyReceipt(stored).content).toBe('ok');
    const edits: Array<(r: typeof stored) => void> = [
      (r) => void (r.receipt.options.assumptions = []),
      (r) => void (r.receipt.ruleSets[0]!.effectiveFrom = '2011-01-01'),
      (r) => void (r.receipt.inputSha256 = '0'.repeat(64)),
    ];
    for (const edit of edits) {
      const copy = structuredClone(stored);
      edit(copy);
      expect(verifyReceipt(copy)).toMatchObject({ ok: false, content: 'changed' });
    }
  });

  it("an assumption on the caller's own rule set of that id applies to it: used, not warned as unused, and verified as the caller's", async () => {
    const data = JSON.parse(readFileSync('rules/ro-order-breach/2025-12-15.json', 'utf8')) as { summary: string };
    const own = parseRuleSet({ ...data, summary: `${data.summary} (agency copy)` }, { file: 'agency/breach.json' });
    const r = await evaluate(repeatBreach('2026-01-12'), { ruleSets: [own], assumptions: LAW_232_DAY('2026-01-10') });
    const report = verifyReceipt(JSON.parse(JSON.stringify(r)));

    expect(r.breach?.ruleSet).toBe('ro-order-breach/2025-12-15');
    expect(codes(r)).toContain('USER_RULE_SET');
    expect(codes(r)).not.toContain('USER_RULE_SET_NOT_USED');
    expect(r.receipt.ruleSets.find((s) => s.id === 'ro-order-breach/2025-12-15')?.sha256).toBe(own.sha256);
    expect(report.ruleSets.find((s) => s.id === 'ro-order-breach/2025-12-15')?.status).toBe('user');
  });

  it('the receipt records actLaw as given', async () => {
    const r = await evaluate(repeatBreach('2026-01-10'), { actLaw: 'incident-day' });

    expect(r.receipt.options.actLaw).toBe('incident-day');
    expect(r.receipt.options.assumptions).toEqual([]);
  });
});

describe('an agency supplies a value', () => {
  const forms = ['physical', 'sexual', 'psychological'];
  const spouse = { schemaVersion: 1, incidentAt: '2024-03-02T21:15:00+02:00', relationship: 'spouse' };

  it('an unverified value (the Law 217/2003 forms of violence) is used, marked caller-supplied in provenance with what it replaced, and no longer warned as unverified', async () => {
    const shipped = await evaluate(spouse);
    const r = await evaluate(spouse, { assumptions: [{ ruleSet: 'ro-law-217-2003-violence-forms/2020-07-09', parameter: 'forms', value: forms, source: SOURCE }] });
    const entry = r.provenance.flatMap((p) => (p.kind === 'parameter' ? [p] : [])).find((p) => p.ruleSet === 'ro-law-217-2003-violence-forms/2020-07-09' && p.parameter === 'forms');
    const before = shipped.provenance.flatMap((p) => (p.kind === 'parameter' ? [p] : [])).find((p) => p.ruleSet === 'ro-law-217-2003-violence-forms/2020-07-09' && p.parameter === 'forms');

    expect(r.violenceForms).toEqual(forms);
    expect(entry).toMatchObject({ value: forms, status: 'caller-supplied', assumed: { source: SOURCE, replaced: { value: before?.value, status: 'unverified' } } });
    expect(r.warnings.filter((w) => w.code === 'PARAMETER_UNVERIFIED' && w.parameter === 'forms')).toEqual([]);
    expect(r.warnings.find((w) => w.code === 'ASSUMPTION_APPLIED')).toMatchObject({ ruleSet: 'ro-law-217-2003-violence-forms/2020-07-09', parameter: 'forms' });
    expect(codes(shipped)).toContain('PARAMETER_UNVERIFIED');
    expect(resultSchema.safeParse(r).success).toBe(true);
  });

  it('a reported value may be corrected too: a threshold of 3 YES among questions 1-7 leaves 2 YES without imminent risk', async () => {
    const c = { ...spouse, riskForm: { answers: { q1: 'yes', q4: 'yes' } } };
    const shipped = evaluateSync(c);
    const r = evaluateSync(c, { assumptions: [{ ruleSet: 'ro-police-risk-form/2018-12-28', parameter: 'thresholdQuestions1To7', value: 3, unit: 'count', source: SOURCE }] });

    expect(shipped.riskAssessment?.imminentRisk).toBe(true);
    expect(r.riskAssessment?.imminentRisk).toBe(false);
    expect(r.provenance.flatMap((p) => (p.kind === 'parameter' ? [p] : [])).find((p) => p.parameter === 'thresholdQuestions1To7')).toMatchObject({ value: 3, status: 'caller-supplied', assumed: { replaced: { value: 2, status: 'reported' } } });
  });

  it('every block that shows a value\'s status says caller-supplied for an assumed one, and the result keeps to its schema (a threshold, a referral list)', () => {
    const c = { ...spouse, riskForm: { answers: { q1: 'yes', q4: 'yes' } } };
    const r = evaluateSync(c, {
      assumptions: [
        { ruleSet: 'ro-police-risk-form/2018-12-28', parameter: 'thresholdQuestions1To7', value: 3, source: SOURCE },
        { ruleSet: 'ro-referrals/2018-12-07', parameter: 'victimServices', value: ['shelter', 'legal-counselling'], source: SOURCE },
      ],
    });
    const group = r.explanation.find((e) => e.code.startsWith('risk-form.group') && e.message.includes('3'));

    expect(resultSchema.safeParse(r).success).toBe(true);
    expect(r.referrals.victim).toMatchObject({ status: 'caller-supplied', services: [{ id: 'shelter' }, { id: 'legal-counselling' }] });
    expect(group?.message).toContain('supplied by the caller');
    expect(group?.message).not.toContain('caller-supplied');
  });

  it('equal assumptions given again (a fresh, equal list) give the same result, and results with and without them do not mix', () => {
    const c = { ...spouse, riskForm: { answers: { q1: 'yes', q4: 'yes' } } };
    const assume = (): EvaluateOptions => ({ assumptions: [{ ruleSet: 'ro-police-risk-form/2018-12-28', parameter: 'thresholdQuestions1To7', value: 3, source: SOURCE }] });
    const first = evaluateSync(c, assume());
    const plain = evaluateSync(c);
    const again = evaluateSync(c, assume());
    const other = evaluateSync(c, { assumptions: [{ ruleSet: 'ro-police-risk-form/2018-12-28', parameter: 'thresholdQuestions1To7', value: 1, source: SOURCE }] });

    expect(again).toEqual(first);
    expect(plain.riskAssessment?.imminentRisk).toBe(true);
    expect(first.riskAssessment?.imminentRisk).toBe(false);
    expect(other.riskAssessment?.imminentRisk).toBe(true);
    expect(other.provenance.flatMap((p) => (p.kind === 'parameter' ? [p] : [])).find((p) => p.parameter === 'thresholdQuestions1To7')?.value).toBe(1);
  });

  it('the compiled path and the reference path give the same results with assumptions', async () => {
    const cases: Array<[unknown, EvaluateOptions]> = [
      [repeatBreach('2026-01-05'), { assumptions: LAW_232_DAY('2026-01-10') }],
      [repeatBreach('2025-12-20'), { assumptions: LAW_232_DAY('2025-12-16') }],
      [filedOrder('2026-01-09'), { assumptions: LAW_232_DAY('2026-01-10'), asOf: '2026-01-12T10:00:00+02:00' }],
      [{ ...spouse, riskForm: { answers: { q1: 'yes', q4: 'yes', q9: 'unknown' } } }, { assumptions: [{ ruleSet: 'ro-police-risk-form/2018-12-28', parameter: 'thresholdQuestions1To7', value: 3, source: SOURCE }] }],
      [spouse, { assumptions: [{ ruleSet: 'ro-law-217-2003-violence-forms/2020-07-09', parameter: 'forms', value: forms, source: SOURCE }], lang: 'ro' }],
    ];
    for (const [c, options] of cases) {
      expect(await evaluate(c, { ...options, engine: 'reference' })).toEqual(evaluateSync(c, options));
    }
  });
});

describe('what an assumption may not do', () => {
  const refuse = (assumptions: unknown) => refusal(() => evaluateSync({ schemaVersion: 1, incidentAt: '2024-03-02T21:15:00+02:00', relationship: 'spouse' }, { assumptions } as EvaluateOptions));

  it.each<[string, unknown, string]>([
    ['a confirmed value (the Law 26/2024 forms of violence)', [{ ruleSet: 'ro-law-26-2024-violence-forms/2024-08-31', parameter: 'forms', value: ['physical'], source: 'memo' }], 'assumptions[0].parameter'],
    ['a rule set that does not exist', [{ ruleSet: 'ro-order-breach/2019-01-01', effectiveFrom: '2019-02-01', source: 'memo' }], 'assumptions[0].ruleSet'],
    ['a parameter the rule set does not have', [{ ruleSet: 'ro-order-breach/2025-12-15', parameter: 'maxYears', value: 5, source: 'memo' }], 'assumptions[0].parameter'],
    ['a number for a list', [{ ruleSet: 'ro-law-217-2003-violence-forms/2020-07-09', parameter: 'forms', value: 8, source: 'memo' }], 'assumptions[0].value'],
    ['another unit', [{ ruleSet: 'ro-order-breach/2025-12-15', parameter: 'maxMonths', value: 7, unit: 'days', source: 'memo' }], 'assumptions[0].unit'],
    ['a value that leaves the rule set invalid (a threshold that is not a whole number)', [{ ruleSet: 'ro-police-risk-form/2018-12-28', parameter: 'thresholdQuestions1To7', value: 2.5, source: 'memo' }], 'assumptions[0].value'],
    ['a threshold for the 2024 form, whose items are not known (it would decide on nothing)', [{ ruleSet: 'ro-imminent-risk-form-2024/2024-08-31', parameter: 'placeholderThreshold', value: 2, source: 'memo' }], 'assumptions[0].value'],
    ['a deadline of zero hours', [{ ruleSet: 'ro-law-217-2003-provisional-order/2018-12-28', parameter: 'toProsecutorHours', value: 0, source: 'memo' }], 'assumptions[0].value'],
    ['an in-force day not marked uncertain', [{ ruleSet: 'ro-order-breach/2020-08-22', effectiveFrom: '2020-09-01', source: 'memo' }], 'assumptions[0].effectiveFrom'],
    ['a day for one of Law 232/2025\'s three rule sets alone (the act has one in-force day)', [{ ruleSet: 'ro-order-breach/2025-12-15', effectiveFrom: '2026-01-10', source: 'memo' }], 'assumptions[0].effectiveFrom'],
    ['the same act\'s rule sets on different days', [{ ruleSet: 'ro-order-breach/2025-12-15', effectiveFrom: '2026-01-10', source: 'm' }, { ruleSet: 'ro-law-217-2003-provisional-order/2025-12-15', effectiveFrom: '2026-01-11', source: 'm' }, { ruleSet: 'ro-police-intervention/2025-12-15', effectiveFrom: '2026-01-10', source: 'm' }], 'assumptions[0].effectiveFrom'],
    ['a day before the act\'s own date', [{ ruleSet: 'ro-order-breach/2025-12-15', effectiveFrom: '2025-12-01', source: 'memo' }], 'assumptions[0].effectiveFrom'],
    ['two assumptions for the same day', [{ ruleSet: 'ro-order-breach/2025-12-15', effectiveFrom: '2026-01-10', source: 'a' }, { ruleSet: 'ro-order-breach/2025-12-15', effectiveFrom: '2026-01-11', source: 'b' }], 'assumptions[1]'],
    ['a value and a day at once', [{ ruleSet: 'ro-order-breach/2025-12-15', parameter: 'maxMonths', value: 70, effectiveFrom: '2026-01-10', source: 'memo' }], 'assumptions[0].effectiveFrom'],
    ['neither a value nor a day', [{ ruleSet: 'ro-order-breach/2025-12-15', source: 'memo' }], 'assumptions[0]'],
    ['no source', [{ ruleSet: 'ro-order-breach/2025-12-15', effectiveFrom: '2026-01-10' }], 'assumptions[0].source'],
    ['an empty source', [{ ruleSet: 'ro-order-breach/2025-12-15', effectiveFrom: '2026-01-10', source: '' }], 'assumptions[0].source'],
    ['a source with a control character', [{ ruleSet: 'ro-order-breach/2025-12-15', effectiveFrom: '2026-01-10', source: 'memo\u001b[31m' }], 'assumptions[0].source'],
    ['a source over 2,000 characters', [{ ruleSet: 'ro-order-breach/2025-12-15', effectiveFrom: '2026-01-10', source: 'x'.repeat(2001) }], 'assumptions[0].source'],
    ['an unknown field', [{ ruleSet: 'ro-order-breach/2025-12-15', effectiveFrom: '2026-01-10', source: 'memo', why: 'x' }], 'assumptions[0].why'],
    ['more than 100 assumptions', Array.from({ length: 101 }, () => ({ ruleSet: 'ro-order-breach/2025-12-15', effectiveFrom: '2026-01-10', source: 'memo' })), 'assumptions'],
  ])('%s is refused with INVALID_OPTIONS at its path', (_what, assumptions, path) => {
    const e = refuse(assumptions);

    expect(e.code).toBe('INVALID_OPTIONS');
    expect(e.issues.map((i) => i.path)).toContain(path);
  });

  it('the exported schema is the shape of an --assume file: the examples pass, a value with a day does not, and the bound is 100', () => {
    expect(assumptionListSchema.safeParse(LAW_232_DAY('2026-01-10')).success).toBe(true);
    expect(assumptionListSchema.safeParse([{ ruleSet: 'ro-order-breach/2025-12-15', parameter: 'maxMonths', value: 70, effectiveFrom: '2026-01-10', source: 'memo' }]).success).toBe(false);
    expect(MAX_ASSUMPTIONS).toBe(100);
  });

  it('a batch with a bad assumption is refused once, before its first case', () => {
    const run = () => [...evaluateMany([{}, {}], { assumptions: [{ ruleSet: 'nope/2020-01-01', effectiveFrom: '2020-02-01', source: 'memo' }] })];

    expect(refusal(run)).toMatchObject({ code: 'INVALID_OPTIONS', issues: [{ path: 'assumptions[0].ruleSet' }] });
  });
});
