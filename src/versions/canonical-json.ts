import { sha256 } from '@noble/hashes/sha2.js';
import { ByteWriter, withWriter } from './byte-writer.js';

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
  if (value === null || typeof value !== 'object') return scalarText(value);
  return canonicalText(value);
}

/** Short strings (answers, codes, ids) repeat and are quoted once; longer ones (instants, texts) rarely do. */
function scalarText(value: unknown): string {
  return typeof value === 'string' && value.length <= 16 ? quoted(value) : (JSON.stringify(value) ?? 'null');
}

/**
 * The canonical texts of deeply frozen objects, made once: results share their frozen parts
 * (explanation entries, deadlines, the items of a risk form) from result to result, and the text of
 * an object frozen all the way down cannot change. An object frozen at its top only is not kept:
 * what it holds may still change.
 */
const frozenTexts = new WeakMap<object, string>();

function canonicalText(value: object): string {
  // Only frozen objects are kept, and looking is cheaper than `Object.isFrozen` (which goes through every property of a frozen record).
  const known = frozenTexts.get(value);
  if (known !== undefined) return known;
  const frozen = Object.isFrozen(value);
  const text = Array.isArray(value) ? arrayText(value) : objectText(value as Record<string, unknown>);
  if (frozen && holdsOnlyKept(value, frozenTexts)) frozenTexts.set(value, text);
  return text;
}

/** Every object the frozen value holds is kept in `kept` (its text or its bytes), so is itself frozen all the way down. */
function holdsOnlyKept(value: object, kept: WeakMap<object, unknown>): boolean {
  for (const v of Object.values(value)) if (v !== null && typeof v === 'object' && !kept.has(v)) return false;
  return true;
}

function arrayText(value: readonly unknown[]): string {
  let out = '[';
  for (let i = 0; i < value.length; i++) out += (i === 0 ? '' : ',') + canonicalJson(value[i]);
  return `${out}]`;
}

function objectText(record: Record<string, unknown>): string {
  const keys = sortedKeys(Object.keys(record));
  let out = '{';
  for (const k of keys) {
    const v = record[k];
    if (v === undefined) continue;
    out += `${out.length === 1 ? '' : ','}${quoted(k)}:${canonicalJson(v)}`;
  }
  return `${out}}`;
}

/**
 * The keys in code-unit order. Most objects already have them in order (schemas and rule sets are
 * written so) and are not sorted; the others repeat their key lists from object to object (a
 * form's answers q1…q21, a result's items), so each list's order is sorted once.
 */
const sortedLists = new Map<string, Array<{ keys: readonly string[]; sorted: string[] }>>();
function sortedKeys(keys: string[]): string[] {
  let sorted = true;
  for (let i = 1; i < keys.length; i++) {
    if ((keys[i - 1] as string) > (keys[i] as string)) {
      sorted = false;
      break;
    }
  }
  if (sorted) return keys;
  // Lists are found by their first key, then compared key by key (no text is built to find one).
  const first = keys[0] as string;
  let lists = sortedLists.get(first);
  if (lists !== undefined) {
    for (const l of lists) if (sameList(l.keys, keys)) return l.sorted;
  } else {
    if (sortedLists.size >= 1024) sortedLists.clear();
    lists = [];
    sortedLists.set(first, lists);
  }
  const order = [...keys].sort();
  if (lists.length < 16 && keys.length <= 256) lists.push({ keys, sorted: order });
  return order;
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Keys and short values repeat from case to case and result to result (field names, item ids, answers): each is quoted once. */
const quotedTexts = new Map<string, string>();
function quoted(text: string): string {
  let q = quotedTexts.get(text);
  if (q === undefined) {
    q = JSON.stringify(text);
    if (quotedTexts.size < 4096) quotedTexts.set(text, q);
  }
  return q;
}

type NodeHash = { update(data: string | Uint8Array, encoding?: 'utf8'): NodeHash; digest(encoding: 'hex'): string };
type NodeCrypto = { createHash(algorithm: 'sha256'): NodeHash; hash?: (algorithm: 'sha256', data: string | Uint8Array, encoding: 'hex') => string };

/**
 * Node's own SHA-256 when the runtime offers it: looked up at run time through
 * `process.getBuiltinModule` (Node 20.16 and later), never imported, so that bundlers see no
 * Node built-in and the main entry still runs in a browser. It is about five times faster than the
 * JavaScript implementation on a case's few hundred bytes; both give the same digests (a test
 * pins them).
 */
let nodeCrypto: NodeCrypto | null | undefined;
let nodeHash: NodeCrypto['hash'];

/**
 * Looked up on the first hash, not at import: loading node:crypto costs a process about 8 ms of
 * CPU, which every `import('dv-rules-ro')` paid even when it never hashed. `null`: none here.
 */
function builtinCrypto(): NodeCrypto | null {
  if (nodeCrypto !== undefined) return nodeCrypto;
  const proc = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
  const found = typeof proc?.getBuiltinModule === 'function' ? proc.getBuiltinModule('node:crypto') : undefined;
  nodeCrypto = typeof (found as NodeCrypto | undefined)?.createHash === 'function' ? (found as NodeCrypto) : null;
  nodeHash = typeof nodeCrypto?.hash === 'function' ? nodeCrypto.hash.bind(nodeCrypto) : undefined;
  return nodeCrypto;
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
  if (value === null || typeof value !== 'object') return sha256Hex(scalarText(value));
  // A hash of an object reads its getters: one that hashes in turn gets a writer of its own.
  return withWriter(scratch, (w) => writeCanonical(w, value), (bytes) => sha256HexOfBytes(bytes));
}

/** The writer canonical hashes reuse (`resultSha256` has its own: it hashes parts while it writes). */
const scratch = new ByteWriter();
const utf8 = new TextEncoder();

/** The canonical UTF-8 of objects frozen all the way down, as first written (kept apart from `frozenTexts`, the string path's), and of quoted keys with their colon. */
const frozenBytes = new WeakMap<object, Uint8Array>();
const keyBytes = new Map<string, Uint8Array>();

function writeCanonical(w: ByteWriter, value: unknown): void {
  if (value === null || typeof value !== 'object') return w.text(scalarText(value));
  const known = frozenBytes.get(value);
  if (known !== undefined) return w.raw(known);
  if (Object.isFrozen(value)) {
    // Written as bytes like any object; kept (a copy of what was written) when every object it
    // holds was kept, so frozen all the way down. Many frozen parts are met once (a result's tail
    // on a day no other case has): making their text first, then its bytes, cost more than this.
    const start = w.len;
    writeFresh(w, value);
    if (holdsOnlyKept(value, frozenBytes)) frozenBytes.set(value, w.bytes.slice(start, w.len));
    return;
  }
  writeFresh(w, value);
}

/** An object's canonical JSON written as bytes, its members through `writeCanonical` (which keeps frozen ones). */
function writeFresh(w: ByteWriter, value: object): void {
  if (Array.isArray(value)) {
    w.byte(0x5b);
    for (let i = 0; i < value.length; i++) {
      if (i > 0) w.byte(0x2c);
      writeCanonical(w, value[i]);
    }
    return w.byte(0x5d);
  }
  const record = value as Record<string, unknown>;
  w.byte(0x7b);
  let first = true;
  for (const k of sortedKeys(Object.keys(record))) {
    const v = record[k];
    if (v === undefined) continue;
    if (!first) w.byte(0x2c);
    first = false;
    let key = keyBytes.get(k);
    if (key === undefined) {
      key = utf8.encode(`${quoted(k)}:`);
      if (keyBytes.size < 4096) keyBytes.set(k, key);
    }
    w.raw(key);
    writeCanonical(w, v);
  }
  w.byte(0x7d);
}

/** SHA-256 of a text's UTF-8, in hex: Node's built-in where there is one, @noble/hashes elsewhere. */
export function sha256Hex(text: string, engine: 'auto' | 'portable' = 'auto'): string {
  const crypto = engine === 'auto' ? builtinCrypto() : null;
  if (crypto) {
    // The one-shot `crypto.hash` (Node 20.12 and later) skips the Hash object: about twice as fast on a case.
    return nodeHash !== undefined ? nodeHash('sha256', text, 'hex') : crypto.createHash('sha256').update(text, 'utf8').digest('hex');
  }
  // TextEncoder writes UTF-8 as Node's Buffer does (and JSON.stringify has escaped any lone
  // surrogate): the digests are the same.
  return hexOf(sha256(new TextEncoder().encode(text)));
}

/**
 * SHA-256 of bytes, in hex, as `sha256Hex` hashes a text's UTF-8: for a text written straight
 * as bytes (`resultSha256`'s digests by field), which need not be made a string to be hashed.
 *
 * @param bytes - the bytes
 * @param engine - `portable` for @noble/hashes even in Node (tests compare the two)
 * @returns 64 lower-case hex digits
 * @example
 * sha256HexOfBytes(new TextEncoder().encode('{}')) === sha256Hex('{}') //=> true
 * @since 0.1.0
 */
export function sha256HexOfBytes(bytes: Uint8Array, engine: 'auto' | 'portable' = 'auto'): string {
  const crypto = engine === 'auto' ? builtinCrypto() : null;
  if (crypto) return nodeHash !== undefined ? nodeHash('sha256', bytes, 'hex') : crypto.createHash('sha256').update(bytes).digest('hex');
  return hexOf(sha256(bytes));
}

function hexOf(digest: Uint8Array): string {
  let hex = '';
  for (const byte of digest) hex += byte.toString(16).padStart(2, '0');
  return hex;
}
