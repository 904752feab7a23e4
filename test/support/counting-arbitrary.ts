import fc from 'fast-check';
import type { Counting } from '../../src/index.js';

/** Either shift. */
export const shiftArbitrary = fc.constantFrom<Counting['shift']>('none', 'next-working-day');

/**
 * Counting rules of every method in its units, amounts from 1 up to the given bounds (minutes up
 * to 20 000, hours up to 2 000), with or without the shift.
 */
export function countingArbitrary(max: { days: number; months: number }): fc.Arbitrary<Counting> {
  const shift = shiftArbitrary;
  return fc.oneof(
    fc.record({ method: fc.constant('elapsed' as const), amount: fc.integer({ min: 1, max: 20_000 }), unit: fc.constant('minutes' as const), shift }),
    fc.record({ method: fc.constant('elapsed' as const), amount: fc.integer({ min: 1, max: 2_000 }), unit: fc.constant('hours' as const), shift }),
    fc.record({ method: fc.constant('calendar-days' as const), amount: fc.integer({ min: 1, max: max.days }), unit: fc.constant('days' as const), shift }),
    fc.record({ method: fc.constant('cpc-days' as const), amount: fc.integer({ min: 1, max: max.days }), unit: fc.constant('days' as const), shift }),
    fc.record({ method: fc.constant('months' as const), amount: fc.integer({ min: 1, max: max.months }), unit: fc.constant('months' as const), shift }),
  );
}
