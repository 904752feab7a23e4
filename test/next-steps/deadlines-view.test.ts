import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// Found by the audit: `dv-rules deadlines` listed a step that applies only if a circumstance holds
// (the adult case-management terms, if the victim is not a minor) as if it always applied.
describe('dv-rules deadlines lists conditional steps as conditional', () => {
  it('a child present, the victim\'s age unknown: the adult terms show "(if the victim is not a minor)", in English and in Romanian', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dv-steps-'));
    const file = join(dir, 'case.json');
    writeFileSync(file, JSON.stringify({
      schemaVersion: 1,
      incidentAt: '2025-06-01T12:00:00+03:00',
      relationship: 'spouse',
      riskForm: { answers: { q1: 'yes', q2: 'yes' } },
      circumstances: { childrenPresent: true, mobileTeamAvailable: false },
      events: { provisionalOrderIssuedAt: '2025-06-01T13:00:00+03:00', caseRegisteredAt: '2025-06-02T09:00:00+03:00' },
    }));
    const run = (lang: string) => spawnSync(process.execPath, ['dist/cli.js', 'deadlines', file, '--as-of', '2025-06-02T10:00:00+03:00', '--lang', lang], { encoding: 'utf8' });
    const en = run('en');
    expect(en.status).toBe(0);
    expect(en.stdout).toMatch(/\[Social services\] \(if the victim is not a minor\)/);
    const ro = run('ro');
    expect(ro.status).toBe(0);
    expect(ro.stdout).toMatch(/\(dacă victima nu este minoră\)/);
  });
});
