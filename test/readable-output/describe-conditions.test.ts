import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../src/index.js';
import { describeConditions } from '../../src/explain/describe-conditions.js';

const tree = {
  all: [
    { fact: 'riskDetermination', operator: 'equal', value: 'imminent-risk', factResult: 'imminent-risk', result: true },
    { not: { fact: 'victimOpposes', operator: 'equal', value: true, factResult: false, result: false } },
    { any: [{ fact: 'relationship', operator: 'notIn', value: ['spouse'], result: undefined }, { fact: 'x', operator: 'contains', value: 'a', factResult: ['a'], result: true }] },
  ],
};

describe('describeConditions', () => {
  it('words a condition tree in English by default', () => {
    expect(describeConditions(tree)).toBe(
      '(riskDetermination = "imminent-risk" = "imminent-risk" (true) and not (victimOpposes = false = true (false)) and (relationship = not evaluated not in ["spouse"] (not evaluated) or x = ["a"] contains "a" (true)))',
    );
  });

  it('words it in Romanian with a Romanian translator: și, sau, nu, nu în, conține, adevărat, fals, neevaluat', () => {
    const text = describeConditions(tree, createTranslator('ro'));
    expect(text).toBe(
      '(riskDetermination = "imminent-risk" = "imminent-risk" (adevărat) și nu (victimOpposes = false = true (fals)) și (relationship = neevaluat nu în ["spouse"] (neevaluat) sau x = ["a"] conține "a" (adevărat)))',
    );
    expect(text).not.toMatch(/\((?:true|false|not evaluated)\)| and | or | not in | contains /);
  });
});
