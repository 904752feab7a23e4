import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate, type Result } from '../../src/index.js';
import {
  caseWith,
  GROUP_1_TO_7,
  GROUP_8_TO_21,
  ITEMS_2018,
  oracleImminentRisk,
  oracleOutcome,
  unknownItems,
  type OracleAnswer,
  type OracleAnswers,
} from '../support/risk-form-2018-oracle.js';

const FORM = 'ro-police-risk-form/2018-12-28';
/** At most this many items left unknown or unanswered, so brute force over 2^k completions stays fast. */
const MAX_UNKNOWN = 12;

/** One item's state: answered, explicitly unknown, or not answered at all. */
const itemState = fc.constantFrom<OracleAnswer | 'absent'>('yes', 'no', 'unknown', 'absent');

const toAnswers = (states: readonly (OracleAnswer | 'absent')[]): OracleAnswers => {
  const answers: OracleAnswers = {};
  states.forEach((s, i) => {
    if (s !== 'absent') answers[ITEMS_2018[i] ?? ''] = s;
  });
  return answers;
};

/** Answers to the 2018 form with at most MAX_UNKNOWN items unknown or missing. */
const answersArb = fc
  .array(itemState, { minLength: 21, maxLength: 21 })
  .filter((states) => states.filter((s) => s === 'unknown' || s === 'absent').length <= MAX_UNKNOWN)
  .map(toAnswers);

/** `count` distinct items of `items`, chosen at random. */
const subsetOf = (items: readonly string[], count: number) =>
  fc.shuffledSubarray([...items], { minLength: count, maxLength: count });

const assess = async (answers: OracleAnswers): Promise<NonNullable<Result['riskAssessment']>> => {
  const ra = (await evaluate(caseWith(answers))).riskAssessment;
  if (ra === null) throw new Error('expected the 2018 form to be scored');
  return ra;
};

/** The same object with its keys in the given order (a permutation of indices). */
const reorder = <T extends Record<string, unknown>>(obj: T, order: readonly number[]): T => {
  const keys = Object.keys(obj);
  return Object.fromEntries(order.map((i) => keys[i] ?? '').filter((k) => k !== '').map((k) => [k, obj[k]])) as T;
};

const permutationOf = (n: number) =>
  fc.shuffledSubarray(
    Array.from({ length: n }, (_, i) => i),
    { minLength: n, maxLength: n },
  );

describe('properties of the 2018 police risk form', () => {
  it('answering one more item YES never removes imminent risk', async () => {
    await fc.assert(
      fc.asyncProperty(answersArb, fc.constantFrom(...ITEMS_2018), async (answers, item) => {
        fc.pre(answers[item] !== 'yes');

        const before = await assess(answers);
        const after = await assess({ ...answers, [item]: 'yes' });

        if (before.imminentRisk) expect(after.imminentRisk).toBe(true);
        if (before.outcome === 'established') expect(after.outcome).toBe('established');
      }),
      { numRuns: 200 },
    );
  });

  it('neither the order of the case keys nor the order of the answers changes the result', async () => {
    await fc.assert(
      fc.asyncProperty(answersArb, permutationOf(21), permutationOf(4), async (answers, answerOrder, caseOrder) => {
        const original = caseWith(answers);
        const shuffledAnswers = reorder(answers as Record<string, unknown>, answerOrder.filter((i) => i < Object.keys(answers).length));
        const shuffled = reorder({ ...original, riskForm: { answers: shuffledAnswers } }, caseOrder);

        const a = await evaluate(original);
        const b = await evaluate(shuffled);

        expect(JSON.stringify(b)).toBe(JSON.stringify(a));
      }),
      { numRuns: 100 },
    );
  });

  it('evaluating the same case twice gives the same result, to the byte', async () => {
    await fc.assert(
      fc.asyncProperty(answersArb, async (answers) => {
        const first = await evaluate(caseWith(answers));
        const second = await evaluate(structuredClone(caseWith(answers)));

        expect(JSON.stringify(second)).toBe(JSON.stringify(first));
      }),
      { numRuns: 100 },
    );
  });

  it('imminentRisk, outcome and decisiveItems agree with brute force over every answer the unknown items could take', async () => {
    await fc.assert(
      fc.asyncProperty(answersArb, async (answers) => {
        const expected = { imminentRisk: oracleImminentRisk(answers), ...oracleOutcome(answers) };

        const ra = await assess(answers);

        expect({ imminentRisk: ra.imminentRisk, outcome: ra.outcome, decisiveItems: ra.decisiveItems }).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('the group counts add up to the group sizes and agree with plain counting', async () => {
    await fc.assert(
      fc.asyncProperty(answersArb, async (answers) => {
        const open = new Set(unknownItems(answers));
        const count = (items: readonly string[]) => ({
          yes: items.filter((id) => answers[id] === 'yes').length,
          no: items.filter((id) => answers[id] === 'no').length,
          unknown: items.filter((id) => open.has(id)).length,
        });

        const ra = await assess(answers);

        expect(ra.groups.map(({ yes, no, unknown }) => ({ yes, no, unknown }))).toEqual([count(GROUP_1_TO_7), count(GROUP_8_TO_21)]);
        expect(ra.groups.map((g) => g.met)).toEqual([count(GROUP_1_TO_7).yes >= 2, count(GROUP_8_TO_21).yes >= 6]);
      }),
      { numRuns: 100 },
    );
  });

  it('every explanation entry of a result carries a citation with a title, and the form entries link to the order', async () => {
    await fc.assert(
      fc.asyncProperty(answersArb, async (answers) => {
        const result = await evaluate(caseWith(answers));

        expect(result.explanation.some((e) => e.ruleSet === FORM)).toBe(true);
        for (const e of result.explanation) {
          expect(e.citation.title.trim()).not.toBe('');
          if (e.ruleSet === FORM) expect(e.citation.href).toMatch(/^https:\/\//);
        }
      }),
      { numRuns: 50 },
    );
  });

  it('any one YES among questions 1-7 is no risk and any two are risk, while questions 8-21 stay below their threshold', async () => {
    await fc.assert(
      fc.asyncProperty(subsetOf(GROUP_1_TO_7, 2), fc.shuffledSubarray([...GROUP_8_TO_21], { maxLength: 5 }), async ([a, b], fewIn8To21) => {
        const answers = (yes: readonly string[]): OracleAnswers =>
          Object.fromEntries(ITEMS_2018.map((id) => [id, yes.includes(id) || fewIn8To21.includes(id) ? 'yes' : 'no']));

        const withOne = await assess(answers([a ?? '']));
        const withTwo = await assess(answers([a ?? '', b ?? '']));

        expect(withOne.imminentRisk).toBe(false);
        expect(withTwo.imminentRisk).toBe(true);
      }),
      { numRuns: 100 },
    );
  });

  it('any five YES among questions 8-21 (questions 1-7 below threshold) is no risk, and any six are risk', async () => {
    await fc.assert(
      fc.asyncProperty(subsetOf(GROUP_8_TO_21, 6), fc.option(fc.constantFrom(...GROUP_1_TO_7), { nil: undefined }), async (six, oneYesInFirstGroup) => {
        const five = six.slice(0, 5);
        const answers = (yes: readonly string[]): OracleAnswers =>
          Object.fromEntries(ITEMS_2018.map((id) => [id, yes.includes(id) || id === oneYesInFirstGroup ? 'yes' : 'no']));

        const withFive = await assess(answers(five));
        const withSix = await assess(answers(six));

        expect(withFive.imminentRisk).toBe(false);
        expect(withSix.imminentRisk).toBe(true);
      }),
      { numRuns: 100 },
    );
  });
});
