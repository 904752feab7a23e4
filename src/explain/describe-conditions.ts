import type { Translator } from './create-translator.js';
import { englishTranslator } from './create-translator.js';

/** Comparison signs need no words; the other operators are labelled `ui.condition.<operator>`. */
const OPERATOR_SIGNS: Readonly<Record<string, string>> = {
  equal: '=',
  notEqual: '≠',
  lessThan: '<',
  lessThanInclusive: '≤',
  greaterThan: '>',
  greaterThanInclusive: '≥',
};

interface TreeNode {
  all?: TreeNode[];
  any?: TreeNode[];
  not?: TreeNode;
  fact?: string;
  operator?: string;
  value?: unknown;
  factResult?: unknown;
  result?: boolean;
}

/**
 * Renders json-rules-engine's evaluated condition tree as one line, each leaf with the fact's
 * value, the comparison and whether it held: `yes:questions-1-7 = 3 ≥ 2 (true)`. The words (and,
 * or, not, in, true, not evaluated…) are the translator's `ui.condition.*` labels; facts and
 * values stay as the rule set writes them, since they are what its conditions test.
 *
 * @param tree - a rule's `conditions` from an engine run
 * @param tr - the translator of the caller's language (default: the shipped English labels)
 * @returns the readable line
 * @example
 * describeConditions({ all: [{ fact: 'x', operator: 'greaterThan', value: 1, factResult: 2, result: true }] })
 * //=> 'x = 2 > 1 (true)'
 * describeConditions({ not: { fact: 'victimOpposes', operator: 'equal', value: true, factResult: false, result: false } }, createTranslator('ro'))
 * //=> 'nu (victimOpposes = false = true (fals))'
 * @since 0.1.0
 */
export function describeConditions(tree: unknown, tr?: Pick<Translator, 't'>): string {
  return describe(tree as TreeNode, (tr ?? englishTranslator()).t);
}

function describe(node: TreeNode, t: Translator['t']): string {
  if (node.all) return join(node.all, t('ui.condition.and'), t);
  if (node.any) return join(node.any, t('ui.condition.or'), t);
  if (node.not) return `${t('ui.condition.not')} (${describe(node.not, t)})`;
  const operator = node.operator ?? '';
  const op = OPERATOR_SIGNS[operator] ?? t(`ui.condition.${operator}`, {}, operator);
  const notEvaluated = t('ui.condition.not-evaluated');
  const factValue = node.factResult === undefined ? notEvaluated : JSON.stringify(node.factResult);
  const held = node.result === undefined ? notEvaluated : t(node.result ? 'ui.condition.true' : 'ui.condition.false');
  return `${String(node.fact)} = ${factValue} ${op} ${JSON.stringify(node.value)} (${held})`;
}

function join(nodes: TreeNode[], word: string, t: Translator['t']): string {
  const parts = nodes.map((n) => describe(n, t));
  return parts.length === 1 ? (parts[0] ?? '') : `(${parts.join(` ${word} `)})`;
}
