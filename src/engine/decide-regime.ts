import type { Step } from './step.js';
import { DvRulesError } from '../errors.js';
import type { Case } from '../schema/case.js';
import type { RegimeResult } from '../schema/result.js';
import type { EvaluationContext, FiredEvent } from './evaluation-context.js';
import type { LoadedRuleSet } from '../versions/parse-rule-set.js';
import { deepFreeze } from '../versions/deep-freeze.js';

const REGIME_SERIES = 'ro-protection-regime';

/**
 * Picks the protection regime (Law 217/2003, Law 26/2024 or none) and the police form series for
 * the relationship on the incident day, by the regime rule set in force that day.
 *
 * @param ctx - the evaluation context
 * @param c - the validated case
 * @param date - the incident day in Europe/Bucharest
 * @param formSelection - which reading of form selection to apply
 * @returns the regime result and the risk-form series (null when no form applies)
 * @throws DvRulesError `NO_RULE_SET_IN_FORCE` before the first modelled day (2012-05-12)
 * @example
 * driveSync(decideRegime(ctx, { relationship: 'neighbour', … }, '2024-09-01', 'seed'), answerCompiled).regime.id //=> 'law-26-2024'
 * @since 0.1.0
 */
export function* decideRegime(
  ctx: EvaluationContext,
  c: Case,
  date: string,
  formSelection: 'seed' | 'law-scope',
): Step<{ regime: RegimeResult; formSeries: string | null }> {
  const loaded = ctx.resolve(REGIME_SERIES, date);
  if (!loaded) {
    throw new DvRulesError('NO_RULE_SET_IN_FORCE', `evaluate: no protection regime is modelled on ${date}`, [
      { path: 'incidentAt', message: `No rule set of series ${REGIME_SERIES} is in force on ${date} (the first is 2012-05-12)` },
    ]);
  }
  const events = yield* ctx.run(loaded, { relationship: c.relationship, formSelection });
  // The same run gives the same events (one array, on the compiled path): its regime is made once, frozen, shared.
  const known = regimes.get(events);
  if (known !== undefined && known.loaded === loaded) return known.found;
  const found = deepFreeze(regimeOf(loaded, events));
  regimes.set(events, { loaded, found });
  return found;
}

const regimes = new WeakMap<readonly FiredEvent[], { loaded: LoadedRuleSet; found: { regime: RegimeResult; formSeries: string | null } }>();

function regimeOf(loaded: LoadedRuleSet, events: readonly FiredEvent[]): { regime: RegimeResult; formSeries: string | null } {
  const regimeEvent = events.find((e) => e.type === 'regime');
  const formEvent = events.find((e) => e.type === 'risk-form');
  const rule = loaded.ruleSet.rules.find((r) => r.id === regimeEvent?.ruleId);
  const id = (regimeEvent?.params['regime'] ?? 'none') as RegimeResult['id'];
  return {
    regime: {
      id,
      ruleSet: loaded.ruleSet.id,
      reason: regimeEvent ? `REGIME_${id.toUpperCase().replace(/-/g, '_')}` : 'NO_PROTECTION_ORDER_ROUTE',
      // No route: cite the definition the relationship falls outside of (the act's first citation).
      citation: rule ? { ...rule.citation } : (loaded.ruleSet.act.citations[0] ? { ...loaded.ruleSet.act.citations[0] } : null),
    },
    formSeries: typeof formEvent?.params['series'] === 'string' ? formEvent.params['series'] : null,
  };
}
