import { describe, it, expect } from 'vitest';
import { countingMethodSchema, countingSchema } from '../../src/index.js';

describe('countingSchema', () => {
  it('accepts every method with the unit it counts in', () => {
    for (const [method, unit] of [
      ['elapsed', 'minutes'],
      ['elapsed', 'hours'],
      ['calendar-days', 'days'],
      ['cpc-days', 'days'],
      ['months', 'months'],
    ] as const) {
      expect(countingSchema.safeParse({ method, amount: 3, unit, shift: 'none' }).success).toBe(true);
    }
  });

  it('refuses a unit that does not fit the method, pointing at the unit', () => {
    for (const [method, unit] of [
      ['elapsed', 'days'],
      ['calendar-days', 'hours'],
      ['cpc-days', 'months'],
      ['months', 'days'],
    ] as const) {
      const result = countingSchema.safeParse({ method, amount: 3, unit, shift: 'none' });
      expect(result.success).toBe(false);
      expect(result.error?.issues[0]?.path).toEqual(['unit']);
    }
  });

  it('refuses an amount that is not a positive whole number', () => {
    for (const amount of [0, -1, 1.5, Number.NaN, '3']) {
      expect(countingSchema.safeParse({ method: 'elapsed', amount, unit: 'hours', shift: 'none' }).success).toBe(false);
    }
  });

  it('refuses unknown fields and unknown shifts', () => {
    expect(countingSchema.safeParse({ method: 'elapsed', amount: 1, unit: 'hours', shift: 'none', extra: 1 }).success).toBe(false);
    expect(countingSchema.safeParse({ method: 'elapsed', amount: 1, unit: 'hours', shift: 'previous-working-day' }).success).toBe(false);
  });

  it('lists exactly the four counting methods', () => {
    expect(countingMethodSchema.options).toEqual(['elapsed', 'calendar-days', 'months', 'cpc-days']);
  });
});
