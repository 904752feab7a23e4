import { sha256 } from '@noble/hashes/sha2.js';

/**
 * Serialises JSON data with object keys sorted at every level and no white space, so the same
 * content always gives the same text (and hash), whatever the key order or formatting of the file.
 *
 * @param value - JSON data (already checked to be plain data)
 * @returns the canonical JSON text
 * @example
 * canonicalJson({ b: 1, a: [true, null] }) //=> '{"a":[true,null],"b":1}'
 * @since 0.1.0
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map((v) => canonicalJson(v)).join(',')}]`;
  const entries = Object.keys(value)
    .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
    .sort()
    .map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`);
  return `{${entries.join(',')}}`;
}

/**
 * The SHA-256 (hex) of the canonical JSON of `value`: the hash of rule sets in results, receipts and
 * the manifest, and of the case in `receipt.inputSha256`. Outside Node: sort keys at every level,
 * no white space, JSON.stringify's escaping, UTF-8, SHA-256.
 *
 * @param value - JSON data
 * @returns 64 lower-case hex digits
 * @example
 * canonicalSha256({ b: 1, a: 2 }) === canonicalSha256({ a: 2, b: 1 }) //=> true
 * @since 0.1.0
 */
export function canonicalSha256(value: unknown): string {
  // Not node:crypto, so that the main entry runs in a browser. TextEncoder writes UTF-8 as Node's
  // Buffer does (and JSON.stringify has escaped any lone surrogate): the digests are unchanged.
  const digest = sha256(new TextEncoder().encode(canonicalJson(value)));
  let hex = '';
  for (const byte of digest) hex += byte.toString(16).padStart(2, '0');
  return hex;
}
