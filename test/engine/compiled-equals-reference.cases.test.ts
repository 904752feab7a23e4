import { readdirSync, readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { DvRulesError, evaluate, evaluateSync, type EvaluateOptions } from '../../src/index.js';
import { everyDateCaseArb } from '../fuzz/case-arbitrary.js';

// Whole results through the public entry: evaluateSync (compiled) and evaluate with
// engine: 'reference' (json-rules-engine) must be deep-equal, or refuse with the same error.

type Outcome = { result: unknown } | { error: { code: string; issues: unknown } };

function compiled(c: unknown, options: EvaluateOptions = {}): Outcome {
  try {
    return { result: evaluateSync(c, options) };
  } catch (e) {
    if (!(e instanceof DvRulesError)) throw e;
    return { error: { code: e.code, issues: e.issues } };
  }
}

async function reference(c: unknown, options: EvaluateOptions = {}): Promise<Outcome> {
  try {
    return { result: await evaluate(c, { ...options, engine: 'reference' }) };
  } catch (e) {
    if (!(e instanceof DvRulesError)) throw e;
    return { error: { code: e.code, issues: e.issues } };
  }
}

function fixtureFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true }).map(String).filter((f) => /\.(ya?ml|json)$/.test(f)).map((f) => `${dir}/${f}`);
}

/** Every fixture (and scenario version) shipped: its case and options. */
const shippedFixtures = ['fixtures/examples', 'fixtures/legal-changes', 'fixtures/deadlines', 'fixtures/scenarios'].flatMap(fixtureFiles).flatMap((file) => {
  const data = parse(readFileSync(file, 'utf8')) as unknown;
  const list = (Array.isArray(data) ? data : typeof data === 'object' && data !== null && 'fixtures' in data ? (data as { fixtures: unknown[] }).fixtures : [data]) as Array<{
    name: string;
    case: unknown;
    options?: EvaluateOptions;
  }>;
  return list.map((f) => ({ file, name: f.name, case: f.case, options: f.options ?? {} }));
});

describe('the compiled path gives the reference path\'s results, whole', () => {
  it('for every shipped fixture and scenario', async () => {
    expect(shippedFixtures.length).toBeGreaterThan(50);
    const differing: string[] = [];
    for (const f of shippedFixtures) {
      for (const lang of ['en', 'ro'] as const) {
        const options = { ...f.options, lang };
        if (!isDeepStrictEqual(compiled(f.case, options), await reference(f.case, options))) differing.push(`${f.file}: ${f.name} (${lang})`);
      }
    }
    expect(differing).toEqual([]);
  });

  it('for 10,000 generated cases over every date from 2012 to 2027, every relationship and every event', async () => {
    const cases = fc.sample(everyDateCaseArb, { numRuns: 10_000, seed: 2024 });
    const optionsArb = fc.record(
      {
        includeProposed: fc.boolean(),
        formSelection: fc.constantFrom('seed' as const, 'law-scope' as const),
        asOf: fc.constantFrom('2019-01-01T00:00:00Z', '2025-06-01T12:00:00+03:00'),
        hourTermStart: fc.constantFrom('clock' as const, 'next-midnight' as const),
        workingDayShift: fc.constantFrom('as-declared' as const, 'next-working-day' as const),
        lang: fc.constantFrom('en' as const, 'ro' as const),
        register: fc.constantFrom('legal' as const, 'plain' as const),
      },
      { requiredKeys: [] },
    );
    const options = fc.sample(optionsArb, { numRuns: cases.length, seed: 7 });
    let results = 0;
    const differing: number[] = [];
    for (let i = 0; i < cases.length; i++) {
      const a = compiled(cases[i], options[i]);
      const b = await reference(cases[i], options[i]);
      if (!isDeepStrictEqual(a, b)) differing.push(i);
      if ('result' in a) results++;
    }
    expect(differing.slice(0, 5)).toEqual([]);
    // The sample must reach results, not only refusals, to prove anything.
    expect(results).toBeGreaterThan(3_000);
  });
});
