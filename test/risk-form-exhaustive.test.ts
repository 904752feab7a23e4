import { describe, expect, it } from 'vitest';
import { evaluate } from '../src/index.js';
import {
  caseWith,
  GROUP_1_TO_7,
  GROUP_8_TO_21,
  oracleImminentRisk,
  oracleOutcome,
  oracleOutcomeByCounts,
  unknownItems,
  type OracleAnswers,
} from './support/risk-form-2018-oracle.js';
import type { Mismatch } from './support/risk-form-2018-sweep.js';

// The 2018 form against the independent oracle, through the public `evaluate`, one call at a time.
// A YES/NO vector is a number: bit i is the answer to q(i+1), 1 = YES.
//
// This file checks every combination of YES/NO/unknown counts (4,320 forms); all 2^21 YES/NO
// vectors are checked by risk-form-all-vectors-q4-no and -q4-yes (two files, so two workers).

/** Every way to split `size` items into YES, NO and unknown counts. */
function splits(size: number): Array<[number, number, number]> {
  const out: Array<[number, number, number]> = [];
  for (let yes = 0; yes <= size; yes++) for (let no = 0; no <= size - yes; no++) out.push([yes, no, size - yes - no]);
  return out;
}

/**
 * Answers a group with the given counts, starting at a rotating offset so different cases put the
 * YES answers on different items; every other unknown item is left out instead of answered "unknown".
 */
function fillGroup(items: readonly string[], [yes, no]: [number, number, number], offset: number): OracleAnswers {
  const answers: OracleAnswers = {};
  items.forEach((_, k) => {
    const id = items[(k + offset) % items.length] ?? '';
    if (k < yes) answers[id] = 'yes';
    else if (k < yes + no) answers[id] = 'no';
    else if (k % 2 === 0) answers[id] = 'unknown';
  });
  return answers;
}

const countCases = splits(GROUP_1_TO_7.length).flatMap((s1, i) =>
  splits(GROUP_8_TO_21.length).map((s2, j) => ({ ...fillGroup(GROUP_1_TO_7, s1, i + j), ...fillGroup(GROUP_8_TO_21, s2, 3 * i + j) })),
);

describe('the 2018 police risk form over the whole answer space', () => {
  it('the count-based oracle used below agrees with brute force wherever brute force is cheap (at most 10 unknown items)', () => {
    const small = countCases.filter((answers) => unknownItems(answers).length <= 10);

    const disagreements = small.filter((answers) => JSON.stringify(oracleOutcomeByCounts(answers)) !== JSON.stringify(oracleOutcome(answers)));

    expect(small.length).toBeGreaterThan(1000);
    expect(disagreements).toEqual([]);
  });

  it('every combination of YES, NO and unknown counts in the two groups (4,320 forms) is judged as the legal rule says', async () => {
    const mismatches: Mismatch[] = [];

    for (const answers of countCases) {
      const expected = { imminentRisk: oracleImminentRisk(answers), ...oracleOutcomeByCounts(answers) };
      const ra = (await evaluate(caseWith(answers))).riskAssessment;
      const actual = ra && { imminentRisk: ra.imminentRisk, outcome: ra.outcome, decisiveItems: ra.decisiveItems };
      if (JSON.stringify(actual) !== JSON.stringify(expected) && mismatches.length < 10) mismatches.push({ answers, expected, actual });
    }

    expect(countCases.length).toBe(36 * 120);
    expect(mismatches).toEqual([]);
  });
});
