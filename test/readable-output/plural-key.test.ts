import { describe, expect, it } from 'vitest';
import { pluralForm, pluralKey } from '../../src/explain/plural-key.js';

describe('pluralKey', () => {
  it('gives Romanian its three forms: one for 1, few for 0 and 2–19, other ("de") for 20 and up', () => {
    expect([1, 0, 2, 12, 19, 20, 24, 60, 100, 101, 119, 120].map((n) => pluralForm('ro', n))).toEqual(
      ['one', 'few', 'few', 'few', 'few', 'other', 'other', 'other', 'other', 'few', 'few', 'other'],
    );
  });

  it('treats a fraction as few in Romanian ("1,5 luni") and gives English only one and other', () => {
    expect(pluralForm('ro', 1.5)).toBe('few');
    expect([1, 0, 2, 20, 120].map((n) => pluralForm('en', n))).toEqual(['one', 'other', 'other', 'other', 'other']);
  });

  it('appends the form to the key', () => {
    expect(pluralKey('ro', 'ui.duration-hours', 120)).toBe('ui.duration-hours.other');
    expect(pluralKey('en', 'ui.duration-hours', 1)).toBe('ui.duration-hours.one');
  });
});
