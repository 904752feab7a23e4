import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate, evaluateSync, parseRuleSet } from '../../src/index.js';

// Risk forms an agency could write (monotone: counts compared upwards, any nesting of all/any), of
// 1-4 groups with 1-4 items: the compiled path (a decision diagram) must give the same whole result
// as the reference path (json-rules-engine over every YES count) for any answers.

const base = JSON.parse(JSON.stringify((await import('../../rules/ro-police-risk-form/2018-12-28.json', { with: { type: 'json' } })).default)) as Record<string, unknown>;
const citation = { title: 'Agency test form', href: 'https://example.org/form' };

type Cond = { fact: string; operator: string; value: { param: string } } | { all: Cond[] } | { any: Cond[] };

const formArb = fc
  .record({
    sizes: fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 1, maxLength: 4 }),
    thresholds: fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 6, maxLength: 6 }),
  })
  .chain(({ sizes, thresholds }) => {
    const atom: fc.Arbitrary<Cond> = fc.record({
      g: fc.integer({ min: 0, max: sizes.length - 1 }),
      p: fc.integer({ min: 0, max: thresholds.length - 1 }),
      inclusive: fc.boolean(),
    }).map(({ g, p, inclusive }) => ({ fact: `yes:g${g}`, operator: inclusive ? 'greaterThanInclusive' : 'greaterThan', value: { param: `t${p}` } }));
    const { cond } = fc.letrec<{ cond: Cond }>((tie) => ({
      cond: fc.oneof({ depthSize: 'small', withCrossShrink: true }, atom, fc.record({ all: fc.array(tie('cond'), { minLength: 1, maxLength: 3 }) }), fc.record({ any: fc.array(tie('cond'), { minLength: 1, maxLength: 3 }) })),
    }));
    const top = fc.oneof(fc.record({ all: fc.array(cond, { minLength: 1, maxLength: 3 }) }), fc.record({ any: fc.array(cond, { minLength: 1, maxLength: 3 }) }));
    return fc.record({ sizes: fc.constant(sizes), thresholds: fc.constant(thresholds), rules: fc.array(top, { minLength: 1, maxLength: 3 }) });
  })
  .map(({ sizes, thresholds, rules }) => {
    const groups = sizes.map((_, g) => ({ id: `g${g}`, title: `group ${g}`, thresholdParameter: `t${g % thresholds.length}` }));
    const items = sizes.flatMap((n, g) => Array.from({ length: n }, (_, k) => ({ id: `q${g * 10 + k + 1}`, group: `g${g}`, labelKey: `agency.q${g * 10 + k + 1}` })));
    const parameters = Object.fromEntries(
      thresholds.map((v, p) => [`t${p}`, { value: Math.max(1, v), unit: 'count', status: 'reported', citation, description: `Threshold ${p}.` }]),
    );
    return {
      ...base,
      parameters,
      groups,
      items,
      rules: rules.map((conditions, r) => ({ id: `rule-${r}`, description: `Rule ${r}.`, citation, conditions, event: { type: 'imminent-risk' } })),
    };
  });

const answersArb = (form: { items: { id: string }[] }) =>
  fc.record(Object.fromEntries(form.items.map((i) => [i.id, fc.constantFrom('yes', 'no', 'unknown')])), { requiredKeys: [] });

describe('generated risk forms: the compiled path equals the reference path', () => {
  it('gives deep-equal results for any monotone form of up to four groups and any answers', async () => {
    let compared = 0;
    await fc.assert(
      fc.asyncProperty(formArb.chain((form) => fc.tuple(fc.constant(form), answersArb(form))), async ([form, answers]) => {
        const loaded = parseRuleSet(form, { file: 'agency-form.json' });
        const c = { schemaVersion: 1, incidentAt: '2019-03-01T21:15:00+02:00', relationship: 'spouse', riskForm: { answers } };
        const compiled = evaluateSync(c, { ruleSets: [loaded] });
        const reference = await evaluate(c, { ruleSets: [loaded], engine: 'reference' });
        expect(compiled).toEqual(reference);
        expect(compiled.riskForm?.ruleSet).toBe(loaded.ruleSet.id);
        compared++;
      }),
      { numRuns: 400 },
    );
    expect(compared).toBe(400);
  });
});

describe('large and pathological forms', () => {
  const groupsOf = (n: number) => Array.from({ length: n }, (_, g) => ({ id: `g${g}`, title: `group ${g}`, thresholdParameter: 't' }));
  const itemsOf = (n: number) => Array.from({ length: n }, (_, g) => ({ id: `q${g + 1}`, group: `g${g}`, labelKey: `agency.q${g + 1}` }));
  const parameters = { t: { value: 1, unit: 'count', status: 'reported', citation, description: 'Threshold.' }, one: { value: 1, unit: 'count', status: 'reported', citation, description: 'One.' } };

  it('a form of 50 one-item groups, risk when any of them is YES, is decided exactly', () => {
    const form = {
      ...base,
      parameters,
      groups: groupsOf(50),
      items: itemsOf(50),
      rules: Array.from({ length: 50 }, (_, g) => ({ id: `rule-${g}`, description: `Group ${g}.`, citation, conditions: { all: [{ fact: `yes:g${g}`, operator: 'greaterThanInclusive', value: { param: 't' } }] }, event: { type: 'imminent-risk', params: { group: `g${g}` } } })),
    };
    const loaded = parseRuleSet(form, { file: 'fifty-groups.json' });
    // Groups 0-9 unknown, the others NO: any of the ten could establish risk.
    const answers: Record<string, string> = {};
    for (let g = 0; g < 50; g++) answers[`q${g + 1}`] = g < 10 ? 'unknown' : 'no';
    const r = evaluateSync({ schemaVersion: 1, incidentAt: '2019-03-01T21:15:00+02:00', relationship: 'spouse', riskForm: { answers } }, { ruleSets: [loaded] });
    expect(r.riskAssessment?.imminentRisk).toBe(false);
    expect(r.riskAssessment?.outcome).toBe('possible');
    expect(r.riskAssessment?.decisiveItems).toEqual(Array.from({ length: 10 }, (_, g) => `q${g + 1}`));
    // A YES in any of the 50 groups establishes risk: 50 options of one change each.
    expect(r.riskAssessment?.minimalFlips.changes).toBe(1);
    expect(r.riskAssessment?.minimalFlips.options).toHaveLength(50);
  });

  it('a form whose conditions would need a huge decision diagram is refused when loaded, naming the file', () => {
    // Pairs (g_i, g_{i+25}) far apart in the group order: the diagram doubles at every level.
    const form = {
      ...base,
      parameters,
      groups: groupsOf(50),
      items: itemsOf(50),
      rules: [{ id: 'pairs', description: 'Pairs.', citation, conditions: { any: Array.from({ length: 25 }, (_, i) => ({ all: [{ fact: `yes:g${i}`, operator: 'greaterThanInclusive', value: { param: 'one' } }, { fact: `yes:g${i + 25}`, operator: 'greaterThanInclusive', value: { param: 'one' } }] })) }, event: { type: 'imminent-risk' } }],
    };
    expect(() => parseRuleSet(form, { file: 'pairs.json' })).toThrow(expect.objectContaining({ code: 'INVALID_RULE_SET', file: 'pairs.json', issues: [expect.objectContaining({ path: 'rules' })] }));
  });
});
