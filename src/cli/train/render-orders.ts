import type { Result } from '../../index.js';
import { bucharestWallClock } from './bucharest-clock.js';
import type { TrainSession } from './train-session.js';

/** The deadlines a trainee should know when a provisional order is issued, in the order they fall. */
const KEY_DEADLINES = ['opp-to-prosecutor', 'opp-prosecutor-decision', 'opp-end'];

/**
 * What the determination means in law on the case's dates: the regime, the provisional order
 * (whether police issue it, why, its measures and duration), the court order (longest and default
 * duration) and, when the case has one, the breach offence.
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
  const po = result.provisionalOrder;
  lines.push(s.style.bold(t('ui.provisional-order')));
  if (!po.available) lines.push(`  ${t('ui.not-available')}: ${t(`reason.${po.reason}`)}`);
  else {
    lines.push(`  ${po.eligible ? t('ui.eligible') : t('ui.not-eligible')}: ${t(`reason.${po.reason}`)}`);
    if (po.duration) lines.push(`  ${'hours' in po.duration ? t('ui.duration-hours', { hours: po.duration.hours }) : t('ui.duration-until-judgment')}`);
    if (po.measures) lines.push(`  ${t('ui.measures')}: ${po.measures.join(', ')}`);
  }
  const op = result.protectionOrder;
  lines.push(s.style.bold(t('ui.protection-order')));
  if (!op.available) lines.push(`  ${t('ui.not-available')}: ${t(`reason.${op.reason}`)}`);
  else {
    const unknown = t('ui.unknown-value');
    lines.push(`  ${t('ui.max-months', { max: op.maxMonths ?? unknown, default: op.defaultMonths ?? unknown })}`);
  }
  const b = result.breach;
  if (b) {
    lines.push(s.style.bold(t('ui.breach')));
    lines.push(`  ${t(`reason.${b.reason}`)}${b.penaltyMonths ? ` ${t('ui.penalty', { min: b.penaltyMonths.min, max: b.penaltyMonths.max })}` : ''}`);
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
    return [`  ${s.t(`ui.train.deadline.${id}`, { at: bucharestWallClock(d.dueAt) }, s.t('ui.train.deadline.other', { id, at: d.dueAt }))}`];
  });
}

/**
 * The result's warnings (values relied on that are unverified, proposed law, an officer's finding
 * whose power is unverified), dimmed: a trainee must see them, they are not the lesson.
 *
 * @param result - an `evaluate` result
 * @param s - the session
 * @returns a heading and one line per warning, or nothing
 * @example
 * warningLines(result, s) //=> ['Warnings', '  ! [PARAMETER_UNVERIFIED] The value forms of …']
 * @since 0.1.0
 */
export function warningLines(result: Result, s: TrainSession): string[] {
  if (result.warnings.length === 0) return [];
  return [s.style.bold(s.t('ui.warnings')), ...result.warnings.map((w) => s.style.dim(`  ! [${w.code}] ${w.message}`))];
}
