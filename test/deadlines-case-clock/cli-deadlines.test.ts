import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { evaluate } from '../../src/index.js';

// The CLI as users get it: `npm test` builds dist/ first (or run `npx tsup`).
const CLI = process.env['DV_RULES_CLI'] ?? 'dist/cli.js';

function run(args: readonly string[], stdin = '') {
  const r = spawnSync(process.execPath, [CLI, ...args], { input: stdin, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const SECRET = 'ZEBRA-PURPLE-7731';
const ASOF = '2025-03-30T12:00:00+03:00';
const aCase = {
  schemaVersion: 1,
  incidentAt: '2025-03-28T09:00:00+02:00',
  relationship: 'spouse',
  riskForm: { answers: { q1: 'yes', q2: 'yes' }, officerFinding: { imminentRisk: true, reason: `${SECRET}: the victim's neighbour saw the weapon` } },
  events: {
    provisionalOrderIssuedAt: '2025-03-28T10:00:00+02:00',
    sentToProsecutorAt: '2025-03-28T18:00:00+02:00',
    prosecutorFiledAt: '2025-03-29T10:00:00+02:00',
    firstInstanceJudgmentAt: '2025-04-10T12:00:00+03:00',
    caseRegisteredAt: '2025-03-28T12:00:00+02:00',
    caseManagerTravelMinutes: 75,
  },
};

let dir: string;
let caseFile: string;

beforeAll(() => {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run npx tsup (npm test builds it) before these tests`);
  dir = mkdtempSync(join(tmpdir(), 'dv-rules-deadlines-'));
  caseFile = join(dir, 'case.json');
  writeFileSync(caseFile, JSON.stringify(aCase));
});

describe('dv-rules deadlines', () => {
  it('prints each running deadline with its id, Bucharest due time, status and source, and 24:00 ends as "end of <day>"', () => {
    const r = run(['deadlines', caseFile, '--as-of', ASOF]);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    for (const id of ['opp-to-prosecutor', 'opp-prosecutor-decision', 'opp-end', 'initial-assessment', 'intervention-plan']) expect(r.stdout).toContain(id);
    expect(r.stdout).toContain('as of 2025-03-30 12:00 EEST');
    expect(r.stdout).toMatch(/opp-end\s+2025-04-02 11:00 EEST\s+pending/);
    expect(r.stdout).toMatch(/intervention-plan\s+end of 2025-04-27 \(24:00 EEST\)\s+pending/);
    expect(r.stdout).toContain('30 calendar days, ending 24:00');
    expect(r.stdout).toContain('120 h elapsed');
    expect(r.stdout).toMatch(/opp-prosecutor-decision\s+2025-03-30 11:00 EEST\s+missed/);
    expect(r.stdout).toContain('from 2025-04-02 11:00 EEST to 2025-04-10 12:00 EEST');
    expect(r.stdout).toContain('Initial assessment by: local case responsible');
    expect(r.stdout).toContain('· reported ·');
    expect(r.stdout).not.toContain('\u001b[');
    expect(r.stdout).not.toContain(SECRET);
  });

  it('with --lang ro prints the case clock in Romanian, with no English words and no raw event names', () => {
    const r = run(['deadlines', caseFile, '--as-of', ASOF, '--lang', 'ro']);
    expect(r.status).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe('Termenele cazului, ora României, la 2025-03-30 12:00 EEST');
    expect(r.stdout).toMatch(/intervention-plan\s+sfârșitul zilei 2025-04-27 \(24:00 EEST\)\s+în curs/);
    expect(r.stdout).toContain('120 de ore scurse');
    expect(r.stdout).toContain('Evaluarea inițială o face: responsabilul de caz local');
    expect(r.stdout).not.toMatch(/provisionalOrderIssuedAt|sentToProsecutorAt|\b(?:Case clock|pending|missed|end of|Not running|Protection gaps|Orders|elapsed|left)\b/);
    expect(r.stdout).not.toContain(SECRET);
  });

  it('without --as-of judges the statuses at the current time and says so', () => {
    const before = Date.now();
    const text = run(['deadlines', caseFile]);
    expect(text.status).toBe(0);
    expect(text.stdout).toContain('(the current time: no --as-of given)');
    const json = JSON.parse(run(['deadlines', caseFile, '--json']).stdout) as { asOf: string };
    expect(Math.abs(Date.parse(json.asOf) - before)).toBeLessThan(60_000);
  });

  it('with --json prints { asOf, deadlines, … } whose deadlines are exactly those of evaluate', async () => {
    const r = run(['deadlines', caseFile, '--json', '--as-of', ASOF, '--working-day-shift', 'next-working-day']);
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(Object.keys(out)).toEqual(['asOf', 'deadlines', 'protectionGaps', 'provisionalOrderEndsAt', 'protectionOrderEndsAt', 'caseManagement', 'steps', 'receipt']);
    // The receipt makes a stored report verifiable like a result, with its asOf.
    expect(out['receipt']).toMatchObject({ options: { asOf: ASOF, workingDayShift: 'next-working-day' } });
    const result = await evaluate(aCase, { asOf: ASOF, workingDayShift: 'next-working-day' });
    expect(out['asOf']).toBe(ASOF);
    expect(out['deadlines']).toEqual(JSON.parse(JSON.stringify(result.deadlines)));
    expect(out['protectionGaps']).toEqual(result.protectionGaps);
    expect(out['provisionalOrderEndsAt']).toBe(result.provisionalOrder.endsAt);
    expect(out['protectionOrderEndsAt']).toBe(result.protectionOrder.endsAt);
    expect(out['caseManagement']).toEqual(result.caseManagement);
  });

  it('reads the case from standard input with "-"', () => {
    const r = run(['deadlines', '-', '--json', '--as-of', ASOF], JSON.stringify(aCase));
    expect(r.status).toBe(0);
    expect((JSON.parse(r.stdout) as { deadlines: unknown[] }).deadlines).toHaveLength(9);
  });

  it('with --ics writes a valid iCalendar file, one VEVENT per pending deadline, with no case data, the same every time', async () => {
    const file = join(dir, 'case.ics');
    const r = run(['deadlines', caseFile, '--as-of', ASOF, '--ics', file]);
    expect(r.status).toBe(0);
    const ics = readFileSync(file, 'utf8');
    const pending = (await evaluate(aCase, { asOf: ASOF })).deadlines.filter((d) => d.status === 'pending' && d.dueAt !== null);
    // opp-prosecutor-decision is missed; op-decision runs from the prosecutor's filing.
    expect(pending.map((d) => d.id).sort()).toEqual(['initial-assessment', 'intervention-plan', 'op-decision', 'opp-end']);
    expect(r.stdout).toContain(`Calendar: ${pending.length} pending deadlines written to ${file}`);

    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:')).toBe(true);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    const lines = ics.split('\r\n');
    expect(lines.every((l) => Buffer.byteLength(l) <= 75)).toBe(true);
    const events = ics.split('BEGIN:VEVENT').slice(1);
    expect(events).toHaveLength(pending.length);
    expect((ics.match(/END:VEVENT/g) ?? []).length).toBe(pending.length);
    for (const e of events) for (const prop of ['UID:', 'DTSTAMP:', 'DTSTART:', 'DTEND:', 'SUMMARY:']) expect(e).toContain(`\r\n${prop}`);
    // Each event ends at its due instant, in UTC: the provisional order's end is 08:00Z on 2025-04-02.
    expect(ics).toContain('DTEND:20250402T080000Z');
    expect(ics).toContain('SUMMARY:Provisional order ends');
    const uids = ics.match(/^UID:.*$/gm) ?? [];
    expect(new Set(uids).size).toBe(pending.length);

    const unfolded = ics.replace(/\r\n /g, '');
    expect(unfolded).not.toContain(SECRET);
    expect(unfolded).not.toContain('neighbour');
    // No event time of the case other than due times: not the issue, the filing or the registration.
    for (const t of ['20250328T080000Z', '20250329T080000Z', '20250328T100000Z']) expect(unfolded).not.toContain(t);

    run(['deadlines', caseFile, '--as-of', ASOF, '--ics', file]);
    expect(readFileSync(file, 'utf8')).toBe(ics);
  });

  it('refuses an --ics file it cannot write with exit 2 and OUTPUT_WRITE_FAILED naming the file', () => {
    const file = join(dir, 'no-such-folder', 'case.ics');
    const r = run(['deadlines', caseFile, '--as-of', ASOF, '--ics', file]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(JSON.parse(r.stderr)).toMatchObject({ error: { code: 'OUTPUT_WRITE_FAILED', file } });
  });

  it('exits 2 with one JSON error object on standard error for an invalid case, and for events in an impossible order', () => {
    const bad = run(['deadlines', '-'], JSON.stringify({ ...aCase, events: { ...aCase.events, protectionOrderMonths: 40 } }));
    expect(bad.status).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
    expect(JSON.parse(bad.stderr)).toMatchObject({ error: { code: 'INVALID_CASE', issues: [{ path: 'events.protectionOrderMonths' }] } });
    expect(bad.stderr).not.toContain(SECRET);

    const order = run(['deadlines', '-'], JSON.stringify({ ...aCase, events: { ...aCase.events, prosecutorDecidedAt: '2025-03-27T10:00:00+02:00' } }));
    expect(order.status).toBe(2);
    const error = (JSON.parse(order.stderr) as { error: { code: string; issues: Array<{ path: string }> } }).error;
    expect(error.code).toBe('EVENTS_OUT_OF_ORDER');
    expect(error.issues.map((i) => i.path)).toContain('events.prosecutorDecidedAt');
  });

  it('exits 2 for an unknown flag or a bad --as-of', () => {
    expect(JSON.parse(run(['deadlines', caseFile, '--ical', 'x.ics']).stderr)).toMatchObject({ error: { code: 'INVALID_ARGUMENTS' } });
    const asOf = run(['deadlines', caseFile, '--as-of', 'yesterday']);
    expect(asOf.status).toBe(2);
    expect(JSON.parse(asOf.stderr)).toMatchObject({ error: { code: 'INVALID_OPTIONS', issues: [{ path: 'asOf' }] } });
  });
});

describe('dv-rules deadlines across the autumn clock change', () => {
  it('says when the provisional order ends by the wall-clock reading of its 120 hours, and not otherwise', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dv-rules-dst-'));
    const file = join(dir, 'case.json');
    const issued = (at: string) => ({ schemaVersion: 1, incidentAt: at.replace('T10:', 'T09:'), relationship: 'spouse', riskForm: { answers: { q1: 'yes', q2: 'yes' } }, events: { provisionalOrderIssuedAt: at } });

    writeFileSync(file, JSON.stringify(issued('2025-10-24T10:00:00+03:00')));
    const autumn = run(['deadlines', file, '--as-of', '2025-10-25T12:00:00+03:00']);
    writeFileSync(file, JSON.stringify(issued('2025-10-10T10:00:00+03:00')));
    const plain = run(['deadlines', file, '--as-of', '2025-10-11T12:00:00+03:00']);

    expect(autumn.status).toBe(0);
    expect(autumn.stdout).toContain('2025-10-29 10:00 EET');
    expect(autumn.stdout).toContain('across the clock change, read as 5 days to the hour of issue');
    expect(plain.status).toBe(0);
    expect(plain.stdout).not.toContain('across the clock change');
  });
});

describe('docs/deadlines.md', () => {
  it('shows what dv-rules deadlines prints today for its example case', () => {
    const doc = readFileSync('docs/deadlines.md', 'utf8');
    const caseText = /With this `case\.json`:\n\n```json\n([\s\S]*?)```/.exec(doc)?.[1];
    const shown = /`dv-rules deadlines case\.json --as-of 2025-03-30T12:00:00\+03:00 --ics case\.ics` prints:\n\n```\n([\s\S]*?)```/.exec(doc)?.[1];
    expect(caseText).toBeDefined();
    expect(shown).toBeDefined();
    const dir = mkdtempSync(join(tmpdir(), 'dv-rules-doc-'));
    writeFileSync(join(dir, 'case.json'), caseText as string);
    const r = spawnSync(process.execPath, [join(process.cwd(), CLI), 'deadlines', 'case.json', '--as-of', '2025-03-30T12:00:00+03:00', '--ics', 'case.ics'], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });

    expect(r.status).toBe(0);
    expect(r.stdout).toBe(shown);
  });
});
