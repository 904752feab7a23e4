import type { ErrorIssue } from '../errors.js';
import { DvRulesError, formatPath } from '../errors.js';

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Deepest nesting accepted in any input document; real cases and rule sets are far shallower. */
export const MAX_DEPTH = 32;

/**
 * Most values (objects, arrays and scalars, every one counted where it is reached) in any input
 * document. The largest shipped document (a result's JSON Schema) has under 1 500; a fixture file
 * of 1000 full cases stays well under. Counting where a value is reached, not once per object,
 * is what stops an object graph whose shared references make 2^26 paths: it is refused after
 * this many steps instead of walked for minutes.
 */
export const MAX_NODES = 250_000;

/** Most keys in one object of any input document (a label pack, the largest, has under 700). */
export const MAX_KEYS_PER_OBJECT = 10_000;

/**
 * Finds what no schema should ever see: keys that could reach an object's prototype, values that
 * are not JSON data (functions, class instances, symbols, non-finite numbers) and absurd nesting.
 * Runs before zod, because zod's record parsing treats `__proto__` as an ordinary key. One pass,
 * linear in the values it reaches, and stopped at the bounds.
 *
 * @param value - the untrusted input, typically from `JSON.parse`
 * @param where - `api`: the API name the size refusal starts with; `file`: the file to name
 * @returns the issues found, each with its path; empty when the value is plain JSON data
 * @throws DvRulesError `INPUT_TOO_LARGE` past `MAX_DEPTH`, `MAX_NODES` or `MAX_KEYS_PER_OBJECT`
 * @example
 * checkPlainData(JSON.parse('{"a":{"__proto__":1}}')) //=> [{ path: 'a.__proto__', message: … }]
 * @since 0.1.0
 */
export function checkPlainData(value: unknown, where: { api?: string; file?: string } = {}): ErrorIssue[] {
  const tooLarge = (path: PropertyKey[], message: string): never => {
    throw new DvRulesError('INPUT_TOO_LARGE', `${where.api ?? 'input'}: ${where.file ?? 'the input'} is too large`, [{ path: formatPath(path), message }], where.file);
  };
  const issues: ErrorIssue[] = [];
  const stack: Array<{ value: unknown; path: PropertyKey[] }> = [{ value, path: [] }];
  let nodes = 1;
  while (stack.length > 0 && issues.length < 20) {
    const { value: v, path } = stack.pop()!;
    if (v === null || typeof v === 'string' || typeof v === 'boolean') continue;
    if (typeof v === 'number') {
      if (!Number.isFinite(v)) issues.push({ path: formatPath(path), message: 'Not a finite number' });
      continue;
    }
    if (typeof v !== 'object') {
      issues.push({ path: formatPath(path), message: `Not JSON data (${typeof v})` });
      continue;
    }
    if (path.length >= MAX_DEPTH) tooLarge(path, `Nested deeper than ${MAX_DEPTH} levels`);
    if (Array.isArray(v)) {
      nodes += v.length;
      if (nodes > MAX_NODES) tooLarge(path, `More than ${MAX_NODES} values in the document`);
      v.forEach((item, i) => stack.push({ value: item, path: [...path, i] }));
      continue;
    }
    const proto = Object.getPrototypeOf(v) as unknown;
    if (proto !== Object.prototype && proto !== null) {
      issues.push({ path: formatPath(path), message: 'Not a plain JSON object' });
      continue;
    }
    const keys = Object.keys(v);
    if (keys.length > MAX_KEYS_PER_OBJECT) tooLarge(path, `More than ${MAX_KEYS_PER_OBJECT} keys in one object`);
    nodes += keys.length;
    if (nodes > MAX_NODES) tooLarge(path, `More than ${MAX_NODES} values in the document`);
    for (const key of keys) {
      if (FORBIDDEN_KEYS.has(key)) {
        issues.push({ path: formatPath([...path, key]), message: 'Forbidden key: could reach an object prototype' });
        continue;
      }
      stack.push({ value: (v as Record<string, unknown>)[key], path: [...path, key] });
    }
  }
  return issues;
}
