import { DvRulesError } from '../errors.js';
import type { Case } from './case.js';
import { instantMs } from '../deadlines/instant-ms.js';

type Instant = keyof NonNullable<Case['events']> | 'incidentAt';

/** Pairs [earlier, later]: when both are known, the first must not come after the second. */
const ORDER: ReadonlyArray<readonly [Instant, Instant]> = [
  ['incidentAt', 'provisionalOrderIssuedAt'],
  ['incidentAt', 'riskAssessedAt'],
  ['provisionalOrderIssuedAt', 'provisionalOrderCommunicatedAt'],
  ['provisionalOrderIssuedAt', 'sentToProsecutorAt'],
  ['provisionalOrderIssuedAt', 'prosecutorDecidedAt'],
  ['sentToProsecutorAt', 'prosecutorDecidedAt'],
  ['provisionalOrderIssuedAt', 'prosecutorFiledAt'],
  ['prosecutorDecidedAt', 'prosecutorFiledAt'],
  ['prosecutorFiledAt', 'firstInstanceJudgmentAt'],
  ['protectionOrderFiledAt', 'firstInstanceJudgmentAt'],
  ['protectionOrderFiledAt', 'protectionOrderIssuedAt'],
  // The court order is issued by the judgment (or later, on appeal), never before it.
  ['firstInstanceJudgmentAt', 'protectionOrderIssuedAt'],
  ['caseRegisteredAt', 'initialAssessmentAt'],
  ['caseRegisteredAt', 'interventionPlanAt'],
  ['incidentAt', 'policeAlertedMobileTeamAt'],
  ['policeAlertedMobileTeamAt', 'mobileTeamArrivedAt'],
  ['incidentAt', 'breachAt'],
];

/**
 * Refuses a case clock whose events are in an impossible order (a decision before the issue,
 * an arrival before the alert), and a breach dated before the order it breached was issued.
 *
 * @param c - a case that passed the schema
 * @throws DvRulesError `EVENTS_OUT_OF_ORDER` with the path of each later event that comes too early
 * @example
 * checkEventOrder({ …, events: { provisionalOrderIssuedAt: '2025-03-02T10:00:00Z', prosecutorDecidedAt: '2025-03-01T10:00:00Z' } })
 * // throws EVENTS_OUT_OF_ORDER at events.prosecutorDecidedAt
 * @since 0.1.0
 */
export function checkEventOrder(c: Case): void {
  const ev = c.events ?? {};
  const at = (k: Instant): string | undefined => (k === 'incidentAt' ? c.incidentAt : (ev[k] as string | undefined));
  const pairs: Array<readonly [Instant, Instant]> = [...ORDER];
  if (c.breachedOrder === 'provisional') pairs.push(['provisionalOrderIssuedAt', 'breachAt']);
  if (c.breachedOrder === 'court') pairs.push(['protectionOrderIssuedAt', 'breachAt']);
  const issues = [];
  // Each instant read once, though most take part in several pairs.
  const times = new Map<Instant, number>();
  const time = (k: Instant, text: string): number => {
    let t = times.get(k);
    if (t === undefined) {
      t = instantMs(text);
      times.set(k, t);
    }
    return t;
  };
  for (const [earlier, later] of pairs) {
    const a = at(earlier);
    const b = at(later);
    if (a !== undefined && b !== undefined && time(earlier, a) > time(later, b)) {
      const path = (k: Instant): string => (k === 'incidentAt' ? k : `events.${k}`);
      issues.push({ path: path(later), message: `Comes before ${path(earlier)}, which must happen first` });
    }
  }
  if (issues.length > 0) throw new DvRulesError('EVENTS_OUT_OF_ORDER', 'evaluate: the case events are in an impossible order', issues);
}
