import { describe, expect, it } from 'vitest';
import { createTranslator, itemList } from '../../src/index.js';

describe('items are named by their number on the form, not by their ids', () => {
  it.each([
    ['en', ['q4'], 'question 4'],
    ['en', ['q2', 'q5', 'q7'], 'questions 2, 5 and 7'],
    ['ro', ['q4'], 'întrebarea 4'],
    ['ro', ['q1', 'q12'], 'întrebările 1 și 12'],
  ] as const)('in %s, %j reads "%s"', (lang, ids, text) => {
    expect(itemList(ids, createTranslator(lang).t)).toBe(text);
  });

  it('an id that is not q<N> is kept as it is', () => {
    expect(itemList(['q3', 'x9'], createTranslator('en').t)).toBe('questions 3 and x9');
  });
});
