import type { Case } from '../schema/case.js';
import type { DeadlineResult, ProtectionGap } from '../schema/result.js';
import { bucharestInstant } from './bucharest.js';
import { instantMs } from './instant-ms.js';

type Interval = [number, number];

/**
 * The times in which proceedings for a court order were open (from the provisional order or the
 * filing, until the first-instance judgment, or `asOf`, or open-ended) but neither a provisional
 * nor a court order was in force: for example a provisional order that lapsed after 120 hours
 * before the court decided, under the law before Law 232/2025.
 *
 * @param c - the validated case
 * @param deadlines - the case clock (its `opp-end` and `op-end` entries give the orders' ends)
 * @param asOf - the instant the case is looked at, or undefined
 * @returns the gaps, oldest first; `to: null` means the gap is still open
 * @example
 * findProtectionGaps(caseFiledButLapsed, deadlines, undefined)
 * //=> [{ from: '2025-03-06T10:00:00+02:00', to: '2025-03-20T09:00:00+02:00', ongoing: false, reason: 'NO_ORDER_IN_FORCE_WHILE_PROCEEDINGS_OPEN' }]
 * @since 0.1.0
 */
export function findProtectionGaps(c: Case, deadlines: readonly DeadlineResult[], asOf: string | undefined): ProtectionGap[] {
  const ev = c.events ?? {};
  if (ev.prosecutorFiledAt === undefined && ev.protectionOrderFiledAt === undefined) return [];
  const ms = (s: string | undefined | null): number | undefined => (s === undefined || s === null ? undefined : instantMs(s));
  const starts = [ev.provisionalOrderIssuedAt, ev.prosecutorFiledAt, ev.protectionOrderFiledAt].map(ms).filter((x): x is number => x !== undefined);
  const open = Math.min(...starts);
  // The proceedings end with the first-instance judgment; a court order in the case was issued by
  // a judgment, so its issue closes them too, even when the judgment's time was not recorded.
  const decided = [ms(ev.firstInstanceJudgmentAt), ms(ev.protectionOrderIssuedAt)].filter((x): x is number => x !== undefined);
  const judgment = decided.length > 0 ? Math.min(...decided) : undefined;
  const close = judgment ?? ms(asOf) ?? Number.POSITIVE_INFINITY;
  if (!(close > open)) return [];

  const orders: Interval[] = [];
  const end = (id: string): number => {
    const d = deadlines.find((x) => x.id === id);
    // An order whose end is unknown (open until judgment, or no duration) covers everything after its start.
    return ms(d?.dueAt) ?? Number.POSITIVE_INFINITY;
  };
  const opp = ms(ev.provisionalOrderIssuedAt);
  if (opp !== undefined) orders.push([opp, end('opp-end')]);
  const op = ms(ev.protectionOrderIssuedAt);
  if (op !== undefined) orders.push([op, end('op-end')]);
  orders.sort((a, b) => a[0] - b[0]);

  const gaps: ProtectionGap[] = [];
  let cursor = open;
  for (const [s, e] of orders) {
    if (s > cursor && cursor < close) pushGap(gaps, cursor, Math.min(s, close), close, judgment);
    cursor = Math.max(cursor, e);
  }
  if (cursor < close) pushGap(gaps, cursor, close, close, judgment);
  return gaps;
}

function pushGap(gaps: ProtectionGap[], from: number, to: number, close: number, judgment: number | undefined): void {
  const stillOpen = to === close && judgment === undefined;
  gaps.push({
    from: bucharestInstant(from),
    to: Number.isFinite(to) ? bucharestInstant(to) : null,
    ongoing: stillOpen,
    reason: 'NO_ORDER_IN_FORCE_WHILE_PROCEEDINGS_OPEN',
  });
}
