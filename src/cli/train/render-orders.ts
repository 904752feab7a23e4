import { describeOrders, distinctWarnings, type Result } from '../../index.js';
import { bucharestWallClock } from './bucharest-clock.js';
import type { TrainSession } from './train-session.js';

/** The deadlines a trainee should know when a provisional order is issued, in the order they fall. */
const KEY_DEADLINES = ['opp-to-prosecutor', 'opp-prosecutor-decision', 'opp-end'];

/**
 * What the determination means in law on the case's dates: the regime, the provisional order
 * (whether police issue it, why and, when they do, its duration and measures), the court order
 * (longest and default duration) and, when the case has one, the breach offence and its penalty.
 *
 * @param result - an `evaluate` result
 * @param s - the session (language and style)
 * @returns the lines
 * @example
 * orderLines(result, s)[1] //=> 'Provisional protection order (police)'
 * @since 0.1.0
 */
export function orderLines(result: Result, s: TrainSession): string[] {
  const { t } = s;
  const lines = [`${s.style.bold(t('ui.regime'))}: ${t(`reason.${result.regime.reason}`)}`];
  for (const block of describeOrders(result, s.tr, { full: false })) {
    lines.push(s.style.bold(block.heading));
    for (const line of block.lines) lines.push(`  ${line}`);
  }
  return lines;
}

/**
 * The key deadlines of an issued provisional order (to the prosecutor, the prosecutor's decision,
 * the end), from `result.deadlines`, in Bucharest wall-clock time.
 *
 * @param result - a result evaluated with `events.provisionalOrderIssuedAt`
 * @param s - the session
 * @returns one line per deadline that has a due time; none when the order was not issued
 * @example
 * deadlineLines(result, s) //=> ['  police send it to the prosecutor by 2025-06-02 12:00', …]
 * @since 0.1.0
 */
export function deadlineLines(result: Result, s: TrainSession): string[] {
  return KEY_DEADLINES.flatMap((id) => {
    const d = result.deadlines.find((x) => x.id === id);
    if (!d || d.dueAt === null) return [];
    const at = bucharestWallClock(d.dueAt);
    return [`  ${s.t(`ui.train.deadline.${id}`, { at }, s.t('ui.train.deadline.other', { id: s.t(`ui.deadline.${id}`, {}, id), at }))}`];
  });
}

/**
 * The result's warnings (values relied on that are unverified, proposed law, an officer's finding
 * whose power is unverified), dimmed and in plain words, without codes or rule-set ids: a trainee
 * must see them, they are not the lesson.
 *
 * @param result - an `evaluate` result
 * @param s - the session
 * @returns a heading and one line per warning, or nothing
 * @example
 * warningLines(result, s) //=> ['Warnings', '  ! A value used here (forms of violence the law names) is not verified in our sources; …']
 * @since 0.1.0
 */
export function warningLines(result: Result, s: TrainSession): string[] {
  if (result.warnings.length === 0) return [];
  return [s.style.bold(s.t('ui.warnings')), ...distinctWarnings(result.warnings, s.tr, 'plain').map(({ text }) => s.style.dim(`  ! ${text}`))];
}
