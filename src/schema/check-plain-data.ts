import type { ErrorIssue } from '../errors.js';
import { formatPath } from '../errors.js';

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Deepest nesting accepted in any input document; real cases and rule sets are far shallower. */
export const MAX_DEPTH = 32;

/**
 * Finds what no schema should ever see: keys that could reach an object's prototype, values that
 * are not JSON data (functions, class instances, symbols, non-finite numbers) and absurd nesting.
 * Runs before zod, because zod's record parsing treats `__proto__` as an ordinary key.
 *
 * @param value - the untrusted input, typically from `JSON.parse`
 * @returns the issues found, each with its path; empty when the value is plain JSON data
 * @example
 * checkPlainData(JSON.parse('{"a":{"__proto__":1}}')) //=> [{ path: 'a.__proto__', message: … }]
 * @since 0.1.0
 */
export function checkPlainData(value: unknown): ErrorIssue[] {
  const issues: ErrorIssue[] = [];
  const stack: Array<{ value: unknown; path: PropertyKey[] }> = [{ value, path: [] }];
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
    if (path.length >= MAX_DEPTH) {
      issues.push({ path: formatPath(path), message: `Nested deeper than ${MAX_DEPTH} levels` });
      continue;
    }
    if (Array.isArray(v)) {
      v.forEach((item, i) => stack.push({ value: item, path: [...path, i] }));
      continue;
    }
    const proto = Object.getPrototypeOf(v) as unknown;
    if (proto !== Object.prototype && proto !== null) {
      issues.push({ path: formatPath(path), message: 'Not a plain JSON object' });
      continue;
    }
    for (const key of Object.keys(v)) {
      if (FORBIDDEN_KEYS.has(key)) {
        issues.push({ path: formatPath([...path, key]), message: 'Forbidden key: could reach an object prototype' });
        continue;
      }
      stack.push({ value: (v as Record<string, unknown>)[key], path: [...path, key] });
    }
  }
  return issues;
}
