import type { Answer } from '../schema/case.js';
import type { ExplanationEntry, MinimalFlips, RiskAssessment } from '../schema/result.js';
import { citationText } from '../explain/citation-text.js';
import type { Translator } from '../explain/create-translator.js';
import type { LoadedRuleSet } from '../versions/parse-rule-set.js';
import type { EvaluationContext } from './evaluation-context.js';
import { analyseForm, runRules, type FormAnalysis, type Step } from './step.js';
import { deepFreeze } from '../versions/deep-freeze.js';

/**
 * Scores a risk form through its rule set. The engine decides from the YES count of each group
 * (only how many, never which, docs/legal-basis.md §3.1). Unknown answers count as not YES for
 * `imminentRisk`; `outcome`, `decisiveItems` and `minimalFlips` are exact over every count the
 * answers could take (the compiled path walks the form's decision diagram; the reference path
 * enumerates the counts through json-rules-engine; both give the same analysis).
 *
 * @param loaded - a validated risk-form rule set
 * @param answers - answers by item id; a missing item is unknown
 * @param ctx - the evaluation context (language, register)
 * @returns the assessment and one explanation entry per rule
 * @example
 * driveSync(assessRiskForm(form2018, { q1: 'yes', q2: 'yes' }, ctx), answerCompiled).assessment.outcome //=> 'established'
 * @since 0.1.0
 */
export function* assessRiskForm(
  loaded: LoadedRuleSet,
  answers: Readonly<Record<string, Answer>>,
  ctx: EvaluationContext,
): Step<{ assessment: RiskAssessment; explanation: ExplanationEntry[]; analysis: FormAnalysis }> {
  const rs = loaded.ruleSet;
  const shape = formShape(loaded);
  const groups = shape.groups.map((g) => {
    let yes = 0;
    let no = 0;
    for (const id of g.items) {
      const a = answers[id];
      if (a === 'yes') yes++;
      else if (a === 'no') no++;
    }
    // The form's own list of items: the entry the result shows (sharedGroup) holds a copy.
    return { id: g.id, title: groupTitle(g, ctx.translator), items: g.items as string[], yes, no, unknown: g.items.length - yes - no, threshold: g.threshold, met: false };
  });
  const yes = groups.map((g) => g.yes);
  const now = yield* runRules(loaded, shape.facts(yes));
  ctx.rulesRan(loaded);
  // Each group's threshold is in the result (its count against it), whatever the rules refer to.
  for (const g of rs.groups ?? []) ctx.param(loaded, g.thresholdParameter);
  const imminentRisk = now.fired.size > 0;
  for (const rule of rs.rules) {
    const group = groups.find((g) => g.id === rule.event.params?.['group']);
    if (group && now.fired.has(rule.id)) group.met = true;
  }
  const analysis = yield* analyseForm({ loaded, yes, high: groups.map((g) => g.yes + g.unknown), size: shape.size, imminentRisk });
  if (analysis.flips.truncated) ctx.warn('MINIMAL_FLIPS_TRUNCATED', { ruleSet: rs.id }, { ruleSet: rs.id });

  const explanation = ctx.formEntries(loaded, groups, now);
  return {
    assessment: {
      form: rs.id,
      imminentRisk,
      outcome: analysis.outcome,
      groups: groups.map((g, i) => sharedGroup(loaded, ctx.translator, i, g)),
      ...answerParts(loaded, ctx.translator, answerCodes(loaded, answers), yes, analysis, imminentRisk),
    },
    explanation,
    analysis,
  };
}

/** An answer as a code: what `answerCodes` and the form memo write for each item. */
export const ANSWER_CODE = { unknown: 0, yes: 1, no: 2 } as const;

/**
 * The answer to each item of a form as a code (`ANSWER_CODE`), in the order of its items; an item
 * not answered is unknown.
 *
 * @param loaded - the form
 * @param answers - answers by item id
 * @returns one code per item of the form
 * @example
 * answerCodes(form2018, { q2: 'yes' }).slice(0, 3) //=> Uint8Array [0, 1, 0]
 * @since 0.1.0
 */
export function answerCodes(loaded: LoadedRuleSet, answers: Readonly<Record<string, Answer>>): Uint8Array {
  const ids = formShape(loaded).items;
  const codes = new Uint8Array(ids.length);
  for (let i = 0; i < ids.length; i++) {
    const a = answers[ids[i] as string];
    codes[i] = a === 'yes' ? ANSWER_CODE.yes : a === 'no' ? ANSWER_CODE.no : ANSWER_CODE.unknown;
  }
  return codes;
}

/**
 * What an assessment says that depends on which items were answered how, not only on how many
 * of each group were YES or NO: the decisive unknown items, every item's answer, and the items
 * that could change. The rest of an assessment follows from the counts (see FormMemo).
 *
 * @param loaded - the form
 * @param translator - the texts' language (the items' labels)
 * @param codes - the answer to each item as a code, in the form's order (`answerCodes`)
 * @param yes - the YES count of each group
 * @param analysis - the form's analysis at those counts
 * @param imminentRisk - whether the counts establish imminent risk
 * @returns `decisiveItems`, `items` and `minimalFlips`
 * @example
 * answerParts(form2018, tr, answerCodes(form2018, { q1: 'yes' }), [1, 0], analysis, false).decisiveItems //=> ['q2', …, 'q7']
 * @since 0.1.0
 */
export function answerParts(
  loaded: LoadedRuleSet,
  translator: Translator,
  codes: Uint8Array,
  yes: readonly number[],
  analysis: FormAnalysis,
  imminentRisk: boolean,
): Pick<RiskAssessment, 'decisiveItems' | 'items' | 'minimalFlips'> {
  const shape = formShape(loaded);
  const decisiveItems: string[] = [];
  for (let i = 0; i < shape.groups.length; i++) {
    if (!analysis.decisive[i]) continue;
    for (const k of shape.itemsOfGroup[i] as readonly number[]) if (codes[k] === ANSWER_CODE.unknown) decisiveItems.push(shape.items[k] as string);
  }
  const entries = itemEntries(loaded, translator);
  const items: ItemEntry[] = new Array(entries.length);
  for (let i = 0; i < entries.length; i++) items[i] = (entries[i] as ItemEntries)[codes[i] as number] as ItemEntry;
  return { decisiveItems, items, minimalFlips: minimalFlips(shape, yes, codes, analysis, imminentRisk) };
}

const labels = new WeakMap<LoadedRuleSet, WeakMap<Translator, readonly { id: string; group: string; label: string }[]>>();

/** A form's items with their labels in the translator's language, looked up once. */
function itemLabels(loaded: LoadedRuleSet, translator: Translator): readonly { id: string; group: string; label: string }[] {
  let byTranslator = labels.get(loaded);
  if (!byTranslator) {
    byTranslator = new WeakMap();
    labels.set(loaded, byTranslator);
  }
  let list = byTranslator.get(translator);
  if (!list) {
    list = (loaded.ruleSet.items ?? []).map((item) => ({ id: item.id, group: item.group, label: translator.t(`item.${item.labelKey}`, {}, item.id) }));
    byTranslator.set(translator, list);
  }
  return list;
}

type ItemEntry = RiskAssessment['items'][number];
/** An item's three entries, by answer code (`ANSWER_CODE`). */
type ItemEntries = readonly [ItemEntry, ItemEntry, ItemEntry];
const entries = new WeakMap<LoadedRuleSet, WeakMap<Translator, readonly ItemEntries[]>>();

/**
 * A form's item entries of `riskAssessment.items`, one per item and answer, made once per
 * translator and shared, frozen, by the results (a result is read-only, docs/integrating.md):
 * 3 entries an item instead of one object per item per result, each serialised once.
 */
function itemEntries(loaded: LoadedRuleSet, translator: Translator): readonly ItemEntries[] {
  let byTranslator = entries.get(loaded);
  if (!byTranslator) {
    byTranslator = new WeakMap();
    entries.set(loaded, byTranslator);
  }
  let list = byTranslator.get(translator);
  if (!list) {
    list = itemLabels(loaded, translator).map((item) => {
      const entry = (answer: Answer): ItemEntry => deepFreeze({ id: item.id, group: item.group, answer, label: item.label });
      return [entry('unknown'), entry('yes'), entry('no')] as const;
    });
    byTranslator.set(translator, list);
  }
  return list;
}

type GroupEntry = RiskAssessment['groups'][number];
const groupEntries = new WeakMap<LoadedRuleSet, WeakMap<Translator, Map<string, GroupEntry>>>();

/** A group's entry of `riskAssessment.groups` by its counts and whether it was met: few of them, shared, frozen. */
function sharedGroup(loaded: LoadedRuleSet, translator: Translator, index: number, g: GroupEntry): GroupEntry {
  let byTranslator = groupEntries.get(loaded);
  if (!byTranslator) {
    byTranslator = new WeakMap();
    groupEntries.set(loaded, byTranslator);
  }
  let byKey = byTranslator.get(translator);
  if (!byKey) {
    byKey = new Map();
    byTranslator.set(translator, byKey);
  }
  const key = `${index}|${g.yes}|${g.no}|${g.met ? 1 : 0}`;
  let entry = byKey.get(key);
  if (entry === undefined) {
    entry = deepFreeze({ ...g, items: [...g.items] });
    if (byKey.size < 65_536) byKey.set(key, entry);
  }
  return entry;
}

const titles = new WeakMap<Translator, Map<string, string>>();

function groupTitle(g: { id: string; title: string }, translator: Translator): string {
  let byGroup = titles.get(translator);
  if (!byGroup) {
    byGroup = new Map();
    titles.set(translator, byGroup);
  }
  const key = `${g.id}\u0000${g.title}`;
  let title = byGroup.get(key);
  if (title === undefined) {
    title = translator.t(`group.${g.id}`, {}, g.title);
    if (byGroup.size < 4096) byGroup.set(key, title);
  }
  return title;
}

export interface FormShape {
  readonly groups: readonly { id: string; title: string; items: readonly string[]; threshold: number }[];
  readonly size: readonly number[];
  /** Every item of the form, in its order (the order of `riskAssessment.items` and of answer codes). */
  readonly items: readonly string[];
  /** The items of each group, as indexes into `items`. */
  readonly itemsOfGroup: readonly (readonly number[])[];
  /** Each item's index in `items`, by id. */
  readonly indexOfItem: ReadonlyMap<string, number>;
  /** Each item's group, by the item's index (every item is in a group: checkRuleSet). */
  readonly groupOfItem: Int32Array;
  facts(yes: readonly number[]): Record<string, number>;
}
const shapes = new WeakMap<LoadedRuleSet, FormShape>();

/** A form's groups, their items and thresholds, read once per rule set. */
export function formShape(loaded: LoadedRuleSet): FormShape {
  const hit = shapes.get(loaded);
  if (hit) return hit;
  const rs = loaded.ruleSet;
  const groups = (rs.groups ?? []).map((g) => ({
    id: g.id,
    title: g.title,
    items: (rs.items ?? []).filter((i) => i.group === g.id).map((i) => i.id),
    threshold: rs.parameters[g.thresholdParameter]?.value as number,
  }));
  const names = groups.map((g) => `yes:${g.id}`);
  const items = (rs.items ?? []).map((i) => i.id);
  const indexOfItem = new Map(items.map((id, k) => [id, k]));
  const itemsOfGroup = groups.map((g) => g.items.map((id) => indexOfItem.get(id) as number));
  const groupOfItem = new Int32Array(items.length);
  itemsOfGroup.forEach((list, g) => list.forEach((k) => void (groupOfItem[k] = g)));
  const shape: FormShape = {
    groups,
    size: groups.map((g) => g.items.length),
    items,
    itemsOfGroup,
    indexOfItem,
    groupOfItem,
    facts: (yes) => {
      const facts: Record<string, number> = {};
      names.forEach((n, i) => void (facts[n] = yes[i] ?? 0));
      return facts;
    },
  };
  shapes.set(loaded, shape);
  return shape;
}

/** The nearest count vectors as answer changes: how many of which group, and which items qualify. */
function minimalFlips(shape: FormShape, yes: readonly number[], codes: Uint8Array, analysis: FormAnalysis, imminentRisk: boolean): MinimalFlips {
  const direction = imminentRisk ? 'remove' : 'establish';
  if (analysis.flips.distance === null) return { direction, changes: null, options: [] };
  // A group's candidates in one direction are the same in every option: listed once (by group and
  // direction), each option gets its copy.
  const lists: (string[] | undefined)[] = [];
  const candidates = (i: number, toYes: boolean): string[] => {
    const key = 2 * i + (toYes ? 1 : 0);
    let list = lists[key];
    if (list === undefined) {
      list = [];
      for (const k of shape.itemsOfGroup[i] as readonly number[]) if ((codes[k] === ANSWER_CODE.yes) !== toYes) list.push(shape.items[k] as string);
      lists[key] = list;
    }
    return list.slice();
  };
  const groups = shape.groups;
  return {
    direction,
    changes: analysis.flips.distance,
    options: analysis.flips.vectors.map((v) => {
      const changes: MinimalFlips['options'][number]['changes'] = [];
      for (let i = 0; i < groups.length; i++) {
        const delta = (v[i] ?? 0) - (yes[i] ?? 0);
        if (delta === 0) continue;
        const toYes = delta > 0;
        changes.push({ group: (groups[i] as { id: string }).id, direction: toYes ? 'to-yes' : 'to-no', count: Math.abs(delta), candidates: candidates(i, toYes) });
      }
      return { changes };
    }),
  };
}

/** Explanation entries of a form's rules: the group sentence for a group rule, else the rule sentence. */
export function formExplanation(
  loaded: LoadedRuleSet,
  groups: readonly { id: string; title: string; yes: number; threshold: number }[],
  fired: ReadonlySet<string>,
  trees: ReadonlyMap<string, unknown>,
  ctx: Pick<EvaluationContext, 'translator' | 'register' | 'ruleMessage'>,
): ExplanationEntry[] {
  const rs = loaded.ruleSet;
  return rs.rules.map((rule) => {
    const isFired = fired.has(rule.id);
    const group = groups.find((g) => g.id === rule.event.params?.['group']);
    const parameter = (rs.groups ?? []).find((g) => g.id === group?.id)?.thresholdParameter ?? '';
    const code = group ? (isFired ? 'risk-form.group-met' : 'risk-form.group-not-met') : isFired ? 'rule.fired' : 'rule.not-fired';
    const message = group
      ? ctx.translator.t(`message.${code}.${ctx.register}`, {
          yes: group.yes,
          group: group.title,
          threshold: group.threshold,
          parameter,
          status: rs.parameters[parameter]?.status ?? '',
          citation: citationText(rule.citation),
        })
      : ctx.ruleMessage(rs.series, rule, isFired, trees.get(rule.id));
    return { ruleSet: rs.id, ruleId: rule.id, fired: isFired, citation: { ...rule.citation }, code, message };
  });
}
