import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { evaluate, resultSchema, type EvaluateOptions, type Result } from '../../src/index.js';
import { demoCase, validCaseArb } from './case-arbitrary.js';
import {
  badValueArb,
  deeplyNested,
  expectCleanError,
  expectNoPollution,
  instantArb,
  isoWithOffset,
  MARKER,
  pathsOf,
  pollutingObject,
  prototypeKeyArb,
  REMOVE,
  RUNS,
  withValueAt,
} from './fuzz-kit.js';

/**
 * The only two outcomes evaluate may have: a result that its own schema accepts, or a DvRulesError
 * with a known code that repeats no input value.
 */
async function judge(input: unknown, options?: EvaluateOptions): Promise<'result' | string> {
  let result: Result;
  try {
    result = await evaluate(input, options);
  } catch (e) {
    expectNoPollution();
    return expectCleanError(e).code;
  }
  // Checked after every input, not only at the end, so a shrunk counterexample points at the culprit.
  expectNoPollution();
  expect(resultSchema.safeParse(result).success).toBe(true);
  return 'result';
}

afterEach(() => expectNoPollution());

describe('evaluate under fuzzing: a result or a clean DvRulesError, never a crash or a leak', () => {
  it('refuses arbitrary JSON values', async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue(), async (input) => {
        expect(await judge(input)).not.toBe('result');
      }),
      { numRuns: RUNS.evaluateArbitraryJson },
    );
  });

  it('handles objects with the case fields holding arbitrary JSON', async () => {
    const field = fc.oneof(fc.jsonValue({ maxDepth: 3 }), badValueArb);
    const caseShaped = fc.record(
      {
        schemaVersion: fc.oneof(fc.constant(1), field),
        incidentAt: fc.oneof(fc.constant('2024-03-02T21:15:00+02:00'), field),
        relationship: fc.oneof(fc.constant('spouse'), field),
        riskForm: fc.oneof(fc.record({ answers: fc.dictionary(fc.string({ maxLength: 4 }), field) }), field),
        events: fc.oneof(fc.dictionary(fc.constantFrom('breachAt', 'provisionalOrderIssuedAt', 'caseRegisteredAt', 'x'), field), field),
        breachedOrder: field,
      },
      { requiredKeys: [] },
    );
    await fc.assert(fc.asyncProperty(caseShaped, async (input) => void (await judge(input))), { numRuns: RUNS.evaluateCaseShaped });
  });

  it('handles a valid case with exactly one field broken, removed or added, without repeating the value', async () => {
    const nearValid = validCaseArb.chain((c) =>
      fc.tuple(
        fc.constant(c),
        fc.constantFrom(...pathsOf(c)),
        fc.oneof({ weight: 4, arbitrary: badValueArb }, { weight: 1, arbitrary: fc.constant<unknown>(REMOVE) }),
        fc.boolean(),
      ),
    );
    await fc.assert(
      fc.asyncProperty(nearValid, async ([c, path, bad, asSibling]) => {
        // Either replace the value at the path, or add an unknown field beside it.
        const target = asSibling && bad !== REMOVE ? [...path.slice(0, -1), 'unknownField'] : path;
        const outcome = await judge(withValueAt(c, target, bad));
        // Every object of a case is strict (or keyed by pattern): an added field is always refused.
        if (target !== path) expect(outcome).not.toBe('result');
      }),
      { numRuns: RUNS.evaluateNearValid },
    );
  });

  it('evaluates valid cases with valid options to results its schema accepts (or refuses them with a code)', async () => {
    const validOptions = fc.record(
      {
        asOf: fc.tuple(instantArb, fc.constantFrom(0 as const, 2 as const, 3 as const)).map(([ms, off]) => isoWithOffset(ms, off)),
        includeProposed: fc.boolean(),
        formSelection: fc.constantFrom('seed' as const, 'law-scope' as const),
        hourTermStart: fc.constantFrom('clock' as const, 'next-midnight' as const),
        workingDayShift: fc.constantFrom('as-declared' as const, 'next-working-day' as const),
        lang: fc.constantFrom('en' as const, 'ro' as const),
        register: fc.constantFrom('legal' as const, 'plain' as const),
      },
      { requiredKeys: [] },
    );
    let results = 0;
    await fc.assert(
      fc.asyncProperty(validCaseArb, validOptions, async (c, options) => {
        if ((await judge(c, options)) === 'result') results += 1;
      }),
      { numRuns: RUNS.evaluateValid },
    );
    // The generator is only useful if most of its cases are judged: about 4 in 5 are (2,379 of a
    // 3,000 sample), so half is some 12 standard deviations below what a run of 300 expects.
    expect(results).toBeGreaterThan(RUNS.evaluateValid / 2);
  });

  it('refuses deep nesting anywhere, however deep, without overflowing the stack', async () => {
    const spot = fc.constantFrom<ReadonlyArray<string | number>>([], ['riskForm'], ['riskForm', 'answers', 'q1'], ['events'], ['events', 'breachAt'], ['extra']);
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 33, max: 20_000 }), fc.constantFrom('array' as const, 'object' as const), spot, async (depth, kind, path) => {
        const err = await evaluate(withValueAt(demoCase, path, deeplyNested(depth, kind))).catch((e: unknown) => e);
        expectCleanError(err, ['INPUT_TOO_LARGE']);
      }),
      { numRuns: RUNS.evaluateDeep },
    );
  });

  it('refuses 100 000-character strings in any field quickly and without repeating them', async () => {
    const spot = fc.constantFrom<ReadonlyArray<string | number>>(
      ['incidentAt'],
      ['relationship'],
      ['riskForm', 'answers', 'q1'],
      ['events', 'breachAt'],
      ['events', 'provisionalOrderIssuedAt'],
      ['schemaVersion'],
    );
    const long = fc.tuple(fc.integer({ min: 100_000, max: 120_000 }), fc.constantFrom('x', '9', '2024-03-02T', ' ', 'é')).map(([n, unit]) => `${unit.repeat(Math.ceil(n / unit.length))}${MARKER}`);
    await fc.assert(
      fc.asyncProperty(long, spot, async (text, path) => {
        const started = performance.now();
        const err = await evaluate(withValueAt(demoCase, path, text)).catch((e: unknown) => e);
        expectCleanError(err, ['INVALID_CASE']);
        expect(performance.now() - started).toBeLessThan(1000);
      }),
      { numRuns: RUNS.evaluateLongStrings },
    );
    // A long key is an unknown field: refused, with the key as its path (keys are paths, not values).
    const officerReason = withValueAt(demoCase, ['riskForm', 'officerFinding'], { imminentRisk: true, reason: `${'r'.repeat(100_000)}${MARKER}` });
    expectCleanError(await evaluate(officerReason).catch((e: unknown) => e), ['INVALID_CASE']);
  });

  it('refuses huge arrays wherever they are put', async () => {
    const spot = fc.constantFrom<ReadonlyArray<string | number>>([], ['riskForm', 'answers'], ['events'], ['relationship'], ['riskForm']);
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 10_000, max: 100_000 }), spot, fc.constantFrom<unknown>(MARKER, 1, null, { q1: 'yes' }), async (n, path, item) => {
        const err = await evaluate(withValueAt(demoCase, path, new Array<unknown>(n).fill(item))).catch((e: unknown) => e);
        expectCleanError(err, ['INVALID_CASE']);
      }),
      { numRuns: RUNS.evaluateHugeArrays },
    );
  });

  it('refuses __proto__, constructor and prototype keys anywhere and never pollutes Object.prototype', async () => {
    const c = demoCase as unknown;
    const spots = [[] as Array<string | number>, ...pathsOf(c).filter((p) => {
      let node: unknown = c;
      for (const k of p) node = (node as Record<string | number, unknown>)[k];
      return typeof node === 'object' && node !== null;
    })];
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...spots), prototypeKeyArb, fc.boolean(), async (path, key, viaJson) => {
        // As JSON.parse makes it from text (an own "__proto__" property), or as code would set it.
        const text = JSON.stringify(withValueAt(c, [...path, 'KEY_HERE'], 'VALUE_HERE'));
        const input = viaJson
          ? (JSON.parse(text.replace('"KEY_HERE":"VALUE_HERE"', `"${key}":{"polluted":"${MARKER}"}`)) as unknown)
          : withValueAt(c, [...path, key], (pollutingObject(key) as Record<string, unknown>)[key]);
        expectCleanError(await evaluate(input).catch((e: unknown) => e), ['INVALID_CASE']);
        expectNoPollution();
      }),
      { numRuns: RUNS.evaluatePrototypeKeys },
    );
  });

  it('refuses arbitrary options with INVALID_OPTIONS, or evaluates with them', async () => {
    const optionValue = fc.oneof(fc.jsonValue({ maxDepth: 2 }), badValueArb, fc.constantFrom('seed', 'law-scope', 'clock', 'next-midnight', 'ro', 'en', 'plain', '2024-03-05T10:00:00+02:00'));
    const options = fc.oneof(
      fc.dictionary(
        fc.constantFrom('includeProposed', 'formSelection', 'asOf', 'hourTermStart', 'workingDayShift', 'ruleSets', 'lang', 'register', 'labels', 'other', '__proto__'),
        optionValue,
        { maxKeys: 4 },
      ),
      optionValue,
    );
    await fc.assert(
      fc.asyncProperty(options, async (o) => {
        const outcome = await judge(demoCase, o as EvaluateOptions);
        expect(['result', 'INVALID_OPTIONS']).toContain(outcome);
      }),
      { numRuns: RUNS.evaluateOptions },
    );
  });
});
