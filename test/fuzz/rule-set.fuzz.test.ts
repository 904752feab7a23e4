import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { DvRulesError, evaluate, parseRuleSet, resultSchema, type LoadedRuleSet } from '../../src/index.js';
import { badValueArb, expectCleanError, expectNoPollution, pathsOf, pollutingObject, prototypeKeyArb, REMOVE, RUNS, withValueAt } from './fuzz-kit.js';

const shipped = readdirSync('rules', { recursive: true })
  .map(String)
  .filter((f) => /\d{4}-\d{2}-\d{2}\.json$/.test(f))
  .sort()
  .map((f) => JSON.parse(readFileSync(`rules/${f}`, 'utf8')) as Record<string, unknown>);

/** Values a rule-set author could plausibly get wrong: numbers out of range, wrong types, odd strings. */
const plausibleValueArb: fc.Arbitrary<unknown> = fc.oneof(
  badValueArb,
  fc.constantFrom<unknown>(0, -1, 0.5, 1e9, -1e9, 2 ** 31, '', ' ', 'regex', 'path', 'in', '$.x', '{{x}}', 'unknown', [], {}, { param: 'missing' }),
  fc.jsonValue({ maxDepth: 2 }),
);

/**
 * Parses, returning the loaded rule set or checking the refusal is a clean INVALID_RULE_SET (a
 * string is the document's text, so it may also be refused as INVALID_JSON).
 */
function load(data: unknown): LoadedRuleSet | null {
  let loaded: LoadedRuleSet | null = null;
  try {
    loaded = parseRuleSet(data, { file: 'fuzzed.json' });
  } catch (e) {
    // Rule sets are not case data (their own names may appear in messages), so only the code is checked.
    expect(e).toBeInstanceOf(DvRulesError);
    expect((e as DvRulesError).code).toBeOneOf(typeof data === 'string' ? ['INVALID_RULE_SET', 'INVALID_JSON', 'INPUT_TOO_LARGE'] : ['INVALID_RULE_SET', 'INPUT_TOO_LARGE']);
    expect((e as DvRulesError).message).not.toMatch(/\n\s+at /);
  }
  expectNoPollution();
  return loaded;
}

/** A case dated inside the rule set's first week, touching every part of the law. */
function caseFor(rs: Record<string, unknown>): Record<string, unknown> {
  const day = typeof rs['effectiveFrom'] === 'string' ? rs['effectiveFrom'] : '2024-09-01';
  return {
    schemaVersion: 1,
    incidentAt: `${day}T12:00:00+03:00`,
    relationship: 'spouse',
    riskForm: { answers: { q1: 'yes', q2: 'yes', q3: 'no', q4: 'unknown' } },
    victimRequestsProvisionalOrder: true,
    breachedOrder: 'provisional',
    events: {
      provisionalOrderIssuedAt: `${day}T14:00:00+03:00`,
      protectionOrderFiledAt: `${day}T15:00:00+03:00`,
      caseRegisteredAt: `${day}T16:00:00+03:00`,
      breachAt: `${day}T20:00:00+03:00`,
    },
  };
}

/** Legal numbers a rule-set author could mistype: zero, negative, fractional, huge. */
const numberArb = fc.oneof(fc.constantFrom(0, -1, 0.5, 1e-9, 1e9, 1e308, 2 ** 53 + 1), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer());

/** A shipped rule set with one value changed or removed; a third of the time, a parameter's number. */
const mutatedArb = fc
  .constantFrom(...shipped)
  .chain((rs) => {
    const paths = pathsOf(rs);
    const numeric = paths.filter((p) => p[0] === 'parameters' && p[p.length - 1] === 'value');
    const anywhere = fc.tuple(fc.constantFrom(...paths), fc.oneof({ weight: 5, arbitrary: plausibleValueArb }, { weight: 1, arbitrary: fc.constant<unknown>(REMOVE) }));
    const parameter = numeric.length === 0 ? anywhere : fc.tuple(fc.constantFrom(...numeric), numberArb as fc.Arbitrary<unknown>);
    return fc.tuple(fc.constant(rs), fc.oneof({ weight: 2, arbitrary: anywhere }, { weight: 1, arbitrary: parameter }));
  })
  .map(([rs, [path, value]]) => withValueAt(rs, path, value) as Record<string, unknown>);

afterEach(() => expectNoPollution());

describe('rule-set loading under fuzzing: a frozen rule set or INVALID_RULE_SET, nothing else', () => {
  it('refuses arbitrary JSON values', () => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), badValueArb), (data) => {
        expect(load(data)).toBeNull();
      }),
      { numRuns: RUNS.ruleSetArbitrary },
    );
  });

  it('loads or refuses a shipped rule set with one value changed or removed', () => {
    fc.assert(
      fc.property(mutatedArb, (data) => {
        const loaded = load(data);
        if (loaded) expect(Object.isFrozen(loaded.ruleSet)).toBe(true);
      }),
      { numRuns: RUNS.ruleSetMutated },
    );
  });

  it('evaluates with any mutated rule set that loads, to a result or a clean DvRulesError', async () => {
    await fc.assert(
      fc.asyncProperty(mutatedArb, async (data) => {
        const loaded = load(data);
        if (!loaded) return;
        const outcome = await evaluate(caseFor(data), { ruleSets: [loaded], includeProposed: true, asOf: '2027-01-01T00:00:00Z' }).catch((e: unknown) => ({ thrown: e }));
        if ('thrown' in outcome) expectCleanError(outcome.thrown, undefined, { markerIsCaseData: false });
        else expect(resultSchema.safeParse(outcome).success).toBe(true);
      }),
      { numRuns: RUNS.ruleSetMutatedEvaluated },
    );
  });

  it('refuses __proto__, constructor and prototype keys anywhere in a rule set', () => {
    const objectPaths = (rs: unknown) => [[] as Array<string | number>, ...pathsOf(rs).filter((p) => {
      let node: unknown = rs;
      for (const k of p) node = (node as Record<string | number, unknown>)[k];
      return typeof node === 'object' && node !== null && !Array.isArray(node);
    })];
    const arb = fc.constantFrom(...shipped).chain((rs) => fc.tuple(fc.constant(rs), fc.constantFrom(...objectPaths(rs)), prototypeKeyArb));
    fc.assert(
      fc.property(arb, ([rs, path, key]) => {
        expect(load(withValueAt(rs, [...path, key], (pollutingObject(key) as Record<string, unknown>)[key]))).toBeNull();
        expectNoPollution();
      }),
      { numRuns: RUNS.ruleSetPrototypeKeys },
    );
  });
});

/** The kinds of the shipped series, and one shipped series of each kind. */
const KINDS = [...new Set(shipped.map((rs) => rs['kind'] as string))];
const SERIES = [...new Set(shipped.map((rs) => rs['series'] as string))];
const leaf = { fact: 'yes:questions-1-7', operator: 'greaterThanInclusive', value: { param: 'thresholdQuestions1To7' } };

/** A condition tree of the given depth and width: the shapes that used to exhaust the machine. */
function tree(depth: number, width: number): unknown {
  let c: unknown = leaf;
  for (let i = 0; i < depth; i++) c = { [i % 2 === 0 ? 'any' : 'all']: Array.from({ length: width }, () => c) };
  return c;
}

/**
 * The shapes of issue 12's attack on rule sets, applied to a shipped rule set: another kind, a
 * shipped id with another status, an event type or param an object inherits, a `risk-form` event
 * naming a series of any kind, deep and wide condition trees, many one-item groups.
 */
const withRules = shipped.filter((rs) => (rs['rules'] as unknown[]).length > 0);
const hostileArb = fc.constantFrom(...withRules).chain((rs) =>
  fc.oneof(
    fc.constantFrom(...KINDS).map((kind) => ({ ...rs, kind })),
    fc.constantFrom('proposed', 'in-force').map((status) => ({ ...rs, status })),
    fc.tuple(fc.constantFrom('constructor', 'toString', '__defineGetter__', 'valueOf', 'imminent-risk', 'regime', 'risk-form'), fc.constantFrom('toString', 'valueOf', 'hasOwnProperty', 'group', 'series', 'regime'), fc.constantFrom(...SERIES))
      .map(([type, param, value]) => withValueAt(rs, ['rules', 0, 'event'], { type, params: { [param]: value } })),
    fc.constantFrom(...SERIES).map((series) => withValueAt(rs, ['rules', 0, 'event'], { type: 'risk-form', params: { series } })),
    fc.tuple(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 50 })).map(([depth, width]) => withValueAt(rs, ['rules', 0, 'conditions'], { all: [tree(depth, width)] })),
    fc.tuple(fc.integer({ min: 1, max: 200 }), fc.integer({ min: 1, max: 50 })).map(([rules, width]) => ({
      ...rs,
      rules: Array.from({ length: rules }, (_, r) => ({ ...((rs['rules'] as unknown[])[0] ?? {}), id: `r${r}`, conditions: { all: Array.from({ length: width }, () => leaf) } })),
    })),
    fc.integer({ min: 1, max: 30 }).map((n) => ({
      ...rs,
      groups: Array.from({ length: n }, (_, g) => ({ id: `g${g}`, title: `g${g}`, thresholdParameter: 'thresholdQuestions1To7' })),
      items: Array.from({ length: n }, (_, g) => ({ id: `q${g + 1}`, group: `g${g}`, labelKey: `ro-police-risk-form.q${g + 1}` })),
    })),
  ),
);

describe('rule sets shaped like the attacks of issue 12', () => {
  it('are refused with a coded error or evaluate to a valid result, never a crash', async () => {
    await fc.assert(
      fc.asyncProperty(hostileArb, async (data) => {
        const loaded = load(data);
        if (!loaded) return;
        const outcome = await evaluate(caseFor(data as Record<string, unknown>), { ruleSets: [loaded], includeProposed: true, asOf: '2027-01-01T00:00:00Z' }).catch((e: unknown) => ({ thrown: e }));
        if ('thrown' in outcome) expectCleanError(outcome.thrown, undefined, { markerIsCaseData: false });
        else expect(resultSchema.safeParse(outcome).success).toBe(true);
      }),
      { numRuns: RUNS.ruleSetHostileShapes },
    );
  });
});
