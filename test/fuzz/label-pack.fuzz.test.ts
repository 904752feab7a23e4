import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { DvRulesError, evaluate, parseLabelPack, resultSchema, type LoadedLabelPack } from '../../src/index.js';
import { validCaseArb } from './case-arbitrary.js';
import { badValueArb, expectCleanError, expectNoPollution, pathsOf, prototypeKeyArb, REMOVE, RUNS, withValueAt } from './fuzz-kit.js';

const packs = ['labels/en.json', 'labels/ro.json'].map((f) => JSON.parse(readFileSync(f, 'utf8')) as { labels: Record<string, string> });
const keys = packs.flatMap((p) => Object.keys(p.labels));

/** Label text as an agency might write it, with real and invented placeholders and stray braces. */
const textArb = fc
  .array(fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom('{group}', '{yes}', '{threshold}', '{count}', '{x}', '{constructor}', '{__proto__}', '{', '}', '{{}}', '$&', '$1')), { maxLength: 6 })
  .map((parts) => parts.join(''));

/** Parses, or checks the refusal is INVALID_LABEL_PACK (for a string, the document's text, INVALID_JSON too). */
function load(data: unknown): LoadedLabelPack | null {
  let loaded: LoadedLabelPack | null = null;
  try {
    loaded = parseLabelPack(data, { file: 'fuzzed.json' });
  } catch (e) {
    expect(e).toBeInstanceOf(DvRulesError);
    expect((e as DvRulesError).code).toBeOneOf(typeof data === 'string' ? ['INVALID_LABEL_PACK', 'INVALID_JSON'] : ['INVALID_LABEL_PACK']);
  }
  expectNoPollution();
  return loaded;
}

/** A shipped pack with one label rewritten, one key added or one value broken. */
const mutatedPackArb = fc.constantFrom(...packs).chain((pack) =>
  fc.oneof(
    fc.tuple(fc.constantFrom(...Object.keys(pack.labels)), textArb).map(([k, text]) => withValueAt(pack, ['labels', k], text)),
    fc.tuple(fc.oneof(fc.constantFrom(...keys).map((k) => `${k}x`), fc.constantFrom('item.', 'rule.', 'form.', 'group.').map((p) => `${p}agency.q1`), prototypeKeyArb), textArb).map(([k, text]) =>
      withValueAt(pack, ['labels', k], text),
    ),
    fc.tuple(fc.constantFrom(...pathsOf(pack).filter((p) => p[0] !== 'labels' || p.length === 2)), fc.oneof(badValueArb, fc.constant<unknown>(REMOVE))).map(([path, v]) => withValueAt(pack, path, v)),
  ),
);

afterEach(() => expectNoPollution());

describe('label packs under fuzzing: a frozen pack or INVALID_LABEL_PACK, and evaluate copes with any pack that loads', () => {
  it('refuses arbitrary JSON values', () => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), badValueArb), (data) => {
        expect(load(data)).toBeNull();
      }),
      { numRuns: RUNS.labelPackArbitrary },
    );
  });

  it('loads or refuses a shipped pack with one label changed', () => {
    fc.assert(
      fc.property(mutatedPackArb, (data) => {
        const loaded = load(data);
        if (loaded) expect(Object.isFrozen(loaded.pack.labels)).toBe(true);
      }),
      { numRuns: RUNS.labelPackMutated },
    );
  });

  it('evaluates valid cases with any pack that loads, in either register', async () => {
    await fc.assert(
      fc.asyncProperty(mutatedPackArb, validCaseArb, fc.constantFrom('legal' as const, 'plain' as const), async (data, c, register) => {
        const labels = load(data);
        if (!labels) return;
        const outcome = await evaluate(c, { labels, register }).catch((e: unknown) => ({ thrown: e }));
        if ('thrown' in outcome) expectCleanError(outcome.thrown);
        else expect(resultSchema.safeParse(outcome).success).toBe(true);
      }),
      { numRuns: RUNS.labelPackEvaluated },
    );
  });
});
