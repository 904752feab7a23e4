import { describe, expect, it } from 'vitest';
import { DvRulesError, evaluate, listRuleSets, ruleSetInForce } from '../src/index.js';

const FIRST_MODELLED_DAY = '2012-05-12';
const LAST_SWEPT_DAY = '2030-12-31';

/** Every day of the modelled range, as YYYY-MM-DD (UTC arithmetic on whole days is exact). */
function days(from: string, to: string): string[] {
  const out: string[] = [];
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= Date.parse(`${to}T00:00:00Z`); t += 86_400_000) {
    out.push(new Date(t).toISOString().slice(0, 10));
  }
  return out;
}

const ALL_DAYS = days(FIRST_MODELLED_DAY, LAST_SWEPT_DAY);
const inForce = listRuleSets().filter((r) => r.status === 'in-force');
const seriesNames = [...new Set(inForce.map((r) => r.series))];

describe('temporal coverage of the shipped rule sets', () => {
  it.each(seriesNames)('series %s has exactly one version in force on every day from its first version to 2030-12-31, and none before', (series) => {
    const versions = inForce.filter((r) => r.series === series);
    const first = versions.map((v) => v.effectiveFrom).sort()[0]!;
    for (const day of ALL_DAYS) {
      const covering = versions.filter((v) => v.effectiveFrom <= day && (v.effectiveUntil === undefined || day <= v.effectiveUntil));
      const resolved = ruleSetInForce(series, day);
      if (day < first) {
        expect(covering, `${series} on ${day}`).toHaveLength(0);
        expect(resolved, `${series} on ${day}`).toBeNull();
      } else {
        expect(covering.map((v) => v.id), `${series} on ${day}`).toHaveLength(1);
        expect(resolved?.id, `${series} on ${day}`).toBe(covering[0]?.id);
      }
    }
  });

  it('the public-holiday lists start on the first modelled day, so a term from then on moves by the list of its own day', () => {
    const lists = inForce.filter((r) => r.series === 'ro-public-holidays').map((r) => r.effectiveFrom);
    expect(lists).toEqual([FIRST_MODELLED_DAY, '2012-07-27', '2017-01-01', '2018-01-01', '2024-01-01']);
    expect(inForce.filter((r) => r.series === 'ro-public-holidays').every((r) => r.kind === 'public-holidays')).toBe(true);
  });

  it('the regime question is answered on every day from 2012-05-12, and refused (not mapped to the nearest) the day before', async () => {
    await expect(evaluate({ schemaVersion: 1, incidentAt: '2012-05-11T12:00:00+03:00', relationship: 'spouse' })).rejects.toMatchObject({
      code: 'NO_RULE_SET_IN_FORCE',
    });
    const r = await evaluate({ schemaVersion: 1, incidentAt: '2012-05-12T00:00:00+03:00', relationship: 'spouse' });
    expect(r.regime.id).toBe('law-217-2003');
  });

  it('for a family case and a non-family case on every day of the range, each question has one answer or is explicitly unavailable', async () => {
    const answers = { q1: 'yes', q2: 'yes' } as const;
    for (const day of ALL_DAYS) {
      for (const relationship of ['spouse', 'neighbour'] as const) {
        const c = { schemaVersion: 1, incidentAt: `${day}T12:00:00+02:00`, relationship, riskForm: { answers } };
        let r;
        try {
          r = await evaluate(c);
        } catch (e) {
          // The only refusal in range: a police form asked for before the form existed.
          expect(e).toBeInstanceOf(DvRulesError);
          expect((e as DvRulesError).code, `${relationship} on ${day}`).toBe('NO_RULE_SET_IN_FORCE');
          expect(day < '2018-12-28' && relationship === 'spouse', `${relationship} on ${day}`).toBe(true);
          continue;
        }
        const label = `${relationship} on ${day}`;
        expect(['law-217-2003', 'law-26-2024', 'none'], label).toContain(r.regime.id);
        if (r.regime.id === 'none') {
          expect(r.provisionalOrder.available, label).toBe(false);
          expect(r.protectionOrder.available, label).toBe(false);
        } else {
          expect(r.protectionOrder.available, label).toBe(true);
          expect(r.protectionOrder.ruleSet, label).not.toBeNull();
          expect(r.violenceForms.length, label).toBeGreaterThan(0);
          if (r.provisionalOrder.available) expect(r.provisionalOrder.ruleSet, label).not.toBeNull();
          else expect(r.provisionalOrder.reason, label).toBe('NO_PROVISIONAL_ORDER_ON_DATE');
        }
        // Each rule set is used at most once per series: no day has two laws of one series.
        const series = r.ruleSets.map((s) => s.id.split('/')[0]);
        expect(new Set(series).size, label).toBe(series.length);
      }
    }
  });
});
