import { MAX_DEPTH, MAX_KEYS_PER_OBJECT, MAX_NODES } from '../schema/check-plain-data.js';

/** What `scanJson` found wrong, and where (a UTF-16 offset into the text). */
export type JsonScanFinding = { kind: 'duplicate-key' | 'too-deep' | 'too-many-keys' | 'too-many-values'; offset: number };

/**
 * One linear pass over JSON text, before `JSON.parse`: a key given twice in one object (which
 * JSON.parse would silently resolve to the last), nesting past `MAX_DEPTH`, an object with more
 * than `MAX_KEYS_PER_OBJECT` keys, more than `MAX_NODES` values. It does not judge the syntax
 * (JSON.parse does): on text it cannot follow it stops and reports nothing. Each key is looked up
 * in a set per object, so the pass stays linear however many keys there are (the `yaml`
 * parser's duplicate check it replaces compares every key with every other).
 *
 * @param text - JSON text, without a byte-order mark
 * @returns the first finding, or null
 * @example
 * scanJson('{"q1": "yes", "q1": "no"}') //=> { kind: 'duplicate-key', offset: 14 }
 * @since 0.1.0
 */
export function scanJson(text: string): JsonScanFinding | null {
  // One entry per open container: the keys seen for an object, null for an array.
  const open: Array<Set<string> | null> = [];
  let expectKey = false;
  let values = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09 || c === 0x3a) continue;
    if (c === 0x22) {
      let j = i + 1;
      let escaped = false;
      while (j < n) {
        const d = text.charCodeAt(j);
        if (d === 0x5c) {
          escaped = true;
          j += 2;
          continue;
        }
        if (d === 0x22) break;
        j++;
      }
      if (j >= n) return null;
      const keys = open.length > 0 ? open[open.length - 1] : null;
      if (expectKey && keys) {
        let key = text.slice(i + 1, j);
        if (escaped) {
          try {
            key = JSON.parse(text.slice(i, j + 1)) as string;
          } catch {
            return null;
          }
        }
        if (keys.has(key)) return { kind: 'duplicate-key', offset: i };
        keys.add(key);
        if (keys.size > MAX_KEYS_PER_OBJECT) return { kind: 'too-many-keys', offset: i };
        expectKey = false;
      } else if (++values > MAX_NODES) return { kind: 'too-many-values', offset: i };
      i = j;
      continue;
    }
    if (c === 0x7b || c === 0x5b) {
      if (++values > MAX_NODES) return { kind: 'too-many-values', offset: i };
      if (open.length >= MAX_DEPTH) return { kind: 'too-deep', offset: i };
      open.push(c === 0x7b ? new Set() : null);
      expectKey = c === 0x7b;
      continue;
    }
    if (c === 0x7d || c === 0x5d) {
      open.pop();
      expectKey = false;
      continue;
    }
    if (c === 0x2c) {
      expectKey = open.length > 0 && open[open.length - 1] !== null;
      continue;
    }
    // A number, true, false or null (or text JSON.parse will refuse): one value, read to its end.
    if (++values > MAX_NODES) return { kind: 'too-many-values', offset: i };
    while (i + 1 < n && isScalarChar(text.charCodeAt(i + 1))) i++;
  }
  return null;
}

/** Letters, digits, `+`, `-`, `.`: what a JSON number or literal is made of. */
function isScalarChar(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c === 0x2b || c === 0x2d || c === 0x2e;
}
