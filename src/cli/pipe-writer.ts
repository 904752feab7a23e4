import { fstatSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { giveBackBatchMemory } from './batch-memory.js';

/**
 * What the worker runs: it writes each batch it is handed to file descriptor 1, whole, and says
 * when it is done or why it could not (the error's code only: nothing of the bytes). A descriptor
 * made non-blocking again by another process writing to the same pipe (a Node process opening
 * its own standard output there) would answer EAGAIN: the worker then writes no more and gives
 * back, from where it stopped, this batch and every later one, for the main thread to write.
 */
const WORKER_SOURCE = `
const { parentPort } = require('node:worker_threads');
const { writeSync } = require('node:fs');
let stopped = false;
// Each batch's memory comes moved here and goes back moved, written or not.
parentPort.on('message', ({ id, buffer, offset, length }) => {
  if (stopped) return parentPort.postMessage({ id, buffer, written: 0 }, [buffer]);
  const bytes = new Uint8Array(buffer, offset, length);
  let at = 0;
  try {
    while (at < length) at += writeSync(1, bytes, at, length - at);
    parentPort.postMessage({ id, buffer }, [buffer]);
  } catch (e) {
    if (e?.code === 'EAGAIN') {
      stopped = true;
      parentPort.postMessage({ id, buffer, written: at }, [buffer]);
    } else parentPort.postMessage({ id, error: typeof e?.code === 'string' ? e.code : 'EIO' });
  }
});
`;

/** Batches written by the main thread before a worker is started: a short output never pays for one. */
const WORKER_AFTER_BYTES = 2 * 1024 * 1024;
/**
 * Memory this large or larger is a batch's own (Node gives smaller Buffers from a pool it shares):
 * it is moved to the worker as it is. A smaller batch is copied into memory of its own first.
 */
const OWN_MEMORY_BYTES = 64 * 1024;

type Handle = { setBlocking?: (blocking: boolean) => number };

/**
 * Standard output for `evaluate --ndjson`'s batches. On Linux a pipe is written synchronously by
 * Node: while a reader drains some 70 kB results through the pipe's 64 kB, the main thread, which
 * makes the next results, waits. Once an output is long (2 MiB written) and standard output is a
 * pipe, the batches go to a worker thread that writes them (blocking, in its own thread) while the
 * main thread goes on: 55,000 results through a pipe took some 30 % less time (README). Elsewhere,
 * `process.stdout` writes them, as before. The worker's first batch waits until `process.stdout`
 * has written every batch before it.
 *
 * A batch's memory must stay as it is until its promise resolves (`JsonLineBatch.take`), when its
 * bytes are written. Through the worker, the memory is moved there, not copied (it reads as empty
 * here meanwhile), and moved back once written, for the next batch (`giveBackBatchMemory`): two
 * batches take turns, so memory stays flat.
 * A failed write (a reader gone: EPIPE) calls `onError` with the error's code, and its promise
 * never resolves, as `process.stdout`'s error handler ends the process.
 *
 * @since 0.1.0
 */
export class StdoutBatches {
  #worker: Worker | null | undefined;
  #written = 0;
  /**
   * The last write handed on: `process.stdout`'s, done once its bytes are (the worker's first
   * batch waits for it, so the order of the bytes holds), then the worker's batches, each handed
   * on after the one before and done once written.
   */
  #chain: Promise<void> = Promise.resolve();
  #waiting = new Map<number, { offset: number; length: number; resolve: () => void }>();
  /** The worker gave batches back (EAGAIN): from then on `process.stdout` writes every batch, in order. */
  #givenBack = false;
  #next = 0;
  readonly #onError: (code: string) => void;

  constructor(onError: (code: string) => void) {
    this.#onError = onError;
  }

  /**
   * Writes one batch of bytes, after the batches before it.
   *
   * @param bytes - the batch
   * @returns resolved once its bytes are with the system (its memory may then be reused)
   * @example
   * await out.write(batch.take())
   */
  write(bytes: Uint8Array): Promise<void> {
    if (this.#worker === undefined && this.#written >= WORKER_AFTER_BYTES) {
      this.#worker = startWorker(this.#onError);
      this.#worker?.on('message', this.#onMessage);
      // A worker gone with bytes still to write would leave them unwritten, and the process
      // would end as if all went well.
      this.#worker?.on('exit', () => {
        if (this.#waiting.size > 0) this.#onError('EIO');
      });
    }
    const worker = this.#worker;
    if (worker) {
      const after = this.#chain;
      const done = (async () => {
        await after;
        // Given back (EAGAIN): from then on the main thread writes, after what the worker gave back.
        return this.#givenBack ? stdoutWrite(bytes) : this.#viaWorker(worker, bytes);
      })();
      this.#chain = done;
      return done;
    }
    this.#written += bytes.length;
    const done = stdoutWrite(bytes);
    this.#chain = done;
    return done;
  }

  /**
   * Moves a batch's memory to the worker (a small batch's bytes copied into memory of their own
   * first); done once written. The whole memory under the bytes
   * moves: the caller (`JsonLineBatch`) holds no other view of it that it reads before the write.
   */
  #viaWorker(worker: Worker, bytes: Uint8Array): Promise<void> {
    const id = this.#next++;
    let resolve: () => void = () => undefined;
    const done = new Promise<void>((r) => (resolve = r));
    const post = (own: Uint8Array): void => {
      // Read before the move: a moved view reads as empty.
      const { byteOffset: offset, byteLength: length } = own;
      const buffer = own.buffer as ArrayBuffer;
      worker.postMessage({ id, buffer, offset, length }, [buffer]);
      // The worker keeps the process alive only while it has bytes to write.
      if (this.#waiting.size === 0) worker.ref();
      this.#waiting.set(id, { offset, length, resolve });
    };
    try {
      post(bytes.buffer instanceof ArrayBuffer && bytes.buffer.byteLength >= OWN_MEMORY_BYTES ? bytes : new Uint8Array(bytes));
    } catch {
      // Not handed on (memory Node will not move): nothing waits on the worker, and the write fails as a failed write does.
      this.#onError('EIO');
    }
    return done;
  }

  readonly #onMessage = (message: { id: number; buffer?: ArrayBuffer; error?: string; written?: number }): void => {
    const waiting = this.#waiting.get(message.id);
    if (waiting === undefined) return;
    this.#waiting.delete(message.id);
    if (this.#waiting.size === 0) (this.#worker as Worker).unref();
    const { buffer } = message;
    if (message.error !== undefined || buffer === undefined) this.#onError(message.error ?? 'EIO');
    else if (message.written !== undefined) {
      // Given back: written here, in the order the worker answers (the order the batches were handed on).
      this.#givenBack = true;
      void stdoutWrite(new Uint8Array(buffer, waiting.offset + message.written, waiting.length - message.written)).then(waiting.resolve);
    } else {
      giveBackBatchMemory(buffer);
      waiting.resolve();
    }
  };
}

/** Writes bytes with `process.stdout`; resolved once they are with the system (a failed write never resolves: its error handler ends the process). */
function stdoutWrite(bytes: Uint8Array): Promise<void> {
  return new Promise<void>((resolve) => {
    process.stdout.write(bytes, (e) => {
      if (e === null || e === undefined) resolve();
    });
  });
}

/**
 * A worker writing to file descriptor 1, or null where one would not help or could not write: not
 * Linux, standard output not a pipe (or a socket, which Node gives a child as its pipe), or its
 * descriptor not made blocking (Node makes it non-blocking; the shell gave it blocking, as it is
 * made again here, so the worker's writes wait for the reader instead of failing with EAGAIN).
 */
function startWorker(onError: (code: string) => void): Worker | null {
  if (process.platform !== 'linux') return null;
  try {
    const stat = fstatSync(1);
    if (!stat.isFIFO() && !stat.isSocket()) return null;
  } catch {
    return null;
  }
  const handle = (process.stdout as unknown as { _handle?: Handle })._handle;
  if (typeof handle?.setBlocking !== 'function' || handle.setBlocking(true) !== 0) return null;
  const worker = new Worker(WORKER_SOURCE, { eval: true, stdout: true, stderr: true });
  worker.unref();
  // The worker itself failing (it cannot start, it runs out of memory) is a failed write too.
  worker.on('error', () => onError('EIO'));
  return worker;
}
