import { describe, expect, it } from 'vitest';
import { evaluate } from '../src/index.js';
import {
  caseWith,
  GROUP_1_TO_7,
  GROUP_8_TO_21,
  ITEMS_2018,
  oracleImminentRisk,
  oracleOutcome,
  oracleOutcomeByCounts,
  unknownItems,
  type OracleAnswers,
} from './support/risk-form-2018-oracle.js';

// The 2018 form against the independent oracle, through the public `evaluate`, one call at a time.
// A YES/NO vector is a number: bit i is the answer to q(i+1), 1 = YES.
//
// One evaluate call costs about 0.45-0.55 ms here, so all 2^21 vectors take 15-20 minutes: that sweep
// runs only with DV_RULES_EXHAUSTIVE=1. By default the file checks every combination of YES/NO/unknown
// counts (4,320 cases) and a spread sample of 32,768 of the 2^21 vectors.
const FULL = process.env['DV_RULES_EXHAUSTIVE'] === '1';
const VECTORS = 2 ** ITEMS_2018.length;
const SAMPLE = 2 ** 15;
/** The full sweep is cut into 16 blocks named by the answers to q1-q4, so a failure says where. */
const BLOCK_BITS = 4;
const BLOCK_TIMEOUT_MS = 1_800_000;

const answersOf = (vector: number): OracleAnswers =>
  Object.fromEntries(ITEMS_2018.map((id, i) => [id, (vector >> i) & 1 ? 'yes' : 'no']));

interface Mismatch {
  answers: OracleAnswers;
  expected: unknown;
  actual: unknown;
}

/** Evaluates each YES/NO vector and returns how many were checked and the first mismatches. */
async function sweep(vectors: Iterable<number>): Promise<{ checked: number; mismatches: Mismatch[] }> {
  const mismatches: Mismatch[] = [];
  let checked = 0;
  for (const vector of vectors) {
    const answers = answersOf(vector);
    const risk = oracleImminentRisk(answers);
    const expected = { imminentRisk: risk, outcome: risk ? 'established' : 'excluded', decisiveItems: [], determination: risk };
    const r = await evaluate(caseWith(answers));
    const ra = r.riskAssessment;
    const actual = ra && { imminentRisk: ra.imminentRisk, outcome: ra.outcome, decisiveItems: ra.decisiveItems, determination: r.determination.imminentRisk };
    checked += 1;
    if (JSON.stringify(actual) !== JSON.stringify(expected) && mismatches.length < 10) mismatches.push({ answers, expected, actual });
  }
  return { checked, mismatches };
}

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

  it.skipIf(FULL)('a spread sample of 32,768 of the 2^21 YES/NO vectors is judged as the legal rule says', async () => {
    // An odd multiplier is a bijection modulo 2^21, so the sample is 32,768 distinct vectors spread over the space.
    const sample = Array.from({ length: SAMPLE }, (_, k) => (k * 0x9e3779b1) % VECTORS);

    const { checked, mismatches } = await sweep(sample);

    expect(new Set(sample).size).toBe(SAMPLE);
    expect(checked).toBe(SAMPLE);
    expect(mismatches).toEqual([]);
  });

  describe.runIf(FULL)('every one of the 2^21 YES/NO vectors (DV_RULES_EXHAUSTIVE=1)', () => {
    const blocks = Array.from({ length: 2 ** BLOCK_BITS }, (_, block) => {
      const name = Array.from({ length: BLOCK_BITS }, (_, i) => `q${i + 1}=${(block >> i) & 1 ? 'YES' : 'NO'}`).join(', ');
      return [name, block] as const;
    });

    it.each(blocks)(
      'with %s, every YES/NO answer to q5-q21 gives risk exactly when 2+ of q1-q7 or 6+ of q8-q21 are YES',
      async (_name, block) => {
        const perBlock = VECTORS >> BLOCK_BITS;
        const vectors = (function* () {
          for (let k = 0; k < perBlock; k++) yield (k << BLOCK_BITS) | block;
        })();

        const { checked, mismatches } = await sweep(vectors);

        expect(checked).toBe(perBlock);
        expect(mismatches).toEqual([]);
      },
      BLOCK_TIMEOUT_MS,
    );
  });
});
