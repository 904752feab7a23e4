const OPERATOR_WORDS: Record<string, string> = {
  equal: '=',
  notEqual: '≠',
  lessThan: '<',
  lessThanInclusive: '≤',
  greaterThan: '>',
  greaterThanInclusive: '≥',
  in: 'in',
  notIn: 'not in',
  contains: 'contains',
  doesNotContain: 'does not contain',
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
 * value, the comparison and whether it held: `yes:questions-1-7 = 3 ≥ 2 (true)`.
 *
 * @param tree - a rule's `conditions` from an engine run
 * @returns the readable line
 * @example
 * describeConditions({ all: [{ fact: 'x', operator: 'greaterThan', value: 1, factResult: 2, result: true }] })
 * //=> 'x = 2 > 1 (true)'
 * @since 0.1.0
 */
export function describeConditions(tree: unknown): string {
  const node = tree as TreeNode;
  if (node.all) return join(node.all, ' and ');
  if (node.any) return join(node.any, ' or ');
  if (node.not) return `not (${describeConditions(node.not)})`;
  const op = OPERATOR_WORDS[node.operator ?? ''] ?? String(node.operator);
  const factValue = node.factResult === undefined ? 'not evaluated' : JSON.stringify(node.factResult);
  return `${String(node.fact)} = ${factValue} ${op} ${JSON.stringify(node.value)} (${node.result === undefined ? 'not evaluated' : String(node.result)})`;
}

function join(nodes: TreeNode[], sep: string): string {
  const parts = nodes.map((n) => describeConditions(n));
  return parts.length === 1 ? (parts[0] ?? '') : `(${parts.join(sep)})`;
}
