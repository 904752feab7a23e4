// Shared pieces of the fuzz tests (test/fuzz/*.test.ts). Not a test file itself.
//
// Budget: every `npm test` run generates FUZZ_TOTAL inputs (at least 10 000) across evaluate, the
// CLI, rule sets, fixtures and label packs, in under a minute on two cores. The seed changes every
// run; a failure prints the seed and the shrunk counterexample to replay it
// (`fc.assert(..., { seed, path })`).
import fc from 'fast-check';
import { expect } from 'vitest';
import { DvRulesError, errorCodeSchema } from '../../src/index.js';

/** A value no schema accepts and no error may ever repeat: if it shows up in an error, data leaked. */
export const MARKER = 'ZZSECRETZZ';

/** DV_FUZZ_SCALE=10 multiplies every count, for a deeper search before a release. */
const SCALE = Math.max(1, Number(process.env['DV_FUZZ_SCALE'] ?? 1) || 1);

/** How many inputs each property generates (times DV_FUZZ_SCALE); the sum is FUZZ_TOTAL. */
const BASE_RUNS = {
  evaluateArbitraryJson: 2000,
  evaluateCaseShaped: 1000,
  evaluateNearValid: 1500,
  evaluateValid: 300,
  evaluateDeep: 100,
  evaluateLongStrings: 100,
  evaluateHugeArrays: 40,
  evaluatePrototypeKeys: 500,
  evaluateOptions: 500,
  cliArgv: 1500,
  ruleSetArbitrary: 800,
  ruleSetMutated: 1000,
  ruleSetMutatedEvaluated: 300,
  ruleSetPrototypeKeys: 200,
  ruleSetHostileShapes: 300,
  fixtureFileMutated: 800,
  fixtureRun: 100,
  labelPackArbitrary: 400,
  labelPackMutated: 600,
  labelPackEvaluated: 200,
} as const;
export const RUNS = Object.fromEntries(Object.entries(BASE_RUNS).map(([k, n]) => [k, n * SCALE])) as { [K in keyof typeof BASE_RUNS]: number };
export const FUZZ_TOTAL = Object.values(RUNS).reduce((a, b) => a + b, 0);

/** JSON path: object keys and array indices from the root. */
export type Path = ReadonlyArray<string | number>;

/** Every path inside a JSON value (the root excluded), depth first. */
export function pathsOf(value: unknown, prefix: Path = []): Path[] {
  if (value === null || typeof value !== 'object') return [];
  const entries: Array<[string | number, unknown]> = Array.isArray(value)
    ? value.map((v, i) => [i, v] as [number, unknown])
    : Object.entries(value as Record<string, unknown>);
  return entries.flatMap(([k, v]) => [[...prefix, k], ...pathsOf(v, [...prefix, k])]);
}

/** A deep copy of `doc` with the value at `path` replaced (or removed, when `replacement` is REMOVE). */
export const REMOVE = Symbol('remove');
export function withValueAt(doc: unknown, path: Path, replacement: unknown): unknown {
  const copy = structuredClone(doc) as Record<string | number, unknown>;
  if (path.length === 0) return replacement === REMOVE ? undefined : replacement;
  let node: Record<string | number, unknown> = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  if (replacement === REMOVE) {
    if (Array.isArray(node)) node.splice(last as number, 1);
    else delete node[last];
  } else {
    // defineProperty, so that a key such as "__proto__" becomes an own property, as JSON.parse makes it.
    Object.defineProperty(node, last, { value: replacement, enumerable: true, writable: true, configurable: true });
  }
  return copy;
}

/** Values that carry MARKER (or are not JSON at all), to put where a legal value belongs. */
export const badValueArb: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant(MARKER),
  fc.string({ maxLength: 20 }).map((s) => `${s}${MARKER}${s}`),
  fc.constantFrom(`2024-03-02T21:15:00${MARKER}`, `${MARKER}2024-03-02`, `q1${MARKER}`, `yes${MARKER}`, `spouse ${MARKER}`),
  fc.constant({ note: MARKER }),
  fc.constant([MARKER]),
  fc.constant(`${'x'.repeat(5000)}${MARKER}`),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom<unknown>(NaN, Infinity, -0, 1e308, 2 ** 53 + 1, undefined, 10n, Symbol(MARKER), () => MARKER, new Date(0), new Map([['key', MARKER]])),
);

/** Object keys that reach an object's prototype when copied naively. */
export const prototypeKeyArb = fc.constantFrom('__proto__', 'constructor', 'prototype');

/** A JSON object holding a prototype key as an own property, as JSON.parse produces it. */
export function pollutingObject(key: string): unknown {
  return JSON.parse(`{"${key}": {"polluted": "${MARKER}", "prototype": {"polluted": "${MARKER}"}}}`) as unknown;
}

/** Nested arrays or objects `depth` levels deep, with MARKER at the bottom. */
export function deeplyNested(depth: number, kind: 'array' | 'object'): unknown {
  let v: unknown = MARKER;
  for (let i = 0; i < depth; i += 1) v = kind === 'array' ? [v] : { a: v };
  return v;
}

/** Asserts that nothing reached Object.prototype (or Array.prototype). */
export function expectNoPollution(): void {
  expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  expect(([] as unknown as Record<string, unknown>)['polluted']).toBeUndefined();
  expect(Object.keys(Object.prototype)).toEqual([]);
}

/**
 * Asserts that `e` is the library's error with a known code (one of `codes`, when given), that its
 * message and issues never repeat MARKER, and that no stack trace text is in them. With
 * `markerIsCaseData: false` (MARKER was planted in a rule set, whose ids and names errors may
 * quote), only the code and the absence of a stack are checked.
 */
export function expectCleanError(e: unknown, codes?: readonly string[], { markerIsCaseData = true } = {}): DvRulesError {
  expect(e).toBeInstanceOf(DvRulesError);
  const err = e as DvRulesError;
  expect(errorCodeSchema.options).toContain(err.code);
  if (codes) expect(codes).toContain(err.code);
  const text = JSON.stringify(err.toJSON());
  if (markerIsCaseData) expect(text).not.toContain(MARKER);
  expect(text).not.toMatch(/\n\s+at /);
  return err;
}

/**
 * Epoch milliseconds: mostly 2012-2027 (the modelled law), sometimes anywhere from year 1 to 9999,
 * where date arithmetic meets the edges of the calendar.
 */
export const instantArb: fc.Arbitrary<number> = fc.oneof(
  { weight: 9, arbitrary: fc.integer({ min: Date.UTC(2012, 0, 1), max: Date.UTC(2027, 11, 31) }) },
  { weight: 1, arbitrary: fc.integer({ min: Date.parse('0001-01-02T00:00:00Z'), max: Date.parse('9999-12-30T00:00:00Z') }) },
);

/** Formats epoch milliseconds as ISO-8601 with an offset (+02:00, +03:00 or Z). */
export function isoWithOffset(ms: number, offsetHours: 0 | 2 | 3): string {
  if (offsetHours === 0) return new Date(ms).toISOString();
  const local = new Date(ms + offsetHours * 3_600_000).toISOString().slice(0, 19);
  return `${local}+0${offsetHours}:00`;
}
