import type { Result } from '../schema/result.js';
import { canonicalJson, canonicalSha256, sha256Hex, sha256HexOfBytes } from '../versions/canonical-json.js';
import { ByteWriter, withWriter } from '../versions/byte-writer.js';
import { lazyField, putState } from '../versions/lazy-fields.js';

/**
 * The SHA-256 that `receipt.resultSha256` holds and `verifyReceipt` recomputes, so an edited stored
 * result (an `imminentRisk` flipped, an assumption taken out of the receipt) no longer verifies. It
 * is a hash of hashes, one level deep: every field of the result is hashed on its own (its
 * canonical JSON), a field that is an array element by element, and the receipt field by field
 * without `resultSha256` itself; the digest is the SHA-256 of the canonical JSON of those hashes,
 * by field. Any change to any value changes it, as a hash of the whole text would; but the parts
 * that results share (frozen: explanation entries, deadlines, next steps…) are hashed once, not once
 * per result. Integrity, not authorship: whoever edits the result can also recompute this hash;
 * only a signature says who produced it (docs/integrating.md).
 *
 * @param result - a result, or a stored copy of one
 * @returns the hex digest
 * @example
 * resultSha256(await evaluate(aCase)) === (await evaluate(aCase)).receipt.resultSha256 //=> true
 * @since 0.1.0
 */
export function resultSha256(result: object): string {
  // The scratch is in use only if hashing a part read back into resultSha256 (a getter): that call gets its own.
  return withWriter(scratch, (w) => digestsByField(w, result as Record<string, unknown>, 'result'), (bytes) => sha256HexOfBytes(bytes));
}

const COMMA = 0x2c;
/**
 * The canonical JSON of the digests is written as bytes: it is long (some 10 kB for a result: every
 * explanation and provenance entry has its digest) and almost all of it is kept bytes (a frozen
 * part's quoted digest, a frozen list's digests, a field name), so it is copied together and hashed
 * as it is, never made a string.
 */
const scratch = new ByteWriter();
const utf8 = new TextEncoder();

/**
 * The canonical JSON of a record's digests by field: the digests are hex, so no text needs
 * escaping, and a frozen array's list of digests is written once. Of a result, the receipt is
 * itself digested field by field, without `resultSha256`: an edited receipt (an assumption taken
 * out, a rule set's day or the input hash changed) no longer verifies.
 */
function digestsByField(w: ByteWriter, record: Record<string, unknown>, of: 'result' | 'receipt'): void {
  w.byte(0x7b);
  let first = true;
  for (const key of fieldsInOrder(Object.keys(record))) {
    if (of === 'receipt' && key === 'resultSha256') continue;
    const value = record[key];
    if (value === undefined) continue;
    if (!first) w.byte(COMMA);
    first = false;
    w.raw(keyBytes(key));
    if (of === 'result' && key === 'receipt' && value !== null && typeof value === 'object' && !Array.isArray(value)) digestsByField(w, value as Record<string, unknown>, 'receipt');
    else if (Array.isArray(value)) digestList(w, value);
    else quotedDigest(w, value);
  }
  w.byte(0x7d);
}

/** A field's name as canonical JSON writes it, and the colon after it; names repeat from result to result. */
const keyTexts = new Map<string, Uint8Array>();
function keyBytes(key: string): Uint8Array {
  let bytes = keyTexts.get(key);
  if (bytes === undefined) {
    bytes = utf8.encode(`${JSON.stringify(key)}:`);
    if (keyTexts.size < 4096) keyTexts.set(key, bytes);
  }
  return bytes;
}

/** Field names in code-unit order, as canonical JSON sorts them; results and receipts repeat a few lists (compared, not joined into a key). */
const orders: Array<{ keys: readonly string[]; order: readonly string[] }> = [];
function fieldsInOrder(keys: string[]): readonly string[] {
  for (const o of orders) if (o.keys.length === keys.length && o.keys.every((k, i) => k === keys[i])) return o.order;
  const order = [...keys].sort();
  if (orders.length >= 8) orders.shift();
  orders.push({ keys, order });
  return order;
}

const frozenLists = new WeakMap<readonly unknown[], Uint8Array>();

/** The canonical JSON of an array's digests, element by element; a frozen array's is made once. */
function digestList(w: ByteWriter, value: readonly unknown[]): void {
  const known = frozenLists.get(value);
  if (known !== undefined) return w.raw(known);
  const frozen = Object.isFrozen(value);
  const start = w.len;
  w.byte(0x5b);
  for (let i = 0; i < value.length; i++) {
    if (i > 0) w.byte(COMMA);
    quotedDigest(w, value[i]);
  }
  w.byte(0x5d);
  if (frozen) frozenLists.set(value, w.bytes.slice(start, w.len));
}

/** A frozen part's digest, quoted, as bytes: made once. */
const frozenDigests = new WeakMap<object, Uint8Array>();

/** A part's hash, as a JSON string; a frozen part's is made once, a short part's once per text. */
function quotedDigest(w: ByteWriter, value: unknown): void {
  if (value === null || typeof value !== 'object') return w.quotedHex(shortSha256(canonicalJson(value)));
  // The kept digest is looked for first: `Object.isFrozen` goes through every property of a frozen record.
  let digest = frozenDigests.get(value);
  if (digest === undefined) {
    // A fresh object's canonical JSON is hashed as bytes, never built as a string (canonicalSha256).
    if (!Object.isFrozen(value)) return w.quotedHex(canonicalSha256(value));
    digest = utf8.encode(`"${canonicalSha256(value)}"`);
    frozenDigests.set(value, digest);
  }
  w.raw(digest);
}

/**
 * The digests of short canonical texts, by text: a result's scalars (its schema version, its day,
 * a null), its small records (the library, a determination) repeat from result to result, and one
 * call into node's hash costs more, for a short text, than a map lookup. Bounded: past the limit
 * the oldest half is let go.
 */
const shortDigests = new Map<string, string>();
const SHORT_TEXT = 512;
const SHORT_DIGESTS = 4096;

/** The SHA-256 of a canonical text, from `shortDigests` when the text is short and was seen. */
function shortSha256(text: string): string {
  if (text.length > SHORT_TEXT) return sha256Hex(text);
  let digest = shortDigests.get(text);
  if (digest === undefined) {
    digest = sha256Hex(text);
    if (shortDigests.size >= SHORT_DIGESTS) {
      let drop = SHORT_DIGESTS / 2;
      for (const key of shortDigests.keys()) {
        shortDigests.delete(key);
        if (--drop === 0) break;
      }
    }
    shortDigests.set(text, digest);
  }
  return digest;
}

/**
 * Gives a result its receipt, with `inputSha256` and `resultSha256`. Both are computed when first
 * read (serialising the result reads them) and kept: a caller that only reads the outcome does not
 * pay for hashing, and a result changed after the first read of `resultSha256` no longer matches.
 * The input hash is of the validated case, which the library made and nothing else holds.
 *
 * @param result - the result just built, without its receipt
 * @param receipt - the receipt's other fields
 * @param input - the validated case, whose canonical SHA-256 `inputSha256` is
 * @returns the same result, with its receipt
 * @example
 * sealResult(result, receipt, c).receipt.resultSha256 //=> '3f…' (64 hex digits)
 * @since 0.1.0
 */
export function sealResult(
  result: Omit<Result, 'receipt'>,
  receipt: Pick<Result['receipt'], 'library' | 'schemaVersion' | 'ruleSets' | 'options'>,
  input: unknown,
): Result {
  const out = result as Result;
  // The fields in the order of the schema; the two hashes are getters shared by every receipt over its state, so every receipt has one shape.
  const sealed = { library: receipt.library, schemaVersion: receipt.schemaVersion, ruleSets: receipt.ruleSets } as Record<string, unknown>;
  Object.defineProperty(sealed, 'inputSha256', INPUT_SHA256);
  sealed['options'] = receipt.options;
  Object.defineProperty(sealed, 'resultSha256', RESULT_SHA256);
  putState(sealed, { input, result: out } satisfies ReceiptState);
  out.receipt = sealed as unknown as Result['receipt'];
  return out;
}

/** What a receipt's hashes are made from, and each once made. */
interface ReceiptState {
  readonly input: unknown;
  readonly result: Result;
  inputSha256?: string;
  resultSha256?: string;
}
const INPUT_SHA256 = lazyField('receipt.inputSha256', (s: ReceiptState) => (s.inputSha256 ??= canonicalSha256(s.input)));
const RESULT_SHA256 = lazyField('receipt.resultSha256', (s: ReceiptState) => (s.resultSha256 ??= resultSha256(s.result)));
