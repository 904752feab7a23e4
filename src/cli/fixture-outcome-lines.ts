import type { FixtureOutcome, Translator } from '../index.js';
import { plainMessage } from './describe-error.js';
import { english, errorIssueLines } from './issue-lines.js';
import { safeText } from './safe-text.js';

/** Longest value shown in a mismatch line; the JSON report always carries the whole value. */
const MAX_SHOWN = 200;

/**
 * Why a fixture failed, one line each: the error the evaluation threw, with its issues (paths into
 * the case, bounded as on a terminal) indented below it, or each mismatch with its path, what was
 * expected and what came. Control characters from the fixture are replaced by `?`. Every reporter
 * (text, JUnit, TAP) words a failure with these lines.
 *
 * @param r - the fixture's outcome
 * @param tr - the translator of the text reporter (`--lang`); without it, English
 * @returns the lines, none for a fixture that passed
 * @example
 * fixtureOutcomeLines(outcome) //=> ['at $.riskAssessment.outcome: expected "excluded", got "established"']
 * @since 0.1.0
 */
export function fixtureOutcomeLines(r: FixtureOutcome, tr: Translator = english()): string[] {
  const { t } = tr;
  const lines: string[] = [];
  if (r.error) {
    // In another language than English the error is worded by its code: its message is English.
    lines.push(tr.lang === 'en' ? `error ${r.error.code}: ${plainMessage(r.error.message)}` : `${r.error.code}: ${t(`error.${r.error.code}`)}`);
    lines.push(...errorIssueLines(r.error, tr).map((l) => `  ${l}`));
  }
  const nothing = t('ui.cli.fixtures.nothing');
  for (const m of r.mismatches ?? []) {
    const words = { path: m.path, expected: show(m.expected, nothing), actual: show(m.actual, nothing) };
    // An expectRules entry that is no rule at all: the runner says so in English, in `actual`.
    const id = /^expectRules\[\d+\]$/.test(m.path) && typeof m.actual === 'string' ? (m.expected as { ruleId?: unknown }).ruleId : undefined;
    lines.push(typeof id === 'string' ? t('ui.cli.fixtures.no-such-rule', { ...words, id: show(id, nothing) }) : t('ui.cli.fixtures.mismatch', words));
  }
  return lines.map(safeText);
}

function show(value: unknown, nothing: string): string {
  if (value === undefined) return nothing;
  const text = JSON.stringify(value);
  return text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN - 1)}…` : text;
}
