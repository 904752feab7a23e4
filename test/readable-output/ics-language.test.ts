import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createTranslator, evaluate } from '../../src/index.js';
import { renderDeadlines } from '../../src/cli/render-deadlines.js';
import { writeIcs } from '../../src/cli/write-ics.js';

const dir = mkdtempSync(join(tmpdir(), 'dv-rules-ics-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const ASOF = '2025-03-28T13:00:00+02:00';
// An intervention plan counted in calendar days ends at 24:00 of its last day: a due instant of 00:00.
const aCase = {
  schemaVersion: 1,
  incidentAt: '2025-03-28T09:00:00+02:00',
  relationship: 'spouse',
  riskForm: { answers: { q1: 'yes', q2: 'yes' } },
  events: { provisionalOrderIssuedAt: '2025-03-28T10:00:00+02:00', caseRegisteredAt: '2025-03-28T12:00:00+02:00' },
};
// The .ics text unfolded (RFC 5545 folds lines at 75 octets) and unescaped.
const unfold = (ics: string): string => ics.replace(/\r\n[ \t]/g, '').replace(/\\n/g, '\n').replace(/\\([,;\\])/g, '$1');

describe('the calendar file speaks the language of the output', () => {
  it('under --lang ro the event titles and descriptions are Romanian, with no English', async () => {
    const r = await evaluate(aCase, { lang: 'ro', asOf: ASOF });
    const file = join(dir, 'ro.ics');

    const events = await writeIcs(file, r.deadlines, r.asOf ?? ASOF, r.nextSteps, createTranslator('ro'));

    const ics = unfold(readFileSync(file, 'utf8'));
    const texts = ics.split('\n').filter((l) => /^(SUMMARY|DESCRIPTION|X-WR-CALNAME)/.test(l) || !/^[A-Z-]+[:;]/.test(l)).join('\n');
    expect(events).toBeGreaterThan(0);
    expect(ics).toContain('X-WR-CALNAME:termene dv-rules');
    expect(texts).toMatch(/Scadent: |Se încheie: /);
    expect(texts).toContain('ora României');
    expect(texts).not.toMatch(/\b(Deadline|Due|Ends|Closes|Counting|Source|Rule set|Computed|Step|from|the|and|of)\b/);
  });

  it('in English it stays English', async () => {
    const r = await evaluate(aCase, { asOf: ASOF });
    const file = join(dir, 'en.ics');

    await writeIcs(file, r.deadlines, r.asOf ?? ASOF, r.nextSteps);

    expect(unfold(readFileSync(file, 'utf8'))).toMatch(/Due: |Ends: /);
  });

  it('a due time at 24:00 is written one way everywhere: "end of D (24:00 …)", never "D+1 00:00"', async () => {
    // With no risk form, the checklist lists the intervention plan, due at 24:00 of its 30th day.
    const r = await evaluate({ schemaVersion: 1, incidentAt: '2025-03-28T09:00:00+02:00', relationship: 'spouse', events: { caseRegisteredAt: '2025-03-28T12:00:00+02:00' } }, { asOf: ASOF });
    expect(r.nextSteps.some((x) => x.deadline?.dueAt?.slice(11, 19) === '00:00:00')).toBe(true);
    const midnight = r.deadlines.filter((d) => d.dueAt !== null && d.status === 'pending' && d.dueAt.slice(11, 19) === '00:00:00');
    const file = join(dir, 'midnight.ics');
    await writeIcs(file, r.deadlines, r.asOf ?? ASOF, r.nextSteps);
    const text = renderDeadlines(
      { asOf: ASOF, deadlines: r.deadlines, protectionGaps: r.protectionGaps, provisionalOrderEndsAt: r.provisionalOrder.endsAt, protectionOrderEndsAt: r.protectionOrder.endsAt, caseManagement: r.caseManagement, steps: r.nextSteps.filter((x) => x.deadline !== null), receipt: r.receipt },
      { asOfFromClock: false, appliesProposedLaw: false, ics: undefined, color: false, tr: createTranslator('en'), warnings: [] },
    );

    expect(midnight.length).toBeGreaterThan(0);
    const ics = unfold(readFileSync(file, 'utf8'));
    for (const d of midnight) {
      const next = d.dueAt?.slice(0, 10) ?? '';
      expect(text).not.toContain(`${next} 00:00`);
      expect(ics).not.toContain(`${next} 00:00`);
    }
    expect(text).toMatch(/end of \d{4}-\d{2}-\d{2} \(24:00 EE/);
    expect(ics).toMatch(/end of \d{4}-\d{2}-\d{2} \(24:00 EE/);
  });
});
