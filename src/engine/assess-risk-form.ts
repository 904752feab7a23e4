import type { Answer } from '../schema/case.js';
import type { ExplanationEntry, RiskAssessment } from '../schema/result.js';
import { citationText } from '../explain/citation-text.js';
import type { LoadedRuleSet } from '../versions/parse-rule-set.js';
import { compileRuleSet } from './compile-engine.js';
import type { EvaluationContext } from './evaluation-context.js';
import { countVectors } from './count-vectors.js';
import { findMinimalFlips } from './find-minimal-flips.js';

/**
 * Scores a risk form through its rule set. The engine decides from the YES count of each group
 * (only how many, never which, docs/legal-basis.md §3.1). Unknown answers count as not YES for
 * `imminentRisk`; `outcome` and `decisiveItems` are exact, found by running the engine over every
 * count the unknown items could still produce (a bounded box: see `MAX_COUNT_VECTORS`).
 *
 * @param loaded - a validated risk-form rule set
 * @param answers - answers by item id; a missing item is unknown
 * @param ctx - the evaluation context (language, register)
 * @returns the assessment and one explanation entry per rule
 * @example
 * (await assessRiskForm(form2018, { q1: 'yes', q2: 'yes' })).assessment.outcome //=> 'established'
 * @since 0.1.0
 */
export async function assessRiskForm(
  loaded: LoadedRuleSet,
  answers: Readonly<Record<string, Answer>>,
  ctx: EvaluationContext,
): Promise<{ assessment: RiskAssessment; explanation: ExplanationEntry[] }> {
  const { t } = ctx.translator;
  const rs = loaded.ruleSet;
  const engine = compileRuleSet(loaded);
  const groups = (rs.groups ?? []).map((g) => {
    const items = (rs.items ?? []).filter((i) => i.group === g.id).map((i) => i.id);
    const count = (a: Answer): number => items.filter((id) => (answers[id] ?? 'unknown') === a).length;
    const threshold = rs.parameters[g.thresholdParameter]?.value as number;
    const title = t(`group.${g.id}`, {}, g.title);
    return { id: g.id, title, items, yes: count('yes'), no: count('no'), unknown: count('unknown'), threshold, met: false };
  });
  const factsFor = (yes: readonly number[]): Record<string, number> =>
    Object.fromEntries(groups.map((g, i) => [`yes:${g.id}`, yes[i] ?? 0]));
  const decide = async (yes: readonly number[]): Promise<boolean> => (await engine.run(factsFor(yes))).fired.size > 0;

  const now = await engine.run(factsFor(groups.map((g) => g.yes)));
  const imminentRisk = now.fired.size > 0;
  for (const rule of rs.rules) {
    const group = groups.find((g) => g.id === rule.event.params?.['group']);
    if (group && now.fired.has(rule.id)) group.met = true;
  }

  // Every YES-count vector the unknown items could still produce.
  const vectors = countVectors(groups.map((g) => g.yes), groups.map((g) => g.yes + g.unknown));
  const decisions = new Map<string, boolean>();
  for (const v of vectors) decisions.set(v.join(','), await decide(v));
  const values = [...decisions.values()];
  const outcome = values.every(Boolean) ? 'established' : values.some(Boolean) ? 'possible' : 'excluded';

  // An unknown item of group i is decisive when, for some answers to the other unknown items,
  // its own YES instead of NO changes the determination. Items of one group are interchangeable.
  const decisiveItems: string[] = [];
  groups.forEach((g, i) => {
    if (outcome !== 'possible' || g.unknown === 0) return;
    const flips = vectors.some((v) => {
      if ((v[i] ?? 0) >= g.yes + g.unknown) return false;
      const up = v.map((x, j) => (j === i ? x + 1 : x));
      return decisions.get(v.join(',')) !== decisions.get(up.join(','));
    });
    if (flips) decisiveItems.push(...g.items.filter((id) => (answers[id] ?? 'unknown') === 'unknown'));
  });

  const explanation: ExplanationEntry[] = rs.rules.map((rule) => {
    const fired = now.fired.has(rule.id);
    const group = groups.find((g) => g.id === rule.event.params?.['group']);
    const parameter = (rs.groups ?? []).find((g) => g.id === group?.id)?.thresholdParameter ?? '';
    const code = group ? (fired ? 'risk-form.group-met' : 'risk-form.group-not-met') : fired ? 'rule.fired' : 'rule.not-fired';
    const message = group
      ? t(`message.${code}.${ctx.register}`, {
          yes: group.yes,
          group: group.title,
          threshold: group.threshold,
          parameter,
          status: rs.parameters[parameter]?.status ?? '',
          citation: citationText(rule.citation),
        })
      : ctx.ruleMessage(rs.series, rule, fired, now.trees.get(rule.id));
    return { ruleSet: rs.id, ruleId: rule.id, fired, citation: { ...rule.citation }, code, message };
  });

  return {
    assessment: {
      form: rs.id,
      imminentRisk,
      outcome,
      groups,
      decisiveItems,
      items: (rs.items ?? []).map((item) => ({
        id: item.id,
        group: item.group,
        answer: answers[item.id] ?? 'unknown',
        label: t(`item.${item.labelKey}`, {}, item.id),
      })),
      minimalFlips: await findMinimalFlips(groups, answers, decide, imminentRisk),
    },
    explanation,
  };
}
