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
  return canonicalText(value);
}

function canonicalText(value: object): string {
  if (Array.isArray(value)) {
    let out = '[';
    for (let i = 0; i < value.length; i++) out += (i === 0 ? '' : ',') + canonicalJson(value[i]);
    return `${out}]`;
  }
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record);
  // Most objects already have their keys in order (schemas and rule sets are written so): sort
  // only when they are not.
  for (let i = 1; i < keys.length; i++) {
    if ((keys[i - 1] as string) > (keys[i] as string)) {
      keys.sort();
      break;
    }
  }
  let out = '{';
  for (const k of keys) {
    const v = record[k];
    if (v === undefined) continue;
    out += `${out.length === 1 ? '' : ','}${quotedKey(k)}:${typeof v === 'string' ? JSON.stringify(v) : canonicalJson(v)}`;
  }
  return `${out}}`;
}

/** Keys repeat from case to case (item ids, field names): each is quoted once. */
const quotedKeys = new Map<string, string>();
function quotedKey(k: string): string {
  let q = quotedKeys.get(k);
  if (q === undefined) {
    q = JSON.stringify(k);
    if (quotedKeys.size < 4096) quotedKeys.set(k, q);
  }
  return q;
}

type NodeHash = { update(text: string, encoding: 'utf8'): NodeHash; digest(encoding: 'hex'): string };
type NodeCrypto = { createHash(algorithm: 'sha256'): NodeHash; hash?: (algorithm: 'sha256', text: string, encoding: 'hex') => string };

/**
 * Node's own SHA-256 when the runtime offers it: looked up at run time through
 * `process.getBuiltinModule` (Node 20.16 and later), never imported, so that bundlers see no
 * Node built-in and the main entry still runs in a browser. It is about five times faster than the
 * JavaScript implementation on a case's few hundred bytes; both give the same digests (a test
 * pins them).
 */
const nodeCrypto: NodeCrypto | undefined = (() => {
  const proc = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
  const found = typeof proc?.getBuiltinModule === 'function' ? proc.getBuiltinModule('node:crypto') : undefined;
  return typeof (found as NodeCrypto | undefined)?.createHash === 'function' ? (found as NodeCrypto) : undefined;
})();

const nodeHash = typeof nodeCrypto?.hash === 'function' ? nodeCrypto.hash.bind(nodeCrypto) : undefined;

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
  return sha256Hex(canonicalJson(value));
}

/** SHA-256 of a text's UTF-8, in hex: Node's built-in where there is one, @noble/hashes elsewhere. */
export function sha256Hex(text: string, engine: 'auto' | 'portable' = 'auto'): string {
  if (engine === 'auto' && nodeCrypto) {
    // The one-shot `crypto.hash` (Node 20.12 and later) skips the Hash object: about twice as fast on a case.
    return nodeHash !== undefined ? nodeHash('sha256', text, 'hex') : nodeCrypto.createHash('sha256').update(text, 'utf8').digest('hex');
  }
  // TextEncoder writes UTF-8 as Node's Buffer does (and JSON.stringify has escaped any lone
  // surrogate): the digests are the same.
  const digest = sha256(new TextEncoder().encode(text));
  let hex = '';
  for (const byte of digest) hex += byte.toString(16).padStart(2, '0');
  return hex;
}
