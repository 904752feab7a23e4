import { parameterLabel } from '../explain/parameter-label.js';
import type { Translator } from '../explain/create-translator.js';
import { assumedMark } from '../versions/assumed-rule-set.js';
import type { LoadedRuleSet } from '../versions/parse-rule-set.js';

/** The part of the evaluation context a warning needs. */
interface Warner {
  readonly translator: Translator;
  warn(code: string, params: Readonly<Record<string, string | number>>, about?: { ruleSet?: string; parameter?: string }, variant?: string): void;
}

/**
 * Says where a caller's assumption decided: `ASSUMPTION_APPLIED` for each assumed value of the
 * rule set found, and for a moved in-force day when `date` lies between the shipped day and the
 * caller's (where the two give different rule sets) or inside the shipped window of uncertainty.
 * It stands in for `EFFECTIVE_DATE_UNCERTAIN`, which the caller's day settles.
 *
 * @param ctx - the evaluation context
 * @param versions - the rule sets of the series resolved, oldest first
 * @param date - the day it was resolved on
 * @param found - the rule set in force that day, if any
 * @example
 * warnAssumptions(ctx, registry.series.get('ro-order-breach')!, '2026-01-05', breach2020) // warns: Law 232/2025 taken in force from 2026-01-10
 * @since 0.1.0
 */
export function warnAssumptions(ctx: Warner, versions: readonly LoadedRuleSet[], date: string, found: LoadedRuleSet | undefined): void {
  for (const l of versions) {
    const mark = assumedMark(l);
    if (!mark) continue;
    const id = l.ruleSet.id;
    const moved = mark.effectiveFrom;
    if (moved) {
      // Where the shipped day and the caller's give different rule sets, and where the shipped
      // result would have warned that the day is uncertain (a breach there is judged under the
      // lenient law): both are the caller's day deciding.
      const [from, to] = [moved.replaced, l.ruleSet.effectiveFrom].sort();
      const inWindow = moved.window.earliest <= date && date <= moved.window.latest;
      if (inWindow || (from! <= date && date < to!)) ctx.warn('ASSUMPTION_APPLIED', { ruleSet: id, value: l.ruleSet.effectiveFrom, replaced: moved.replaced, date, source: moved.source }, { ruleSet: id }, 'effective-from');
    }
    if (l !== found) continue;
    for (const [name, a] of mark.parameters) {
      const value = l.ruleSet.parameters[name]?.value;
      ctx.warn(
        'ASSUMPTION_APPLIED',
        { ruleSet: id, parameter: parameterLabel(ctx.translator.t, id, name), value: show(value), replaced: show(a.replaced.value), status: a.replaced.status, source: a.source },
        { ruleSet: id, parameter: name },
        'parameter',
      );
    }
  }
}

function show(value: string | number | boolean | readonly string[] | undefined): string {
  return Array.isArray(value) ? value.join(', ') : String(value);
}
