import type { FixtureOutcome } from '../index.js';
import { plainMessage } from './describe-error.js';
import { safeText } from './safe-text.js';

/** Longest value shown in a mismatch line; the JSON report always carries the whole value. */
const MAX_SHOWN = 200;

/**
 * Why a fixture failed, one line each: the error the evaluation threw, or each mismatch with its
 * path, what was expected and what came. Control characters from the fixture are replaced by `?`.
 * Every reporter (text, JUnit, TAP) words a failure with these lines.
 *
 * @param r - the fixture's outcome
 * @returns the lines, none for a fixture that passed
 * @example
 * fixtureOutcomeLines(outcome) //=> ['at $.riskAssessment.outcome: expected "excluded", got "established"']
 * @since 0.1.0
 */
export function fixtureOutcomeLines(r: FixtureOutcome): string[] {
  const lines: string[] = [];
  if (r.error) lines.push(`error ${r.error.code}: ${plainMessage(r.error.message)}`);
  for (const m of r.mismatches ?? []) lines.push(`at ${m.path}: expected ${show(m.expected)}, got ${show(m.actual)}`);
  return lines.map(safeText);
}

function show(value: unknown): string {
  if (value === undefined) return 'nothing';
  const text = JSON.stringify(value);
  return text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN - 1)}…` : text;
}
