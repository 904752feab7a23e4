import { describeNextSteps, type Result } from '../../index.js';
import { bucharestWallClock } from './bucharest-clock.js';
import type { TrainSession } from './train-session.js';

/**
 * The checklist a trainee ends on: what the officer does now, numbered, with each step's
 * deadline, then the referrals (the victim's services, the perpetrator's programme and what never
 * to refer him to, the child-protection route), in the result's words.
 *
 * @param result - an `evaluate` result
 * @param s - the session (language and style)
 * @returns the lines, headings in bold
 * @example
 * checklistLines(result, s)[0] //=> 'What the officer does now'
 * @since 0.1.0
 */
export function checklistLines(result: Result, s: TrainSession): string[] {
  return describeNextSteps(result, s.tr, bucharestWallClock).flatMap((block) => [s.style.bold(block.heading), ...block.lines.map((l) => `  ${l}`)]);
}
