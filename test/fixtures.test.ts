import { describe, expect, it } from 'vitest';
import { runFixtures } from '../src/node/index.js';

// Every shipped fixture (legal changes, examples, scenarios) runs in `npm test`, one test per fixture.
const report = await runFixtures(['fixtures']);

describe('the shipped fixtures', () => {
  it('include a before/after pair for the legal changes and pass over fixtures/invalid, saying so', () => {
    expect(report.results.filter((r) => r.file.includes('legal-changes')).length).toBeGreaterThanOrEqual(18);
    expect(report.skipped).toEqual(['fixtures/invalid']);
  });

  it.each(report.results.map((r) => [`${r.file} › ${r.name}`, r] as const))('%s', (_name, outcome) => {
    expect(outcome.mismatches ?? [], JSON.stringify(outcome.error ?? null)).toEqual([]);
    expect(outcome.passed).toBe(true);
  });
});
