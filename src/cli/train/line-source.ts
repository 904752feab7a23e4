import { createInterface } from 'node:readline';

/**
 * Where a training session reads the trainee's answers, one line at a time. `next` resolves to
 * `null` once the input has ended (a closed pipe, Ctrl-D in a terminal): the session then stops
 * gracefully instead of waiting for ever.
 */
export interface LineSource {
  next(): Promise<string | null>;
  close(): void;
}

/**
 * Lines read from a stream with `node:readline`, for standard input in a terminal or a pipe.
 * Lines that arrive before they are asked for are kept, in order.
 *
 * @param input - the stream, usually `process.stdin`
 * @returns the line source; `close` releases the stream so that the process can exit
 * @example
 * const lines = lineSourceFromStream(process.stdin); await lines.next() //=> 'y' (or null at the end)
 * @since 0.1.0
 */
export function lineSourceFromStream(input: NodeJS.ReadableStream): LineSource {
  const rl = createInterface({ input, crlfDelay: Infinity, terminal: false });
  const iterator = rl[Symbol.asyncIterator]();
  let ended = false;
  return {
    async next() {
      if (ended) return null;
      const step = await iterator.next();
      if (step.done === true) ended = true;
      return step.done === true ? null : step.value;
    },
    close() {
      ended = true;
      rl.close();
    },
  };
}

/**
 * Lines given in advance, for tests and scripted demonstrations.
 *
 * @param lines - the lines, in order
 * @returns a line source that ends after the last line
 * @example
 * await lineSourceFromLines(['y']).next() //=> 'y'
 * @since 0.1.0
 */
export function lineSourceFromLines(lines: readonly string[]): LineSource {
  let i = 0;
  return {
    next: async () => (i < lines.length ? (lines[i++] ?? null) : null),
    close: () => void (i = lines.length),
  };
}
