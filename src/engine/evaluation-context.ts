import type { ExplanationEntry, Warning } from '../schema/result.js';
import type { LoadedRuleSet } from '../versions/parse-rule-set.js';
import { resolveRuleSet } from '../versions/resolve-rule-set.js';
import type { RuleSetRegistry } from '../versions/rule-set-registry.js';
import { describeConditions } from '../explain/describe-conditions.js';
import { formatMessage } from '../explain/format-message.js';
import { compileRuleSet } from './compile-engine.js';

/** A rule's event as the engine raised it, with the rule that raised it. */
export interface FiredEvent {
  type: string;
  ruleId: string;
  params: Readonly<Record<string, string | boolean>>;
}

/**
 * What one evaluation accumulates while it decides: the rule sets it used (for `ruleSets` and
 * `provenance`), the explanation entries and the warnings. One per `evaluate` call.
 */
export class EvaluationContext {
  readonly used = new Map<string, LoadedRuleSet>();
  readonly explanation: ExplanationEntry[] = [];
  readonly warnings: Warning[] = [];
  private readonly warned = new Set<string>();

  constructor(
    private readonly registry: RuleSetRegistry,
    private readonly includeProposed: boolean,
  ) {}

  /**
   * The rule set of `series` in force on `date`, or undefined. Warns when the day falls in a
   * window where the in-force day of some version of the series is uncertain.
   */
  resolve(series: string, date: string): LoadedRuleSet | undefined {
    for (const l of this.registry.series.get(series) ?? []) {
      const u = l.ruleSet.effectiveFromUncertainty;
      if (u && u.earliest <= date && date <= u.latest) {
        this.warn({
          code: 'EFFECTIVE_DATE_UNCERTAIN',
          ruleSet: l.ruleSet.id,
          message: `${date} falls between ${u.earliest} and ${u.latest}, where the day ${l.ruleSet.id} took effect is ${u.status}: ${u.note}`,
        });
      }
    }
    const found = resolveRuleSet(this.registry, series, date, { includeProposed: this.includeProposed });
    if (found) this.used.set(found.ruleSet.id, found);
    return found;
  }

  /** Adds a warning once (the same code for the same rule set is not repeated). */
  warn(w: Warning): void {
    const key = `${w.code}|${w.ruleSet ?? ''}|${w.parameter ?? ''}`;
    if (this.warned.has(key)) return;
    this.warned.add(key);
    this.warnings.push(w);
  }

  /** Runs a rule set's rules on facts, records one explanation entry per rule, returns the events. */
  async run(loaded: LoadedRuleSet, facts: Readonly<Record<string, string | number | boolean>>): Promise<FiredEvent[]> {
    const out = await compileRuleSet(loaded).run(facts);
    const events: FiredEvent[] = [];
    for (const rule of loaded.ruleSet.rules) {
      const fired = out.fired.has(rule.id);
      if (fired) events.push({ type: rule.event.type, ruleId: rule.id, params: rule.event.params ?? {} });
      this.explanation.push({
        ruleSet: loaded.ruleSet.id,
        ruleId: rule.id,
        fired,
        citation: { ...rule.citation },
        code: fired ? 'rule.fired' : 'rule.not-fired',
        message: formatMessage(fired ? 'rule.fired' : 'rule.not-fired', {
          description: rule.description,
          conditions: describeConditions(out.trees.get(rule.id)),
        }),
      });
    }
    return events;
  }
}
