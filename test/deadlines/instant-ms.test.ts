import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { instantMs } from '../../src/deadlines/instant-ms.js';

// instantMs reads the common layout of an instant by hand and leaves every other text to
// Date.parse: on any text, the two must give the same number (or both NaN).

const two = (n: number): string => String(n).padStart(2, '0');
/** Instants near the common layout: every field sometimes out of range, a part sometimes missing or another character. */
const nearInstantArb = fc
  .record({
    year: fc.oneof(fc.integer({ min: 1000, max: 9999 }), fc.integer({ min: 0, max: 999 })),
    month: fc.integer({ min: 0, max: 13 }),
    day: fc.integer({ min: 0, max: 32 }),
    hour: fc.integer({ min: 0, max: 25 }),
    minute: fc.integer({ min: 0, max: 61 }),
    second: fc.integer({ min: 0, max: 61 }),
    fraction: fc.constantFrom('', '.000', '.5', '.12', '.123', '.999', '.1234', '.', '.12a'),
    zone: fc.constantFrom('Z', 'z', '+02:00', '+03:00', '-00:00', '+23:59', '-23:59', '+24:00', '+02:60', '+0200', '+02', '', ' Z', 'Z '),
    sep: fc.constantFrom('T', 'T', 'T', 't', ' '),
  })
  .map(({ year, month, day, hour, minute, second, fraction, zone, sep }) => `${String(year).padStart(4, '0')}-${two(month)}-${two(day)}${sep}${two(hour)}:${two(minute)}:${two(second)}${fraction}${zone}`);

/** One character of a valid instant replaced by another. */
const mutatedArb = fc
  .tuple(fc.integer({ min: Date.UTC(1000, 0, 1), max: Date.UTC(9999, 11, 31) }), fc.nat({ max: 28 }), fc.constantFrom('0', '9', '-', ':', 'T', 'Z', '+', '.', 'a', '٣', ' '))
  .map(([ms, at, ch]) => {
    const text = new Date(ms).toISOString().replace('.000Z', at % 2 === 0 ? 'Z' : '+03:00');
    return text.slice(0, at) + ch + text.slice(at + 1);
  });

const same = (text: string): void => {
  const expected = Date.parse(text);
  if (Number.isNaN(expected)) expect(instantMs(text)).toBeNaN();
  else expect(instantMs(text)).toBe(expected);
};

describe('instantMs', () => {
  it('gives what Date.parse gives on instants near the common layout', () => {
    fc.assert(fc.property(nearInstantArb, same), { numRuns: 20_000 });
  });

  it('gives what Date.parse gives on valid instants with one character changed', () => {
    fc.assert(fc.property(mutatedArb, same), { numRuns: 20_000 });
  });

  it('gives what Date.parse gives on any text', () => {
    fc.assert(fc.property(fc.string({ maxLength: 30 }), same), { numRuns: 5000 });
  });

  it('reads the layouts of the case and of the results by hand, and the others as Date.parse', () => {
    for (const text of ['2025-03-30T04:00:00+03:00', '2025-03-30T01:00:00Z', '2024-02-29T23:59:59.999-23:59', '2025-02-29T10:00:00Z', '0099-01-01T00:00:00Z', '2025-03-30', '+010000-01-01T00:00:00Z']) same(text);
    expect(instantMs('2025-03-30T04:00:00+03:00')).toBe(Date.UTC(2025, 2, 30, 1));
  });

  it('counts every day of the years 1000 to 9999 as Date.parse does (its own day arithmetic, leap years and month ends included)', () => {
    const last = Date.UTC(9999, 11, 31);
    let days = 0;
    for (let ms = Date.UTC(1000, 0, 1); ms <= last; ms += 86_400_000) {
      // Each day at a time that differs from day to day, in UTC and at an offset.
      const at = ms + (days % 86_400) * 1000;
      const text = new Date(at).toISOString();
      const got = instantMs(days % 2 === 0 ? text : `${text.slice(0, 19)}+02:00`);
      const want = days % 2 === 0 ? at : at - 2 * 3_600_000;
      if (got !== want) expect({ text, got }).toEqual({ text, got: want });
      days++;
    }
    expect(days).toBe(3_287_182);
  });
});
