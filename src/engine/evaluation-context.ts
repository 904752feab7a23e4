import type { Citation } from '../schema/citation.js';
import type { Condition, Parameter } from '../schema/rule-set.js';
import type { ExplanationEntry, Warning } from '../schema/result.js';
import type { LoadedRuleSet } from '../versions/parse-rule-set.js';
import { resolveRuleSet } from '../versions/resolve-rule-set.js';
import type { RuleSetRegistry } from '../versions/rule-set-registry.js';
import { describeConditions } from '../explain/describe-conditions.js';
import { citationText } from '../explain/citation-text.js';
import type { Translator } from '../explain/create-translator.js';
import { formExplanation } from './assess-risk-form.js';
import { runRules, type EngineRun, type Step } from './step.js';
import { deepFreeze } from '../versions/deep-freeze.js';
import { warnAssumptions } from './warn-assumptions.js';

/** A rule's event as the engine raised it, with the rule that raised it. */
export interface FiredEvent {
  type: string;
  ruleId: string;
  params: Readonly<Record<string, string | boolean>>;
}

/**
 * Explanation entries depend only on the run (the same facts give the same run object, memoised
 * per rule set), the language and the register: they are built once and shared, frozen, by the results.
 */
const entriesByRun = new WeakMap<EngineRun, Map<string, { entries: readonly ExplanationEntry[]; translator: Translator }[]>>();

const warningTexts = new WeakMap<Translator, Map<string, string>>();

/**
 * What a result read of one rule set while deciding (docs/case-and-result.md, "What provenance
 * lists"): the parameters whose value or status the decision code took, whether its rules ran,
 * and the deadlines whose counting method was applied.
 */
export interface RuleSetReads {
  readonly loaded: LoadedRuleSet;
  readonly parameters: Set<string>;
  rulesRan: boolean;
  readonly counted: Set<string>;
  /**
   * What was read, as text in the order first read (`name,` for a parameter, `!` when the rules
   * ran, `#id,` for a deadline counted): equal trails mean equal reads, so `collectProvenance`
   * keys its memo by it without sorting the sets for every result. (Names are letters and digits,
   * deadline ids slugs: the marks cannot occur in them.)
   */
  trail: string;
}

const conditionParameters = new WeakMap<LoadedRuleSet, readonly string[]>();

/** The parameters a rule set's conditions refer to (`{ value: { param } }`), read once per rule set. */
function parametersOfConditions(loaded: LoadedRuleSet): readonly string[] {
  let names = conditionParameters.get(loaded);
  if (!names) {
    const found = new Set<string>();
    const walk = (c: Condition): void => {
      if ('all' in c) c.all.forEach(walk);
      else if ('any' in c) c.any.forEach(walk);
      else if ('not' in c) walk(c.not);
      else if (typeof c.value === 'object' && !Array.isArray(c.value)) found.add(c.value.param);
    };
    for (const rule of loaded.ruleSet.rules) walk(rule.conditions);
    names = [...found];
    conditionParameters.set(loaded, names);
  }
  return names;
}

const eventsByRun = new WeakMap<EngineRun, { loaded: LoadedRuleSet; events: readonly FiredEvent[] }>();

/** The events of a run in the rule set's order: the same run gives the same events, listed once and shared, frozen. */
function firedEvents(loaded: LoadedRuleSet, out: EngineRun): readonly FiredEvent[] {
  const known = eventsByRun.get(out);
  if (known !== undefined && known.loaded === loaded) return known.events;
  const events: FiredEvent[] = [];
  for (const rule of loaded.ruleSet.rules) {
    if (out.fired.has(rule.id)) events.push(Object.freeze({ type: rule.event.type, ruleId: rule.id, params: rule.event.params ?? EMPTY }));
  }
  Object.freeze(events);
  eventsByRun.set(out, { loaded, events });
  return events;
}
const EMPTY: Readonly<Record<string, string | boolean>> = Object.freeze({});

/** A parameter read, recorded once. */
function readParameter(r: RuleSetReads, name: string): void {
  if (r.parameters.has(name)) return;
  r.parameters.add(name);
  r.trail += `${name},`;
}

/**
 * What one evaluation accumulates while it decides: the rule sets it used (for `ruleSets`), what
 * it read of them (for `provenance`), the explanation entries and the warnings. One per `evaluate` call.
 */
export class EvaluationContext {
  readonly used = new Map<string, LoadedRuleSet>();
  /** What the decision read, by rule set id, in the order of first read. */
  readonly reads = new Map<string, RuleSetReads>();
  readonly explanation: ExplanationEntry[] = [];
  readonly warnings: Warning[] = [];
  private readonly warned = new Set<string>();
  /** Runs already explained: the same rule set on the same facts (another act's day under the same law) is explained once. */
  private readonly explained = new Set<EngineRun>();

  constructor(
    private readonly registry: RuleSetRegistry,
    private readonly includeProposed: boolean,
    /** Texts in the caller's language. */
    readonly translator: Translator,
    /** `legal` (citations, conditions, statuses) or `plain` (short sentences, no jargon). */
    readonly register: 'legal' | 'plain',
  ) {}

  /**
   * A context that goes on from this one's state (the rule sets used, the explanation, the
   * warnings given): what was decided up to here is decided once and each result goes on from a
   * fork of it. Later changes to either do not reach the other.
   */
  fork(): EvaluationContext {
    const next = new EvaluationContext(this.registry, this.includeProposed, this.translator, this.register);
    for (const [id, l] of this.used) next.used.set(id, l);
    for (const [id, r] of this.reads) next.reads.set(id, { loaded: r.loaded, parameters: new Set(r.parameters), rulesRan: r.rulesRan, counted: new Set(r.counted), trail: r.trail });
    next.explanation.push(...this.explanation);
    next.warnings.push(...this.warnings);
    for (const k of this.warned) next.warned.add(k);
    for (const r of this.explained) next.explained.add(r);
    return next;
  }

  /**
   * The rule set of `series` in force on `date`, or undefined. Warns when the day falls in a
   * window where the in-force day of some version of the series is uncertain.
   */
  resolve(series: string, date: string): LoadedRuleSet | undefined {
    for (const l of this.registry.series.get(series) ?? []) {
      const u = l.ruleSet.effectiveFromUncertainty;
      if (u && u.earliest <= date && date <= u.latest) {
        this.warn('EFFECTIVE_DATE_UNCERTAIN', { date, earliest: u.earliest, latest: u.latest, ruleSet: l.ruleSet.id, status: u.status, note: u.note }, { ruleSet: l.ruleSet.id });
      }
    }
    const found = resolveRuleSet(this.registry, series, date, { includeProposed: this.includeProposed });
    warnAssumptions(this, this.registry.series.get(series) ?? [], date, found);
    if (found) this.used.set(found.ruleSet.id, found);
    return found;
  }

  /** The reads of a rule set, made on first use. */
  private readsOf(loaded: LoadedRuleSet): RuleSetReads {
    let r = this.reads.get(loaded.ruleSet.id);
    // One registry holds one rule set per id, so the id names what was read.
    if (!r) {
      r = { loaded, parameters: new Set(), rulesRan: false, counted: new Set(), trail: '' };
      this.reads.set(loaded.ruleSet.id, r);
    }
    return r;
  }

  /**
   * A parameter of a rule set, read for a decision: the one accessor decision code uses, so that
   * `provenance` lists exactly what was read. Undefined (and nothing recorded) when absent.
   */
  param(loaded: LoadedRuleSet, name: string): Parameter | undefined {
    const p = Object.hasOwn(loaded.ruleSet.parameters, name) ? loaded.ruleSet.parameters[name] : undefined;
    if (p !== undefined) readParameter(this.readsOf(loaded), name);
    return p;
  }

  /**
   * Records that a rule set's rules ran: each rule is listed, and so is every parameter its
   * conditions refer to, whether or not an engine's short-circuit evaluated that condition (so the
   * compiled and the reference paths give the same provenance).
   */
  rulesRan(loaded: LoadedRuleSet): void {
    const r = this.readsOf(loaded);
    if (r.rulesRan) return;
    r.rulesRan = true;
    r.trail += '!';
    for (const name of parametersOfConditions(loaded)) readParameter(r, name);
  }

  /** A public holiday that moved a deadline's end: its list is a rule set used, the holiday a parameter read. */
  holiday(loaded: LoadedRuleSet, name: string): void {
    if (!this.used.has(loaded.ruleSet.id)) this.used.set(loaded.ruleSet.id, loaded);
    this.param(loaded, name);
  }

  /** Records that a deadline's counting method was applied (the deadline was computed). */
  counted(loaded: LoadedRuleSet, deadlineId: string): void {
    const r = this.readsOf(loaded);
    if (r.counted.has(deadlineId)) return;
    r.counted.add(deadlineId);
    r.trail += `#${deadlineId},`;
  }

  /** The first day any version of `series` is in force (in-force versions unless proposed law is asked for), or undefined. */
  firstInForce(series: string): string | undefined {
    return (this.registry.series.get(series) ?? []).find((l) => this.includeProposed || l.ruleSet.status === 'in-force')?.ruleSet.effectiveFrom;
  }

  /**
   * Adds a warning once (the same code for the same rule set and parameter is not repeated), its
   * text from the label `warning.<code>` (or `warning.<code>.<variant>`) in the caller's language.
   * `part` names the part of the case where one code warns for several parts without a rule set
   * to tell them apart (`NO_RULE_SET_IN_FORCE` for case management and for the next steps).
   */
  warn(
    code: string,
    params: Readonly<Record<string, string | number>>,
    about: { ruleSet?: string; parameter?: string } = {},
    variant?: string,
    part?: string,
  ): void {
    const key = `${code}|${about.ruleSet ?? ''}|${about.parameter ?? ''}${part === undefined ? '' : `|${part}`}`;
    if (this.warned.has(key)) return;
    this.warned.add(key);
    const w: Warning = { code, message: this.warningText(code, params, variant), ...about };
    this.warnings.push(w);
  }

  /** A warning's text, made once per translator, code and parameters. */
  private warningText(code: string, params: Readonly<Record<string, string | number>>, variant: string | undefined): string {
    let texts = warningTexts.get(this.translator);
    if (!texts) {
      texts = new Map();
      warningTexts.set(this.translator, texts);
    }
    const key = `${code}|${variant ?? ''}|${JSON.stringify(params)}`;
    let text = texts.get(key);
    if (text === undefined) {
      text = this.translator.t(`warning.${code}${variant === undefined ? '' : `.${variant}`}`, params);
      if (texts.size < 4096) texts.set(key, text);
    }
    return text;
  }

  /** The sentence for a rule that fired or not, in the caller's language and register. */
  ruleMessage(series: string, rule: { id: string; description: string; citation: Citation }, fired: boolean, tree: unknown): string {
    return this.translator.t(`message.${fired ? 'rule.fired' : 'rule.not-fired'}.${this.register}`, {
      description: this.translator.t(`rule.${series}.${rule.id}`, {}, rule.description),
      conditions: describeConditions(tree, this.translator),
      citation: citationText(rule.citation),
    });
  }

  /** Runs a rule set's rules on facts, records one explanation entry per rule, returns the events (read-only). */
  *run(loaded: LoadedRuleSet, facts: Readonly<Record<string, string | number | boolean>>): Step<readonly FiredEvent[]> {
    const out = yield* runRules(loaded, facts);
    this.rulesRan(loaded);
    const first = !this.explained.has(out);
    if (first) this.explained.add(out);
    const events = firedEvents(loaded, out);
    if (first) this.record(out, '', () =>
      loaded.ruleSet.rules.map((rule) => {
        const fired = out.fired.has(rule.id);
        return {
          ruleSet: loaded.ruleSet.id,
          ruleId: rule.id,
          fired,
          citation: { ...rule.citation },
          code: fired ? 'rule.fired' : 'rule.not-fired',
          message: this.ruleMessage(loaded.ruleSet.series, rule, fired, out.trees.get(rule.id)),
        };
      }),
    );
    return events;
  }

  /** The explanation entries of a risk form's run (group sentences carry the group's title and count). */
  formEntries(loaded: LoadedRuleSet, groups: readonly { id: string; title: string; yes: number; threshold: number }[], out: EngineRun): ExplanationEntry[] {
    const key = 'form';
    return this.record(out, key, () => formExplanation(loaded, groups, out.fired, out.trees, this), false);
  }

  /**
   * Entries built once per run, language and register, frozen and shared by the results.
   * `append` false: returned for the caller to place, not appended to the explanation.
   */
  private record(out: EngineRun, extra: string, build: () => ExplanationEntry[], append = true): ExplanationEntry[] {
    let byKey = entriesByRun.get(out);
    if (!byKey) {
      byKey = new Map();
      entriesByRun.set(out, byKey);
    }
    const key = `${this.register}|${extra}`;
    let list = byKey.get(key);
    if (!list) {
      list = [];
      byKey.set(key, list);
    }
    let hit = list.find((x) => x.translator === this.translator);
    if (!hit) {
      hit = { entries: deepFreeze(build()), translator: this.translator };
      // Translators are few (one per language and label pack); never let the list grow unbounded.
      if (list.length < 16) list.push(hit);
    }
    const entries = hit.entries as ExplanationEntry[];
    if (append) this.explanation.push(...entries);
    return entries;
  }
}
