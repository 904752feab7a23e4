// Counterexamples the fuzz tests found, shrunk by hand and kept as ordinary tests so that each
// stays fixed. Each one names the property it broke.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { computeDue, DvRulesError, evaluate, parseRuleSet, resultSchema } from '../../src/index.js';

const shipped = (file: string): Record<string, unknown> => JSON.parse(readFileSync(`rules/${file}`, 'utf8')) as Record<string, unknown>;

/** The loaded rule set, or the refusal: both are acceptable answers to a bad rule set. */
function loadOrRefuse(data: unknown): ReturnType<typeof parseRuleSet> | DvRulesError {
  try {
    return parseRuleSet(data, { file: 'agency.json' });
  } catch (e) {
    expect(e).toBeInstanceOf(DvRulesError);
    return e as DvRulesError;
  }
}

describe('found by fuzzing: a result its schema accepts or a DvRulesError, never anything else', () => {
  it('a user regime rule set whose rule names an unknown regime is refused, not turned into an off-schema result', async () => {
    const rs = shipped('ro-protection-regime/2024-08-31.json') as { rules: Array<{ event: { params: Record<string, string> } }> };
    rs.rules[0]!.event.params['regime'] = 'regex';
    const loaded = loadOrRefuse(rs);
    if (loaded instanceof DvRulesError) return;
    const outcome = await evaluate(
      { schemaVersion: 1, incidentAt: '2024-09-01T12:00:00+03:00', relationship: 'spouse' },
      { ruleSets: [loaded] },
    ).catch((e: unknown) => e);
    if (outcome instanceof DvRulesError) return;
    expect(resultSchema.safeParse(outcome).error?.issues ?? []).toEqual([]);
  });

  it('a user rule set with a term of 1 000 000 000 days is refused with a DvRulesError, not a RangeError', async () => {
    const rs = shipped('ro-social-services-case-management/2018-12-07.json') as { parameters: Record<string, { value: number }> };
    rs.parameters['interventionPlanDays']!.value = 1e9;
    const loaded = loadOrRefuse(rs);
    if (loaded instanceof DvRulesError) return;
    const outcome = await evaluate(
      { schemaVersion: 1, incidentAt: '2019-01-10T12:00:00+02:00', relationship: 'spouse', events: { caseRegisteredAt: '2019-01-10T16:00:00+02:00' } },
      { ruleSets: [loaded] },
    ).catch((e: unknown) => e);
    if (!(outcome instanceof Error)) return;
    expect(outcome).toBeInstanceOf(DvRulesError);
  });

  it('computeDue refuses a day or month count that leaves the calendar with a DvRulesError, as it does for hours', () => {
    for (const counting of [
      { method: 'calendar-days', amount: 1e9, unit: 'days', shift: 'none' },
      { method: 'cpc-days', amount: 1e9, unit: 'days', shift: 'none' },
      { method: 'months', amount: 1e8, unit: 'months', shift: 'none' },
      { method: 'elapsed', amount: 1e12, unit: 'hours', shift: 'none' },
    ] as const) {
      expect(() => computeDue('2019-01-10T16:00:00+02:00', counting), counting.method).toThrow(DvRulesError);
    }
  });
});
