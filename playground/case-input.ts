import { bucharestInstant, type Answer, type CaseInput, type Relationship } from '../src/index.js';

/** What the trainer has set: the page's whole state (kept in memory only). */
export interface CaseState {
  date: string;
  /** `HH:MM`, the incident's Bucharest wall-clock time on `date` (00:00 unless the trainer sets it). */
  time: string;
  relationship: Relationship;
  answers: Record<string, Answer>;
  /** `YYYY-MM-DDTHH:MM`, Bucharest wall-clock time, or '' */
  issuedAt: string;
  opposes: boolean;
  requests: boolean;
  /** The officer's recorded finding: '' none, or imminent risk yes/no, with its reason. */
  officer: '' | 'yes' | 'no';
  officerReason: string;
}

/**
 * A Bucharest wall-clock time (`2024-03-02T12:00`) as an instant with its offset: the offset of
 * that moment in Bucharest (+02:00 in winter, +03:00 in summer), found with the library's own
 * Bucharest clock rather than the browser's time zone, which is the viewer's.
 */
export function bucharestWallClock(local: string): string {
  for (const offset of ['+02:00', '+03:00']) {
    const instant = `${local}:00${offset}`;
    if (bucharestInstant(Date.parse(instant)).slice(0, 16) === local) return instant;
  }
  // A time the spring change skips (03:30 on its night) is read as winter time.
  return `${local}:00+02:00`;
}

/**
 * The case the page judges and exports: the incident at the chosen time of the chosen day (shown
 * on the page, 00:00 unless set, so an issue time on that day is never silently before it), the answers to
 * the items of the form in force (every item, `unknown` included; `null`: no form is in force, so
 * no answers), and what the victim said.
 */
export function buildCase(s: CaseState, itemIds: readonly string[] | null): CaseInput {
  const c: CaseInput = { schemaVersion: 1, incidentAt: bucharestWallClock(`${s.date}T${s.time}`), relationship: s.relationship };
  // No form in force on the day (before 2018-12-28): the case has no answers to give.
  if (itemIds !== null) {
    const answers: Record<string, Answer> = {};
    for (const id of itemIds) answers[id] = s.answers[id] ?? 'unknown';
    c.riskForm = { answers };
    // The finding only once a reason is typed (the page hints to type it); a reason of spaces only
    // is refused by the library, which says why.
    if (s.officer !== '' && s.officerReason !== '') c.riskForm.officerFinding = { imminentRisk: s.officer === 'yes', reason: s.officerReason };
  }
  if (s.opposes) c.victimOpposesProvisionalOrder = true;
  if (s.requests) c.victimRequestsProvisionalOrder = true;
  if (s.issuedAt !== '') c.events = { provisionalOrderIssuedAt: bucharestWallClock(s.issuedAt) };
  return c;
}
