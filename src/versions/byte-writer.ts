/** The room a writer starts with, and keeps between uses. */
const SCRATCH_BYTES = 64 * 1024;
const QUOTE = 0x22;
const utf8 = new TextEncoder();

/**
 * UTF-8 bytes written in place into a buffer that grows, for text that is hashed as bytes (a
 * canonical JSON, `resultSha256`'s digests by field): built as a string, such a text is a rope of
 * hundreds of pieces, and making it one string and then bytes cost several times the hash. A
 * writer is reused from call to call (`inUse` tells whether a call holds it now).
 *
 * @example
 * const w = new ByteWriter(); w.text('{"a":'); w.byte(0x31); w.byte(0x7d); w.view() //=> the bytes of '{"a":1}'
 * @since 0.1.0
 */
export class ByteWriter {
  bytes = new Uint8Array(SCRATCH_BYTES);
  len = 0;
  inUse = false;

  room(n: number): void {
    if (this.len + n <= this.bytes.length) return;
    const next = new Uint8Array(2 * (this.len + n));
    next.set(this.bytes.subarray(0, this.len));
    this.bytes = next;
  }

  byte(b: number): void {
    this.room(1);
    this.bytes[this.len++] = b;
  }

  raw(b: Uint8Array): void {
    this.room(b.length);
    this.bytes.set(b, this.len);
    this.len += b.length;
  }

  /** A text's UTF-8; a short ASCII one (most: ids, answers, numbers) without a call into the encoder. */
  text(s: string): void {
    // A UTF-16 code unit is at most 3 bytes of UTF-8.
    this.room(s.length * 3);
    const bytes = this.bytes;
    const at = this.len;
    if (s.length <= 64) {
      let i = 0;
      for (; i < s.length; i++) {
        const c = s.charCodeAt(i);
        if (c >= 0x80) break;
        bytes[at + i] = c;
      }
      if (i === s.length) {
        this.len = at + i;
        return;
      }
    }
    this.len = at + utf8.encodeInto(s, bytes.subarray(at)).written;
  }

  /** A digest as a JSON string: hex digits, so one byte each. */
  quotedHex(hex: string): void {
    this.room(hex.length + 2);
    const bytes = this.bytes;
    let at = this.len;
    bytes[at++] = QUOTE;
    for (let i = 0; i < hex.length; i++) bytes[at++] = hex.charCodeAt(i);
    bytes[at++] = QUOTE;
    this.len = at;
  }

  /** The bytes written so far. */
  view(): Uint8Array {
    return this.bytes.subarray(0, this.len);
  }

  /** Room grown for a huge document is let go after it. */
  shrink(): void {
    if (this.bytes.length > 16 * SCRATCH_BYTES) this.bytes = new Uint8Array(SCRATCH_BYTES);
  }
}

/**
 * Runs `write` on `scratch` (or, when a call already holds it, as when a getter read while
 * writing hashes in turn, on a writer of its own) and gives what it wrote to `finish`.
 *
 * @param scratch - the caller's reused writer
 * @param write - writes the text
 * @param finish - reads the bytes (they are reused after it returns)
 * @returns what `finish` returns
 * @example
 * withWriter(scratch, (w) => w.text('{}'), (b) => b.length) //=> 2
 * @since 0.1.0
 */
export function withWriter<T>(scratch: ByteWriter, write: (w: ByteWriter) => void, finish: (bytes: Uint8Array) => T): T {
  const w = scratch.inUse ? new ByteWriter() : scratch;
  w.inUse = true;
  try {
    w.len = 0;
    write(w);
    return finish(w.view());
  } finally {
    w.inUse = false;
    w.shrink();
  }
}
