import type { Answer, Case, Relationship } from '../../index.js';
import { bucharestNoon } from './bucharest-clock.js';

/** The chosen setting of a free session: the day whose law applies and who the aggressor is. */
export interface FreeSetting {
  date: string;
  relationship: Relationship;
}

/**
 * The case a free session evaluates: an incident at noon (Bucharest) of the chosen day, the
 * answers given so far (the rest unknown) and, once the order is known to be issued, a provisional
 * order issued at that same noon, so that `evaluate` computes its deadlines.
 *
 * @param setting - the day and the relationship
 * @param answers - answers by item id
 * @param orderIssued - add `events.provisionalOrderIssuedAt`
 * @returns the case, ready for `evaluate`
 * @example
 * freeCase({ date: '2025-06-01', relationship: 'spouse' }, { q1: 'yes' }, false).incidentAt //=> '2025-06-01T12:00:00+03:00'
 * @since 0.1.0
 */
export function freeCase(setting: FreeSetting, answers: Readonly<Record<string, Answer>>, orderIssued: boolean): Case {
  const noon = bucharestNoon(setting.date);
  return {
    schemaVersion: 1,
    incidentAt: noon,
    relationship: setting.relationship,
    riskForm: { answers: { ...answers } },
    ...(orderIssued ? { events: { provisionalOrderIssuedAt: noon } } : {}),
  };
}
