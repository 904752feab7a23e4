import { describe, expect, it } from 'vitest';
import { FUZZ_TOTAL, RUNS } from './fuzz-kit.js';

describe('the fuzzing budget', () => {
  it('generates at least 10 000 inputs per run, spread over every surface', () => {
    expect(FUZZ_TOTAL).toBeGreaterThanOrEqual(10_000);
    for (const n of Object.values(RUNS)) expect(n).toBeGreaterThan(0);
  });
});
