import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { firstWorkingDayFrom } from '../../src/deadlines/first-working-day-from.js';
import { isWorkingDay } from '../../src/index.js';
import { shiftDay } from '../../src/deadlines/shift-day.js';

describe('firstWorkingDayFrom', () => {
  it('returns a working day itself', () => {
    expect(firstWorkingDayFrom('2025-03-05')).toBe('2025-03-05');
  });

  it('moves a Saturday to the Monday', () => {
    expect(firstWorkingDayFrom('2025-03-08')).toBe('2025-03-10');
  });

  it('moves over Orthodox Easter 2025 to Tuesday 22 April', () => {
    expect(firstWorkingDayFrom('2025-04-18')).toBe('2025-04-22');
  });

  it('moves over Christmas 2025 and the weekend after it to Monday 29 December', () => {
    expect(firstWorkingDayFrom('2025-12-25')).toBe('2025-12-29');
  });

  it('moves over the New Year and Epiphany of 2025 to Wednesday 8 January', () => {
    expect(firstWorkingDayFrom('2025-01-04')).toBe('2025-01-08');
  });

  it('always returns a working day on or after the day, with only non-working days between', () => {
    const day = fc
      .date({ min: new Date('2012-01-01T12:00:00Z'), max: new Date('2030-12-31T12:00:00Z'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, (d) => {
        const result = firstWorkingDayFrom(d);
        expect(result >= d).toBe(true);
        expect(isWorkingDay(result)).toBe(true);
        for (let x = d; x < result; x = shiftDay(x, 1)) expect(isWorkingDay(x)).toBe(false);
      }),
    );
  });
});
