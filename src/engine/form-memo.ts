import type { Answer } from '../schema/case.js';
import type { ExplanationEntry, Result, RiskAssessment, Warning } from '../schema/result.js';
import type { Translator } from '../explain/create-translator.js';
import type { LoadedRuleSet } from '../versions/parse-rule-set.js';
import { deepFreeze } from '../versions/deep-freeze.js';
import { lazyField, putState } from '../versions/lazy-fields.js';
import { answerCodes, answerParts, formShape, type FormShape } from './assess-risk-form.js';
import type { FormAnalysis } from './step.js';

/** What a result of one prelude says at one vector of group counts: all but the parts that name items. */
interface Entry<T> {
  readonly riskForm: Result['riskForm'];
  readonly determination: Result['determination'];
  readonly assessment: Pick<RiskAssessment, 'form' | 'imminentRisk' | 'outcome' | 'groups'>;
  readonly yes: readonly number[];
  readonly analysis: FormAnalysis;
  /** The result's explanation entries and warnings, the tail's included: one frozen list each, shared by the results of these counts. */
  readonly explanation: readonly ExplanationEntry[];
  readonly warnings: readonly Warning[];
  readonly tail: T;
}

/** A result's risk parts for a case answered from the memo, its explanation and warnings (frozen, shared), and the tail. */
export interface Known<T> {
  readonly risk: Pick<Result, 'riskForm' | 'riskAssessment' | 'determination'>;
  readonly explanation: readonly ExplanationEntry[];
  readonly warnings: readonly Warning[];
  readonly tail: T;
}

type ItemParts = Pick<RiskAssessment, 'decisiveItems' | 'items' | 'minimalFlips'>;

/**
 * What an assessment answered from the memo makes its item parts from, and the parts once made.
 * Assigning to one of the three replaces it for that result alone, as when they were data.
 */
interface PartsState<T> {
  // The form and language, not the memo: a result kept by the caller must not keep a memo the cache let go.
  readonly loaded: LoadedRuleSet;
  readonly translator: Translator;
  readonly entry: Entry<T>;
  readonly answers: Readonly<Record<string, Answer>>;
  parts: ItemParts | undefined;
}
function itemParts(s: PartsState<unknown>): ItemParts {
  const { loaded, entry } = s;
  return (s.parts ??= answerParts(loaded, s.translator, answerCodes(loaded, s.answers), entry.yes, entry.analysis, entry.assessment.imminentRisk));
}
const DECISIVE_ITEMS = lazyField('riskAssessment.decisiveItems', (s: PartsState<unknown>) => itemParts(s).decisiveItems, true);
const ITEMS = lazyField('riskAssessment.items', (s: PartsState<unknown>) => itemParts(s).items, true);
const MINIMAL_FLIPS = lazyField('riskAssessment.minimalFlips', (s: PartsState<unknown>) => itemParts(s).minimalFlips, true);

/** At most this many count vectors a prelude (the 2018 form has 4,320: 36 for group 1 times 120 for group 2); the cache of preludes bounds the sum. */
const CAPACITY = 8192;

/**
 * The results of one prelude (a case without its answers, and the options) by the YES and NO
 * counts of each group of its form. A form decides from the counts only (docs/legal-basis.md
 * §3.1), and so do the explanation, the warnings and everything after the form: a case whose counts
 * were met before is answered from here, and only the parts that name items (`decisiveItems`,
 * `items`, `minimalFlips`) are made for it. Only the compiled path keeps one (a pure function of
 * the facts); the reference path builds every result whole, and the differential tests compare them.
 */
export class FormMemo<T> {
  /** The form's items and groups, by index (made once per form). */
  private readonly shape: FormShape;
  private readonly entries = new Map<number | string, Entry<T>>();
  /** Scratch space for `keyOf`: the YES and NO counts of each group (calls never overlap: they are synchronous). */
  private readonly counts: Int32Array;
  constructor(
    readonly loaded: LoadedRuleSet,
    readonly translator: Translator,
  ) {
    this.shape = formShape(loaded);
    this.counts = new Int32Array(this.shape.groups.length * 2);
  }

  /**
   * The key of the answers' counts, or undefined when an answer names an item the form does not
   * have: the full path refuses that case, with its paths.
   */
  keyOf(answers: Readonly<Record<string, Answer>>): number | string | undefined {
    const counts = this.counts.fill(0);
    const { indexOfItem, groupOfItem } = this.shape;
    for (const id in answers) {
      const k = indexOfItem.get(id);
      if (k === undefined) return undefined;
      const a = answers[id];
      if (a === 'unknown') continue;
      const g = groupOfItem[k] as number;
      const at = a === 'yes' ? 2 * g : 2 * g + 1;
      counts[at] = (counts[at] as number) + 1;
    }
    // A count is at most 99 (items q1…q99): up to seven counts fit a number exactly, in base 100.
    if (counts.length > 7) return counts.join(',');
    let key = 0;
    for (let i = 0; i < counts.length; i++) key = key * 100 + (counts[i] as number);
    return key;
  }

  /**
   * The risk parts of a result for these answers, and what follows them, when their counts were
   * met before. The parts that name items (`decisiveItems`, `items`, `minimalFlips`) are made when
   * first read, from the answers (the validated case's own copy, which nothing else holds), and
   * kept: a caller that reads the outcome only does not pay for them, as it does not for the
   * receipt's hashes (docs/integrating.md, "Results").
   */
  answer(key: number | string, answers: Readonly<Record<string, Answer>>): Known<T> | undefined {
    const e = this.entries.get(key);
    if (e === undefined) return undefined;
    const a = e.assessment;
    // Its fields in the order of a full assessment; the three item parts shared getters over its state, so every such assessment has one shape.
    const riskAssessment = { form: a.form, imminentRisk: a.imminentRisk, outcome: a.outcome, groups: a.groups } as Record<string, unknown>;
    Object.defineProperty(riskAssessment, 'decisiveItems', DECISIVE_ITEMS);
    Object.defineProperty(riskAssessment, 'items', ITEMS);
    Object.defineProperty(riskAssessment, 'minimalFlips', MINIMAL_FLIPS);
    putState(riskAssessment, { loaded: this.loaded, translator: this.translator, entry: e, answers, parts: undefined } satisfies PartsState<T>);
    return { risk: { riskForm: e.riskForm, riskAssessment: riskAssessment as unknown as RiskAssessment, determination: e.determination }, explanation: e.explanation, warnings: e.warnings, tail: e.tail };
  }

  /** Keeps what a full evaluation at these counts decided (true when it was not kept before); its parts are shared from now on, frozen. */
  remember(
    key: number | string,
    risk: { riskForm: Result['riskForm']; riskAssessment: RiskAssessment; determination: Result['determination']; analysis: FormAnalysis },
    explanation: readonly ExplanationEntry[],
    warnings: readonly Warning[],
    tail: T,
  ): boolean {
    if (this.entries.size >= CAPACITY || this.entries.has(key)) return false;
    const ra = risk.riskAssessment;
    const yes = ra.groups.map((g) => g.yes);
    this.entries.set(key, {
      riskForm: deepFreeze(risk.riskForm),
      determination: deepFreeze(risk.determination),
      assessment: { form: ra.form, imminentRisk: ra.imminentRisk, outcome: ra.outcome, groups: deepFreeze(ra.groups) },
      yes,
      analysis: risk.analysis,
      // The lists come frozen. Explanation entries are made frozen (EvaluationContext.record); a
      // warning is frozen here, as the results of these counts share it.
      explanation: Object.freeze(explanation),
      warnings: freezeEntries(warnings),
      tail,
    });
    return true;
  }
}

/** A frozen list whose entries are frozen too. */
function freezeEntries<E>(list: readonly E[]): readonly E[] {
  for (const entry of list) deepFreeze(entry);
  return Object.freeze(list);
}
