import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluateSync, shippedRuleSets, sourceStatusSchema } from '../../src/index.js';

// The table is written from LEGAL-BASIS (docs/legal-basis.md), one row per status a shipped rule set carries, each citing its
// section; a status in rules/ that the table does not give, or a row no rule set has, fails here.
interface Row { ruleSet: string; kind: 'parameter' | 'counting' | 'rule' | 'effectiveFrom' | 'termNotEncoded'; name: string; status: string; section: string; basis: string }
const table = (JSON.parse(readFileSync('test/legal-fidelity/status-table.json', 'utf8')) as { rows: Row[] }).rows;
const key = (r: Pick<Row, 'ruleSet' | 'kind' | 'name'>) => `${r.ruleSet} ${r.kind} ${r.name}`;

function shippedStatuses(): Map<string, string> {
  const out = new Map<string, string>();
  for (const { ruleSet: rs } of shippedRuleSets()) {
    for (const [name, p] of Object.entries(rs.parameters)) out.set(key({ ruleSet: rs.id, kind: 'parameter', name }), p.status);
    for (const d of rs.deadlines ?? []) out.set(key({ ruleSet: rs.id, kind: 'counting', name: d.id }), d.status);
    for (const r of rs.rules) {
      const status = r.status ?? (r.event.params as Record<string, unknown> | undefined)?.['status'];
      if (typeof status === 'string') out.set(key({ ruleSet: rs.id, kind: 'rule', name: r.id ?? '' }), status);
    }
    for (const t of rs.termsNotEncoded ?? []) out.set(key({ ruleSet: rs.id, kind: 'termNotEncoded', name: t.id }), t.status);
    if (rs.effectiveFromUncertainty) out.set(key({ ruleSet: rs.id, kind: 'effectiveFrom', name: 'effectiveFrom' }), rs.effectiveFromUncertainty.status);
  }
  return out;
}

describe('every status in rules/ equals the one LEGAL-BASIS gives', () => {
  it('each row of the table is a known status citing a LEGAL-BASIS section, and no row is listed twice', () => {
    const seen = new Set<string>();
    for (const row of table) {
      expect(sourceStatusSchema.safeParse(row.status).success, key(row)).toBe(true);
      expect(row.section, key(row)).toMatch(/^§\d/);
      expect(row.basis.length, key(row)).toBeGreaterThan(5);
      expect(seen.has(key(row)), key(row)).toBe(false);
      seen.add(key(row));
    }
  });

  it('every parameter, counting method, rule step, term not encoded and uncertain in-force day shipped has the status of its row', () => {
    const shipped = shippedStatuses();
    const expected = new Map(table.map((r) => [key(r), r.status]));
    const mismatches = [...shipped].filter(([k, s]) => expected.get(k) !== s).map(([k, s]) => `${k}: rules/ say ${s}, LEGAL-BASIS ${expected.get(k) ?? '(no row)'}`);
    expect(mismatches).toEqual([]);
  });

  it('every shipped rule declares the status of its source, so provenance never lists a rule without one', () => {
    const without = shippedRuleSets().flatMap(({ ruleSet: rs }) => rs.rules.filter((r) => r.status === undefined && typeof r.event.params?.['status'] !== 'string').map((r) => `${rs.id} ${r.id}`));
    expect(without).toEqual([]);
  });

  it('the victim-opposition rule is listed as seed in provenance when it decides', () => {
    const r = evaluateSync({ schemaVersion: 1, incidentAt: '2023-03-10T21:00:00+02:00', relationship: 'spouse', riskForm: { answers: { q1: 'yes', q2: 'yes' } }, victimOpposesProvisionalOrder: true });
    expect(r.provisionalOrder.reason).toBe('VICTIM_OPPOSES');
    expect(r.provenance).toContainEqual(expect.objectContaining({ kind: 'rule', rule: 'victim-opposes', status: 'seed' }));
  });

  it('every row of the table names something a shipped rule set has', () => {
    const shipped = shippedStatuses();
    expect(table.filter((r) => !shipped.has(key(r))).map(key)).toEqual([]);
  });

  it('the 2012 court-order measures are reported (§5), and the Law 217/2003 forms of violence stay unverified until LEGAL-BASIS names them', () => {
    const shipped = shippedStatuses();
    expect(shipped.get('ro-law-217-2003-protection-order/2012-05-12 parameter measures')).toBe('reported');
    expect(shipped.get('ro-law-217-2003-protection-order/2012-05-12 parameter otherMeasures')).toBe('reported');
    expect(shipped.get('ro-law-217-2003-violence-forms/2020-07-09 parameter forms')).toBe('unverified');
  });

  it('a spouse\'s case between 2012-05-12 and 2023-07-22 no longer warns that the court-order measures are unverified, and lists them as reported', () => {
    for (const incidentAt of ['2012-05-12T20:00:00+03:00', '2023-07-22T20:00:00+03:00']) {
      const r = evaluateSync({ schemaVersion: 1, incidentAt, relationship: 'spouse' });
      const unverified = r.warnings.filter((w) => w.code === 'PARAMETER_UNVERIFIED').map((w) => (w as { parameter?: string }).parameter);
      expect(unverified).not.toContain('measures');
      expect(unverified).not.toContain('otherMeasures');
      expect(r.provenance).toContainEqual(expect.objectContaining({ ruleSet: 'ro-law-217-2003-protection-order/2012-05-12', parameter: 'measures', status: 'reported' }));
    }
  });
});
