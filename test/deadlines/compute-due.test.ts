import { describe, it, expect } from 'vitest';
import { DvRulesError } from '../../src/index.js';
import { computeDue } from '../../src/index.js';
import type { Counting } from '../../src/index.js';

const hours = (amount: number, shift: Counting['shift'] = 'none'): Counting => ({ method: 'elapsed', amount, unit: 'hours', shift });
const minutes = (amount: number): Counting => ({ method: 'elapsed', amount, unit: 'minutes', shift: 'none' });
const calendarDays = (amount: number, shift: Counting['shift'] = 'none'): Counting => ({ method: 'calendar-days', amount, unit: 'days', shift });
const cpcDays = (amount: number, shift: Counting['shift'] = 'none'): Counting => ({ method: 'cpc-days', amount, unit: 'days', shift });
const months = (amount: number, shift: Counting['shift'] = 'none'): Counting => ({ method: 'months', amount, unit: 'months', shift });

describe('computeDue with elapsed time', () => {
  it('counts 120 hours across the spring DST change as 120 real hours', () => {
    expect(computeDue('2025-03-28T10:00:00+02:00', hours(120))).toEqual({ dueAt: '2025-04-02T11:00:00+03:00' });
  });

  it('counts 120 hours across the autumn DST change as 120 real hours', () => {
    expect(computeDue('2025-10-24T10:00:00+03:00', hours(120))).toEqual({ dueAt: '2025-10-29T09:00:00+02:00' });
  });

  it('counts 72 hours', () => {
    expect(computeDue('2025-05-05T14:30:00+03:00', hours(72))).toEqual({ dueAt: '2025-05-08T14:30:00+03:00' });
  });

  it('counts 90 minutes past midnight', () => {
    expect(computeDue('2025-05-05T23:00:00+03:00', minutes(90))).toEqual({ dueAt: '2025-05-06T00:30:00+03:00' });
  });

  it('counts 90 minutes over the hour the clocks skip', () => {
    expect(computeDue('2025-03-30T02:30:00+02:00', minutes(90))).toEqual({ dueAt: '2025-03-30T05:00:00+03:00' });
  });

  it('accepts a start without seconds', () => {
    expect(computeDue('2025-03-28T10:00+02:00', hours(120))).toEqual({ dueAt: '2025-04-02T11:00:00+03:00' });
  });

  it('drops fractions of a second from the due time', () => {
    expect(computeDue('2025-05-05T14:30:00.750+03:00', hours(1)).dueAt).toBe('2025-05-05T15:30:00+03:00');
  });
});

describe('computeDue with calendar days', () => {
  it('ends 30 days from 10 January 2025 at the end of 9 February, written as 00:00 of 10 February', () => {
    expect(computeDue('2025-01-10T15:00:00+02:00', calendarDays(30))).toEqual({ dueAt: '2025-02-10T00:00:00+02:00' });
  });

  it('ends on a Sunday when no shift is asked for', () => {
    expect(computeDue('2025-03-03T10:00:00+02:00', calendarDays(6))).toEqual({ dueAt: '2025-03-10T00:00:00+02:00' });
  });

  it('moves an end on a Sunday to the end of Monday when shifted', () => {
    expect(computeDue('2025-03-03T10:00:00+02:00', calendarDays(6, 'next-working-day'))).toEqual({
      dueAt: '2025-03-11T00:00:00+02:00',
      shiftedFrom: '2025-03-10T00:00:00+02:00',
    });
  });

  it('leaves an end on a working day where it is, without shiftedFrom', () => {
    expect(computeDue('2025-03-03T10:00:00+02:00', calendarDays(3, 'next-working-day'))).toEqual({ dueAt: '2025-03-07T00:00:00+02:00' });
  });

  it('moves an end on Orthodox Easter Sunday 2025 past Easter Monday to the end of Tuesday 22 April', () => {
    expect(computeDue('2025-04-15T10:00:00+03:00', calendarDays(5, 'next-working-day'))).toEqual({
      dueAt: '2025-04-23T00:00:00+03:00',
      shiftedFrom: '2025-04-21T00:00:00+03:00',
    });
  });

  it('moves an end on Saint Andrew’s Day past 1 December 2025 to the end of 2 December', () => {
    expect(computeDue('2025-11-25T10:00:00+02:00', calendarDays(5, 'next-working-day'))).toEqual({
      dueAt: '2025-12-03T00:00:00+02:00',
      shiftedFrom: '2025-12-01T00:00:00+02:00',
    });
  });

  it('moves an end on Christmas Day 2025 past 26 December and the weekend to the end of 29 December', () => {
    expect(computeDue('2025-12-22T10:00:00+02:00', calendarDays(3, 'next-working-day'))).toEqual({
      dueAt: '2025-12-30T00:00:00+02:00',
      shiftedFrom: '2025-12-26T00:00:00+02:00',
    });
  });

  it('does not shift an end on Christmas Eve, a working day', () => {
    expect(computeDue('2025-12-20T10:00:00+02:00', calendarDays(4, 'next-working-day'))).toEqual({ dueAt: '2025-12-25T00:00:00+02:00' });
  });

  it('counts from the Bucharest day of a start at 23:30 local time', () => {
    expect(computeDue('2025-01-10T23:30:00+02:00', calendarDays(1))).toEqual({ dueAt: '2025-01-12T00:00:00+02:00' });
  });

  it('gives the same end for the same instant written in UTC', () => {
    expect(computeDue('2025-01-10T21:30:00Z', calendarDays(1))).toEqual(computeDue('2025-01-10T23:30:00+02:00', calendarDays(1)));
    expect(computeDue('2025-07-10T20:30:00Z', calendarDays(1))).toEqual(computeDue('2025-07-10T23:30:00+03:00', calendarDays(1)));
  });

  it('counts from the next Bucharest day when a UTC evening is already past midnight in Bucharest', () => {
    // 22:30 UTC on 10 January is 00:30 on 11 January in Bucharest.
    expect(computeDue('2025-01-10T22:30:00Z', calendarDays(1))).toEqual({ dueAt: '2025-01-13T00:00:00+02:00' });
    expect(computeDue('2025-01-10T22:30:00+02:00', calendarDays(1))).toEqual({ dueAt: '2025-01-12T00:00:00+02:00' });
  });
});

describe('computeDue with civil-procedure free days', () => {
  it('counts neither the start day nor the last day', () => {
    // 5 free days from Friday 10 January: 11–15 January; the act can still be done on the 16th.
    expect(computeDue('2025-01-10T15:00:00+02:00', cpcDays(5))).toEqual({ dueAt: '2025-01-17T00:00:00+02:00' });
  });

  it('moves a last day on Orthodox Easter Sunday 2025 to the end of Tuesday 22 April', () => {
    expect(computeDue('2025-04-14T09:00:00+03:00', cpcDays(5, 'next-working-day'))).toEqual({
      dueAt: '2025-04-23T00:00:00+03:00',
      shiftedFrom: '2025-04-21T00:00:00+03:00',
    });
  });
});

describe('computeDue with months', () => {
  it('ends 6 months from 31 August 2024 at the end of 28 February 2025', () => {
    expect(computeDue('2024-08-31T12:00:00+03:00', months(6))).toEqual({ dueAt: '2025-03-01T00:00:00+02:00' });
  });

  it('ends 1 month from 31 January 2024 at the end of 29 February 2024', () => {
    expect(computeDue('2024-01-31T12:00:00+02:00', months(1))).toEqual({ dueAt: '2024-03-01T00:00:00+02:00' });
  });

  it('ends 1 month from 31 January 2023 at the end of 28 February 2023', () => {
    expect(computeDue('2023-01-31T12:00:00+02:00', months(1))).toEqual({ dueAt: '2023-03-01T00:00:00+02:00' });
  });

  it('ends on the corresponding day across the spring DST change', () => {
    expect(computeDue('2025-03-15T12:00:00+02:00', months(1))).toEqual({ dueAt: '2025-04-16T00:00:00+03:00' });
  });

  it('moves an end on a Saturday to the end of Monday when shifted', () => {
    expect(computeDue('2025-01-22T12:00:00+02:00', months(1, 'next-working-day'))).toEqual({
      dueAt: '2025-02-25T00:00:00+02:00',
      shiftedFrom: '2025-02-23T00:00:00+02:00',
    });
  });
});

describe('computeDue with elapsed time and a shift (our interpretation: same clock time, next working day)', () => {
  it('moves an end at 10:00 on Good Friday 2025 to 10:00 on Tuesday 22 April', () => {
    expect(computeDue('2025-04-17T10:00:00+03:00', hours(24, 'next-working-day'))).toEqual({
      dueAt: '2025-04-22T10:00:00+03:00',
      shiftedFrom: '2025-04-18T10:00:00+03:00',
    });
  });

  it('does not shift an end at 00:00 on a Saturday, which is the end of Friday', () => {
    expect(computeDue('2025-03-07T00:00:00+02:00', hours(24, 'next-working-day'))).toEqual({ dueAt: '2025-03-08T00:00:00+02:00' });
  });

  it('moves an end at 00:00 on a Sunday (the end of Saturday) to the end of Monday', () => {
    expect(computeDue('2025-03-07T00:00:00+02:00', hours(48, 'next-working-day'))).toEqual({
      dueAt: '2025-03-11T00:00:00+02:00',
      shiftedFrom: '2025-03-09T00:00:00+02:00',
    });
  });

  it('moves an end on the Sunday of the spring DST change to the same clock time on Monday', () => {
    expect(computeDue('2025-03-29T03:30:00+02:00', hours(24, 'next-working-day'))).toEqual({
      dueAt: '2025-03-31T04:30:00+03:00',
      shiftedFrom: '2025-03-30T04:30:00+03:00',
    });
  });

  it('is not monotone: a later start can end earlier once the shift applies', () => {
    // Thursday 10:00 + 48 h ends on Saturday and moves to Monday 10:00; Saturday 09:00 + 48 h ends Monday 09:00.
    const earlier = computeDue('2025-03-06T10:00:00+02:00', hours(48, 'next-working-day'));
    const later = computeDue('2025-03-08T09:00:00+02:00', hours(48, 'next-working-day'));
    expect(earlier.dueAt).toBe('2025-03-10T10:00:00+02:00');
    expect(later.dueAt).toBe('2025-03-10T09:00:00+02:00');
  });
});

describe('computeDue refusals', () => {
  const refusal = (startAt: string, counting: Counting, path?: string): DvRulesError => {
    try {
      computeDue(startAt, counting, path);
    } catch (e) {
      expect(e).toBeInstanceOf(DvRulesError);
      return e as DvRulesError;
    }
    throw new Error('expected computeDue to throw');
  };

  it('refuses a start without an offset, an impossible date or a non-date, at the given path', () => {
    for (const startAt of ['2025-03-28T10:00:00', '2025-02-30T10:00:00Z', '2025-03-28T24:00:00Z', 'yesterday', '', '2025-03-28']) {
      const e = refusal(startAt, hours(1), 'events[2].at');
      expect(e.code).toBe('INVALID_CASE');
      expect(e.issues[0]?.path).toBe('events[2].at');
      if (startAt !== '') expect(e.message).not.toContain(startAt);
    }
  });

  it('reports a refused start at $ when no path is given', () => {
    expect(refusal('not a date', hours(1)).issues[0]?.path).toBe('$');
  });

  it('refuses a counting rule whose unit does not fit its method', () => {
    const e = refusal('2025-03-28T10:00:00Z', { method: 'elapsed', amount: 3, unit: 'days', shift: 'none' });
    expect(e.code).toBe('INVALID_RULE_SET');
    expect(e.issues[0]?.path).toBe('counting.unit');
  });

  it('refuses a term that would end after year 9999', () => {
    expect(refusal('2025-03-28T10:00:00Z', months(100_000)).code).toBe('INVALID_CASE');
  });
});
