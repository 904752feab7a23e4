import { batchErrorOf, createTranslator, DvRulesError, evaluate, evaluateSync, MAX_FILE_BYTES, parseDataText, parseEvaluateOptions, pluralKey, type EvaluateOptions, type Translator } from '../index.js';
import { takeRef } from './case-ref.js';
import { plainMessage } from './describe-error.js';
import { EXIT } from './exit-status.js';
import { inputChunks } from './input-chunks.js';
import type { CliIo } from './io.js';
import { JsonLineBatch } from './json-line-batch.js';
import { jsonLine, type JsonLine } from './json-line.js';
import { progressLine, type ProgressText } from './progress-line.js';
import { readLines, type InputLine } from './read-lines.js';
import { onFirstStopSignal, type StopSignal, type StopSignals } from './stop-signals.js';

/** The shell's status for a process that a signal ended: 128 and the signal's number. */
const SIGNAL_STATUS: Readonly<Record<StopSignal, number>> = { SIGINT: EXIT.interrupted, SIGTERM: EXIT.terminated };

const API = 'evaluate';

/**
 * `dv-rules evaluate --ndjson [file|-]`: one case per line in, one line per case out, as they
 * come: the result's JSON, or `{"line":N,"error":{…}}` for a refused line (bad JSON, an invalid
 * case, no rule set in force, a line over 2 MiB); a refused line never stops the rest. Memory
 * stays flat whatever the length of the stream: one input line is held at a time, output lines
 * are gathered into batches of some 1 MiB (written at once when the input pauses), and each
 * batch waits until standard output can take it.
 *
 * @param arg - the file, `-` or undefined (standard input)
 * @param options - `evaluate`'s options from the flags, checked once before the first line
 * @param io - where lines come from and go
 * @param signals - where SIGINT and SIGTERM are heard: either stops the command before the next
 *   line, also while it waits for input, and the lines made are written (the output ends with a
 *   whole line), with a sentence on standard error; a second one ends the process at once (Node's
 *   own handling)
 * @returns exit status 0 when every line had a result, 2 when any line was refused, 130 or 143 when SIGINT or SIGTERM stopped it
 * @throws DvRulesError `INVALID_OPTIONS` before any line; `FILE_NOT_READABLE` when the input cannot be read
 * @example
 * await commandEvaluateNdjson('cases.ndjson', {}, io) //=> 0
 * @since 0.1.0
 */
export async function commandEvaluateNdjson(arg: string | undefined, options: EvaluateOptions, io: CliIo, signals: StopSignals = process): Promise<number> {
  const opts = parseEvaluateOptions(options, API);
  const file = arg === undefined || arg === '-' ? 'standard input' : arg;
  const out = lineOutput(io);
  const tr = translatorOf(opts);
  // Not over lines being typed: the terminal echoes them where the progress line is drawn.
  const typed = file === 'standard input' && io.stdinIsTTY === true;
  let progress = io.progress && !typed ? progressLine(io.err, Date.now, progressText(tr)) : undefined;
  // The reference engine (`--engine reference`, for audits) is asynchronous; the compiled one is not.
  const reference = opts.engine === 'reference';
  let done = 0;
  let refused = 0;
  let lastLine = 0;
  // Killed mid-write, the output would end in half a line (a file a CI job's timeout cut short):
  // the first signal stops the loop instead, and the lines made are written whole.
  let stoppedBy: StopSignal | undefined;
  let endWait: () => void = () => undefined;
  const stopped = new Promise<void>((resolve) => {
    endWait = resolve;
  });
  const off = onFirstStopSignal(signals, (signal) => {
    stoppedBy = signal;
    endWait();
    progress?.clear();
    progress = undefined;
  });
  try {
    for await (const line of readLines(untilStopped(await inputChunks(arg, io, API), stopped), MAX_FILE_BYTES)) {
      if (stoppedBy !== undefined) break;
      let ref: string | undefined;
      try {
        // The agency's `ref` is taken off the case, as evaluate and impact do, and names a refused line.
        const taken = takeRef(parseLine(line, file));
        ref = taken.ref;
        out.add(reference ? await evaluate(taken.case, opts) : evaluateSync(taken.case, opts));
      } catch (e) {
        refused += 1;
        const error = batchErrorOf(e, API);
        out.add({ line: line.number, ...(ref === undefined ? {} : { ref }), error: { ...error, message: plainMessage(error.message) } });
      }
      // Lines wait in the batch only while more input is at hand: the line before a pause in the input is written at once.
      if (line.last === true || out.full()) await out.flush();
      done += 1;
      lastLine = line.number;
      progress?.update(done, refused);
    }
    await out.close();
  } finally {
    off();
  }
  progress?.clear();
  if (stoppedBy !== undefined) {
    const signal = tr.t(`ui.ndjson.signal.${stoppedBy}`);
    // Stopped before a line was read (a slow producer, a signal at start): "after line 0" would say nothing.
    const key = lastLine === 0 ? 'ui.ndjson.stopped.none' : pluralKey(tr.lang, 'ui.ndjson.stopped', done);
    io.err(`dv-rules: ${tr.t(key, { signal, line: lastLine, count: done, refused })}\n`);
    return SIGNAL_STATUS[stoppedBy];
  }
  return refused === 0 ? EXIT.ok : EXIT.invalid;
}

const STOPPED: unique symbol = Symbol('stopped');

/**
 * The chunks of the input until `stopped` settles: a wait for input (standard input on a terminal,
 * a slow pipe) ends at once when a signal stops the command, instead of at the next line typed.
 * The source is then let go: a stream (standard input) is destroyed, since its iterator would wait
 * for the read in flight before ending; a file is closed once its read returns.
 */
async function* untilStopped(chunks: AsyncIterable<Uint8Array | string>, stopped: Promise<void>): AsyncGenerator<Uint8Array | string, void, undefined> {
  const source = chunks[Symbol.asyncIterator]();
  const stop = stopped.then((): typeof STOPPED => STOPPED);
  let ended = false;
  try {
    for (;;) {
      const pending = source.next();
      const next = await Promise.race([pending, stop]);
      if (next === STOPPED) {
        // What the read in flight gives now (a chunk, the end, or a stream's premature close) is not wanted.
        pending.catch(() => undefined);
        return;
      }
      if (next.done === true) {
        ended = true;
        return;
      }
      yield next.value;
    }
  } finally {
    // Stopped, or left by the reader (a signal seen between two lines of a chunk): let the source go.
    if (!ended) {
      const stream = chunks as { destroy?: () => void };
      if (typeof stream.destroy === 'function') stream.destroy();
      else source.return?.().catch(() => undefined);
    }
  }
}

/**
 * A batch is written once it holds this much: a dozen results, one write (and one wait) for them
 * all. Measured through a pipe to a Node reader, 1 MiB took less time than 64 kB to 512 kB or 2 MiB.
 */
const BATCH_BYTES = 1024 * 1024;

/**
 * Where the output lines go: gathered as bytes and written a batch at a time when the io takes
 * bytes (the CLI's standard output), else one `jsonLine` at a time. Lines from either skip the
 * output gate's scan: they already carry nothing it would change. Two batches take turns: one is
 * written while the next is filled (the CLI writes through a pipe from a worker thread), and a
 * batch is filled again only once its bytes were written. `close` waits for every write.
 */
function lineOutput(io: CliIo): { add(value: unknown): void; full(): boolean; flush(): Promise<void>; close(): Promise<void> } {
  const writeBytes = io.writeJsonBytes;
  if (writeBytes !== undefined) {
    const batches = [new JsonLineBatch(), new JsonLineBatch()] as const;
    const writing: [Promise<void> | undefined, Promise<void> | undefined] = [undefined, undefined];
    let at: 0 | 1 = 0;
    const flush = async (): Promise<void> => {
      if (batches[at].byteLength > 0) {
        writing[at] = writeBytes(batches[at].take());
        at = at === 0 ? 1 : 0;
      }
      // The batch filled next may still be being written: its memory is reused only after.
      await writing[at];
      writing[at] = undefined;
    };
    return {
      add: (value) => batches[at].add(value),
      full: () => batches[at].byteLength >= BATCH_BYTES,
      flush,
      close: async () => {
        await flush();
        await Promise.all(writing);
      },
    };
  }
  const write = io.writeJsonLine ?? io.write ?? (async (text: string) => io.out(text));
  let pending: JsonLine | undefined;
  const flush = async (): Promise<void> => {
    if (pending === undefined) return;
    const text = pending;
    pending = undefined;
    await write(text);
  };
  return {
    add: (value) => {
      pending = jsonLine(value);
    },
    full: () => pending !== undefined,
    flush,
    close: flush,
  };
}

function parseLine(line: InputLine, file: string): unknown {
  if (line.problem === 'not-utf-8') {
    throw new DvRulesError('INVALID_JSON', `${API}: line ${line.number} of ${file} is not UTF-8 text`, [{ path: '$', message: 'Not valid UTF-8' }], file);
  }
  if (line.text === null) {
    throw new DvRulesError('INPUT_TOO_LARGE', `${API}: line ${line.number} of ${file} is longer than ${MAX_FILE_BYTES} bytes`, [
      { path: '$', message: `Longer than ${MAX_FILE_BYTES} bytes: skipped unread` },
    ], file);
  }
  try {
    // Refusals name the line of the file, and their positions are columns of it.
    return parseDataText(line.text, { format: 'json', api: API, file, line: line.number });
  } catch (e) {
    // A case file given whole (YAML, or JSON over several lines) would otherwise give the same
    // sentence for each of its lines: a line that is not JSON says what the mode reads.
    if (e instanceof DvRulesError && e.code === 'INVALID_JSON' && e.message.endsWith(' is not valid JSON')) {
      throw new DvRulesError('INVALID_JSON', `${e.message}: --ndjson reads one case per line, as compact JSON (a whole case file goes to dv-rules evaluate FILE)`, e.issues, e.file);
    }
    throw e;
  }
}

/** The command's own words (the progress line, the sentence of a stop) in the language of the flags (`--lang`, or the label pack's). */
function translatorOf(opts: EvaluateOptions): Translator {
  return createTranslator(opts.lang ?? opts.labels?.pack.lang ?? 'en', opts.labels);
}

function progressText(tr: Translator): ProgressText {
  return (done, refused, rate) => tr.t(pluralKey(tr.lang, 'ui.ndjson.progress', done), { count: done, refused, rate });
}
