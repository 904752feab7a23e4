import { isAlias, isMap, isScalar, isSeq, parseDocument } from 'yaml';
import { DvRulesError } from '../errors.js';
import { MAX_DEPTH, MAX_KEYS_PER_OBJECT, MAX_NODES } from '../schema/check-plain-data.js';
import { lineColumn } from './line-column.js';

/**
 * Most lines plus flow separators (`,` `[` `{`) in a YAML document, counted before the `yaml`
 * parser sees it: that parser takes seconds on half a million items, so a document that could
 * hold more than this many values is refused unread. Real YAML cases and fixtures have a few
 * hundred lines.
 */
export const MAX_YAML_TOKENS = 100_000;

/** Deepest run of unclosed `[`/`{` before the parser sees a YAML document (brackets in quoted text count too, hence the margin). */
const MAX_YAML_BRACKETS = 4 * MAX_DEPTH;

/**
 * Reads YAML as plain data, in time linear in its length: bounded before parsing, then one pass
 * over the parsed tree for repeated keys, keys that are collections, depth and size (the `yaml`
 * library's own duplicate check compares every key with every other, so it is off), and the
 * parser's warnings (an unknown tag) refused as coded issues giving the line, never the text.
 * Nothing is printed: the library's warnings are collected, not logged.
 *
 * @param body - the YAML text, without a byte-order mark
 * @param where - `api`, `file`: for messages
 * @returns the parsed data
 * @throws DvRulesError `INVALID_JSON` (syntax, a key twice, a collection as key, a tag),
 *   `INPUT_TOO_LARGE` (past the depth, key or value bounds)
 * @example
 * readYaml('q1: yes', { api: 'parseDataText', file: 'case.yaml' }) //=> { q1: 'yes' }
 * @since 0.1.0
 */
export function readYaml(body: string, where: { api: string; file?: string }): unknown {
  const name = where.file ?? 'input';
  const refuse = (code: 'INVALID_JSON' | 'INPUT_TOO_LARGE', message: string, issue: string): never => {
    throw new DvRulesError(code, `${where.api}: ${name} ${message}`, [{ path: '$', message: issue }], where.file);
  };
  prebound(body, refuse);
  const doc = parseDocument(body, { uniqueKeys: false, merge: false, customTags: [], logLevel: 'silent', prettyErrors: false });
  const error = doc.errors[0];
  if (error !== undefined) refuse('INVALID_JSON', 'is not valid YAML', `Syntax error at ${at(body, error)}`);
  const warning = doc.warnings[0];
  if (warning !== undefined) refuse('INVALID_JSON', 'is not plain YAML data', `${warning.code === 'TAG_RESOLVE_FAILED' ? 'A tag' : 'Not plain data'} at ${at(body, warning)}`);
  checkTree(doc.contents, body, refuse);
  try {
    return doc.toJS({ maxAliasCount: 100 }) as unknown;
  } catch {
    // The only way toJS fails on a tree that passed the checks: aliases that would expand past the bound.
    return refuse('INPUT_TOO_LARGE', 'is too large', 'More than 100 YAML aliases, or aliases expanding too far');
  }
}

type Refuse = (code: 'INVALID_JSON' | 'INPUT_TOO_LARGE', message: string, issue: string) => never;

function prebound(body: string, refuse: Refuse): void {
  let tokens = 0;
  let depth = 0;
  for (let i = 0; i < body.length; i++) {
    const c = body.charCodeAt(i);
    if (c === 0x5b || c === 0x7b) {
      if (++depth > MAX_YAML_BRACKETS) refuse('INPUT_TOO_LARGE', 'is too large', `Brackets nested more than ${MAX_YAML_BRACKETS} deep`);
    } else if (c === 0x5d || c === 0x7d) {
      if (depth > 0) depth--;
    } else if (c !== 0x0a && c !== 0x2c) continue;
    if (++tokens > MAX_YAML_TOKENS) refuse('INPUT_TOO_LARGE', 'is too large', `More than ${MAX_YAML_TOKENS} lines and separators`);
  }
}

/** One pass over the parsed nodes (aliases are not followed: toJS bounds them). */
function checkTree(root: unknown, body: string, refuse: Refuse): void {
  const stack: Array<{ node: unknown; depth: number }> = [{ node: root, depth: 0 }];
  let values = 0;
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    if (node === null || node === undefined || isScalar(node) || isAlias(node)) continue;
    if (++values > MAX_NODES) refuse('INPUT_TOO_LARGE', 'is too large', `More than ${MAX_NODES} values in the document`);
    if (depth >= MAX_DEPTH) refuse('INPUT_TOO_LARGE', 'is too large', `Nested deeper than ${MAX_DEPTH} levels`);
    if (isSeq(node)) {
      values += node.items.length;
      for (const item of node.items) stack.push({ node: item, depth: depth + 1 });
      continue;
    }
    if (!isMap(node)) continue;
    if (node.items.length > MAX_KEYS_PER_OBJECT) refuse('INPUT_TOO_LARGE', 'is too large', `More than ${MAX_KEYS_PER_OBJECT} keys in one object`);
    values += node.items.length;
    const seen = new Set<string>();
    for (const pair of node.items) {
      const key = pair.key as unknown;
      if (key !== null && !isScalar(key)) refuse('INVALID_JSON', 'is not plain YAML data', `A key that is not text at ${at(body, key)}`);
      const text = key === null ? '' : String(key.value);
      if (seen.has(text)) refuse('INVALID_JSON', 'has a key twice', `Duplicate key at ${at(body, key)}: which value counts would be a guess`);
      seen.add(text);
      stack.push({ node: pair.value, depth: depth + 1 });
    }
  }
}

/** Where a node or a parser message is, from its offset; never the text there. */
function at(body: string, thing: unknown): string {
  const pos = (thing as { pos?: [number, number] } | null)?.pos?.[0] ?? (thing as { range?: [number, number, number] } | null)?.range?.[0];
  return pos === undefined ? 'an unknown position' : lineColumn(body, pos);
}
