import { BATCH_ROOM_BYTES, KEPT_ROOM_BYTES, reusedBatchMemory } from './batch-memory.js';
import { quotedKey, safeStringify } from './json-line.js';

/**
 * Bytes a `JsonLineBatch` made: whole lines, each exactly the UTF-8 of what `jsonLine` gives for
 * its value, so every character the output gate would change is already a `\uXXXX` escape and
 * they may be written without the gate's scan (`CliIo.writeJsonBytes`).
 */
export type JsonLineBytes = Uint8Array & { readonly jsonLineBytes: unique symbol };

/** Text this short is encoded here when it is ASCII (most is: `,"key":`), not by a call into Buffer. */
const SHORT_TEXT = 64;

/**
 * The UTF-8 of frozen objects, made once: a result's shared parts are frozen and the same object
 * from result to result (`jsonLine` keeps their texts for the same reason). Encoding the text
 * anew for every line, not serialising it, is what a batch of results spends most on: a kept
 * Buffer is copied instead. `null` marks a frozen value with no JSON text (a `toJSON` giving
 * undefined), which is written as `jsonLine` writes it: not at all.
 */
const frozenBytes = new WeakMap<object, Buffer | null>();

/**
 * A frozen object's bytes (made the first time), undefined for an object that is not frozen. The
 * kept bytes are looked for first: `Object.isFrozen` goes through every property of a frozen
 * record, a lookup does not.
 */
function frozenBytesOf(value: object): Buffer | null | undefined {
  let bytes = frozenBytes.get(value);
  if (bytes === undefined && Object.isFrozen(value)) {
    bytes = (Array.isArray(value) ? joinedBytes(value) : undefined) ?? utf8OfText(safeStringify(value));
    frozenBytes.set(value, bytes);
  }
  return bytes;
}

function utf8OfText(text: string | undefined): Buffer | null {
  return text === undefined ? null : Buffer.from(text, 'utf8');
}

const NULL_BYTES = Buffer.from('null');
const COMMA = Buffer.from(',');
const OPEN = Buffer.from('[');
const CLOSE = Buffer.from(']');

/**
 * A frozen list of frozen objects, as the bytes of its entries joined: lists that share entries (the
 * explanation of a result shares most of its entries with other results' lists) encode each entry
 * once. Undefined, for the caller to serialise the list whole, when an entry is not a frozen object
 * or the list has its own `toJSON`. An entry with no text is `null`, as JSON writes it in a list.
 */
function joinedBytes(list: readonly unknown[]): Buffer | undefined {
  if (list.length < 2 || typeof (list as { toJSON?: unknown }).toJSON === 'function') return undefined;
  const parts: Buffer[] = [OPEN];
  for (let i = 0; i < list.length; i++) {
    const entry = list[i];
    if (entry === null || typeof entry !== 'object') return undefined;
    const bytes = frozenBytesOf(entry);
    if (bytes === undefined) return undefined;
    if (i > 0) parts.push(COMMA);
    parts.push(bytes ?? NULL_BYTES);
  }
  parts.push(CLOSE);
  return Buffer.concat(parts);
}

/**
 * Lines of NDJSON gathered as bytes, to be written several at a time: `add` appends the line of
 * one value, `take` hands over what was gathered. The bytes are `Buffer.from(jsonLine(value))`,
 * byte for byte (test/ndjson holds it), built without that string: the fresh parts of a value
 * are serialised as `jsonLine` serialises them and encoded, its frozen parts are copied from
 * their kept bytes. A value whose serialisation throws adds nothing. One buffer serves batch
 * after batch (fresh memory for every batch would be paged in anew, gigabytes over a long
 * stream): what `take` gives is valid until the next `add`, or until the writer moves it to the
 * thread that writes it (`StdoutBatches`): the batch then starts in memory given back after an
 * earlier write (`reusedBatchMemory`), or new memory.
 *
 * @example
 * const batch = new JsonLineBatch();
 * batch.add({ a: 'x\u2028y' });
 * batch.take().toString() //=> '{"a":"x\\u2028y"}\n'
 * @since 0.1.0
 */
export class JsonLineBatch {
  #buf: Buffer = Buffer.alloc(0);
  #len = 0;
  /** Text not yet encoded: fresh parts are joined as a string and encoded in one call. */
  #text = '';

  /** The bytes gathered and not yet taken. */
  get byteLength(): number {
    return this.#len;
  }

  /**
   * Appends one value as one line.
   *
   * @param value - plain data, as `jsonLine` takes
   * @returns nothing; the batch holds the line
   * @throws what serialising the value throws (a BigInt, a getter that throws); the batch is then as before
   * @example
   * batch.add({ line: 3, error: { code: 'INVALID_JSON' } })
   * @since 0.1.0
   */
  add(value: unknown): void {
    const start = this.#len;
    try {
      if (!this.#value(value)) this.#text += 'null';
      this.#text += '\n';
      this.#encodeText();
    } catch (e) {
      this.#len = start;
      this.#text = '';
      throw e;
    }
  }

  /**
   * Hands over the lines gathered, and starts afresh in the same memory: the bytes taken must be
   * written (handed to the system, not only queued) before the next `add`.
   *
   * @returns the bytes of the lines added since the last `take`, valid until the next `add` (a writer may move their memory away: they then read as empty)
   * @example
   * batch.take() //=> <Buffer 7b 22 … 0a>
   * @since 0.1.0
   */
  take(): JsonLineBytes {
    // Nothing gathered: the memory may be with the writer (moved, so it cannot be viewed).
    const out = this.#len === 0 ? new Uint8Array(0) : this.#buf.subarray(0, this.#len);
    if (this.#buf.length > KEPT_ROOM_BYTES) this.#buf = Buffer.alloc(0);
    this.#len = 0;
    return out as Uint8Array as JsonLineBytes;
  }

  /** Writes a value as `jsonLine`'s `toJson` does; false when it has no text (undefined, a function). */
  #value(value: unknown): boolean {
    if (value === null || typeof value !== 'object') {
      const text = safeStringify(value);
      if (text === undefined) return false;
      this.#text += text;
      return true;
    }
    const bytes = frozenBytesOf(value);
    if (bytes !== undefined) {
      if (bytes === null) return false;
      this.#bytes(bytes);
      return true;
    }
    if (Array.isArray(value)) {
      this.#text += '[';
      for (let i = 0; i < value.length; i++) {
        if (i > 0) this.#text += ',';
        if (!this.#value(value[i])) this.#text += 'null';
      }
      this.#text += ']';
      return true;
    }
    this.#text += '{';
    let first = true;
    for (const key of Object.keys(value)) {
      const v = (value as Record<string, unknown>)[key];
      // The key is written only when its value has a text, as `jsonLine` leaves such a key out.
      if (v === null || typeof v !== 'object') {
        const text = safeStringify(v);
        if (text === undefined) continue;
        this.#text += `${first ? '' : ','}${quotedKey(key)}:${text}`;
      } else {
        const bytes = frozenBytesOf(v);
        if (bytes === null) continue;
        this.#text += `${first ? '' : ','}${quotedKey(key)}:`;
        if (bytes === undefined) this.#value(v);
        else this.#bytes(bytes);
      }
      first = false;
    }
    this.#text += '}';
    return true;
  }

  #bytes(bytes: Buffer): void {
    this.#encodeText();
    this.#room(bytes.length);
    this.#buf.set(bytes, this.#len);
    this.#len += bytes.length;
  }

  /** Encodes the pending text. Parts end between JSON tokens, so no character is cut in two. */
  #encodeText(): void {
    const text = this.#text;
    if (text === '') return;
    this.#text = '';
    // A UTF-16 code unit is at most 3 bytes of UTF-8.
    this.#room(text.length * 3);
    const buf = this.#buf;
    const at = this.#len;
    if (text.length <= SHORT_TEXT) {
      let i = 0;
      for (; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c >= 0x80) break;
        buf[at + i] = c;
      }
      // Not ASCII after all: the bytes written are written again, by the encoder.
      if (i === text.length) {
        this.#len = at + i;
        return;
      }
    }
    this.#len = at + buf.write(text, at, 'utf8');
  }

  /**
   * Room for `n` more bytes; a larger buffer keeps what was gathered. The memory of a batch taken
   * may have been moved to the thread that writes it (it then reads as empty here): the room
   * comes from memory given back after an earlier write, else new memory.
   */
  #room(n: number): void {
    if (this.#len + n <= this.#buf.length) return;
    const size = Math.max(BATCH_ROOM_BYTES, 2 * (this.#len + n));
    const next = (this.#len === 0 ? reusedBatchMemory(size) : undefined) ?? Buffer.allocUnsafe(size);
    if (this.#len > 0) next.set(this.#buf.subarray(0, this.#len));
    this.#buf = next;
  }
}
