/** One non-blank line of a stream: its number (from 1, blank lines counted) and its text, or null when it could not be read (`problem` says why). */
export interface InputLine {
  number: number;
  text: string | null;
  /** Why `text` is null: longer than the limit, or bytes that are not UTF-8. */
  problem?: 'too-long' | 'not-utf-8';
  /** No further line has been read yet: the next one waits for input (a batch of output is written now, not held). */
  last?: true;
}

/** UTF-8 that refuses what is not: a lenient decoder would make two different lines read (and hash) alike. */
export const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true });

const NEWLINE = 0x0a;
const BLANK = /^[ \t\r]*$/;

/**
 * Splits a stream of chunks into lines, holding at most one line in memory. A line longer than
 * `maxBytes` is not buffered: its bytes are dropped until the next newline and it comes out with
 * `text: null`, so one huge line costs nothing and the line after it is read as usual. Lines are
 * split on bytes, before decoding, so a character cut across two chunks stays whole; a trailing
 * carriage return (CRLF files) is dropped. Blank lines are skipped but counted.
 *
 * @param chunks - the stream (bytes or text)
 * @param maxBytes - the longest line read, in bytes, without its line end
 * @returns the non-blank lines, lazily
 * @example
 * for await (const l of readLines(process.stdin, MAX_FILE_BYTES)) l //=> { number: 1, text: '{…}' }, …
 * @since 0.1.0
 */
export async function* readLines(chunks: AsyncIterable<Uint8Array | string>, maxBytes: number): AsyncGenerator<InputLine, void, undefined> {
  let parts: Buffer[] = [];
  let size = 0;
  let number = 1;
  const finish = (): InputLine | undefined => {
    let line: InputLine | undefined;
    if (size > maxBytes) line = { number, text: null, problem: 'too-long' };
    else {
      let text: string | undefined;
      try {
        // Most lines lie within one chunk: decoded where they are, not copied out first.
        text = STRICT_UTF8.decode(parts.length === 1 ? (parts[0] as Buffer) : Buffer.concat(parts, size));
        if (text.charCodeAt(text.length - 1) === 0x0d) text = text.slice(0, -1);
      } catch {
        line = { number, text: null, problem: 'not-utf-8' };
      }
      if (text !== undefined && !BLANK.test(text)) line = { number, text };
    }
    parts = [];
    size = 0;
    number += 1;
    return line;
  };
  for await (const chunk of chunks) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    // Each newline is looked for once, before the line ahead of it is given: so a line knows whether it is the chunk's last.
    let newline = bytes.indexOf(NEWLINE);
    for (let start = 0; start < bytes.length; ) {
      const end = newline === -1 ? bytes.length : newline;
      size += end - start;
      // Past the limit the line's bytes are counted, never kept.
      if (size <= maxBytes) parts.push(bytes.subarray(start, end));
      else parts = [];
      if (newline === -1) break;
      const line = finish();
      start = newline + 1;
      newline = start < bytes.length ? bytes.indexOf(NEWLINE, start) : -1;
      if (line !== undefined) {
        if (newline === -1) line.last = true;
        yield line;
      }
    }
  }
  if (size > 0) {
    const line = finish();
    if (line !== undefined) yield { ...line, last: true };
  }
}
