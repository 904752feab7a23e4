import { describe, expect, it, vi } from 'vitest';
import { caseWith, GROUP_1_TO_7, GROUP_8_TO_21, oracleImminentRisk, type OracleAnswers } from './support/risk-form-2018-oracle.js';

// evaluate is async, so an integrator (a web service, a batch job) may well have several calls in
// flight at once. Each must get the answer it would get alone, and must not change later answers.
// Each test loads the library afresh, so what one test leaves behind cannot explain another's result.

type Evaluate = (c: unknown) => ReturnType<(typeof import('../src/index.js'))['evaluate']>;

/** The library loaded afresh; on the reference path every rule set runs through json-rules-engine, whose runs must be queued. */
async function freshEvaluate(engine: 'compiled' | 'reference'): Promise<Evaluate> {
  vi.resetModules();
  const { evaluate } = await import('../src/index.js');
  return (c) => evaluate(c, { engine });
}

/** A complete YES/NO form with `a` YES among questions 1-7 and `b` YES among questions 8-21. */
const withCounts = (a: number, b: number): OracleAnswers =>
  Object.fromEntries([...GROUP_1_TO_7.map((id, i) => [id, i < a ? 'yes' : 'no']), ...GROUP_8_TO_21.map((id, i) => [id, i < b ? 'yes' : 'no'])]);

const everyCount = Array.from({ length: GROUP_1_TO_7.length + 1 }, (_, a) =>
  Array.from({ length: GROUP_8_TO_21.length + 1 }, (_, b) => [a, b] as const),
).flat();

const describeCounts = ([a, b]: readonly [number, number]): string => `${a} YES in 1-7 and ${b} YES in 8-21`;

describe.each(['compiled', 'reference'] as const)('evaluate calls in flight at the same time (%s engine)', (engine) => {
  it('four calls in flight at once leave every later call, made one at a time, with the determination the legal rule gives', async () => {
    const evaluate = await freshEvaluate(engine);
    const burst = [0, 1, 2, 3].map((a) => caseWith(withCounts(a, 0)));
    await Promise.all(burst.map((c) => evaluate(c)));

    const wrong: string[] = [];
    for (const counts of everyCount) {
      const r = await evaluate(caseWith(withCounts(...counts)));
      if (r.riskAssessment?.imminentRisk !== oracleImminentRisk(withCounts(...counts))) wrong.push(describeCounts(counts));
    }

    expect(wrong).toEqual([]);
  });

  it('calls in flight at once, in bursts of 2 to 120, each get the determination the legal rule gives', async () => {
    const evaluate = await freshEvaluate(engine);
    const bursts = [2, 3, 4, 8, 16, 30, 120].map((n) => Array.from({ length: n }, (_, k) => everyCount[(k * 7) % everyCount.length] ?? ([0, 0] as const)));

    const wrong: string[] = [];
    for (const burst of bursts) {
      const results = await Promise.all(burst.map((counts) => evaluate(caseWith(withCounts(...counts)))));
      results.forEach((r, k) => {
        const counts = burst[k] ?? ([0, 0] as const);
        if (r.riskAssessment?.imminentRisk !== oracleImminentRisk(withCounts(...counts))) wrong.push(`${describeCounts(counts)} (burst of ${burst.length})`);
      });
    }

    expect(wrong).toEqual([]);
  });
});
