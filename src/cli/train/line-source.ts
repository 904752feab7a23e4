import { DvRulesError } from '../../index.js';

/**
 * Where a training session reads the trainee's answers, one line at a time. `next` resolves to
 * `null` once the input has ended (a closed pipe, Ctrl-D in a terminal): the session then stops
 * gracefully instead of waiting for ever.
 */
export interface LineSource {
  next(): Promise<string | null>;
  close(): void;
}

/** The longest answer line read, in bytes: an answer is a word; `train < /dev/zero` must not fill the memory. */
export const MAX_ANSWER_BYTES = 4096;

/**
 * Lines read from a stream, for standard input in a terminal or a pipe, each at most
 * `MAX_ANSWER_BYTES` long: a longer line is refused as soon as it is that long (a coded
 * `INPUT_TOO_LARGE`), never buffered. Lines that arrive before they are asked for are kept, in
 * order; a trailing carriage return is dropped.
 *
 * @param input - the stream, usually `process.stdin`
 * @returns the line source; `close` releases the stream so that the process can exit
 * @throws DvRulesError `INPUT_TOO_LARGE` from `next` for a line longer than the limit
 * @example
 * const lines = lineSourceFromStream(process.stdin); await lines.next() //=> 'y' (or null at the end)
 * @since 0.1.0
 */
export function lineSourceFromStream(input: NodeJS.ReadableStream): LineSource {
  const iterator = (input as AsyncIterable<Buffer | string>)[Symbol.asyncIterator]();
  const ready: string[] = [];
  let partial = Buffer.alloc(0);
  let ended = false;
  return {
    async next() {
      while (ready.length === 0 && !ended) {
        const step = await iterator.next();
        if (step.done === true) {
          ended = true;
          if (partial.length > 0) ready.push(partial.toString('utf8'));
          break;
        }
        const chunk = typeof step.value === 'string' ? Buffer.from(step.value, 'utf8') : step.value;
        let bytes = Buffer.concat([partial, chunk]);
        for (let nl = bytes.indexOf(0x0a); nl >= 0; nl = bytes.indexOf(0x0a)) {
          ready.push(bytes.subarray(0, nl).toString('utf8').replace(/\r$/, ''));
          bytes = bytes.subarray(nl + 1);
        }
        partial = Buffer.from(bytes);
        if (partial.length > MAX_ANSWER_BYTES) {
          ended = true;
          void iterator.return?.();
          throw new DvRulesError('INPUT_TOO_LARGE', `train: an answer line is longer than ${MAX_ANSWER_BYTES} bytes`, [
            { path: '$', message: `Longer than ${MAX_ANSWER_BYTES} bytes` },
          ], 'standard input');
        }
      }
      return ready.shift() ?? null;
    },
    close() {
      ended = true;
      void iterator.return?.();
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
