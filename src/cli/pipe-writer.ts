import { fstatSync } from 'node:fs';
import { Worker } from 'node:worker_threads';

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
parentPort.on('message', ({ id, buffer, offset, length }) => {
  if (stopped) return parentPort.postMessage({ id, unwritten: 0 });
  const bytes = new Uint8Array(buffer, offset, length);
  let at = 0;
  try {
    while (at < length) at += writeSync(1, bytes, at, length - at);
    parentPort.postMessage({ id });
  } catch (e) {
    if (e?.code === 'EAGAIN') {
      stopped = true;
      parentPort.postMessage({ id, unwritten: at });
    } else parentPort.postMessage({ id, error: typeof e?.code === 'string' ? e.code : 'EIO' });
  }
});
`;

/** Batches written by the main thread before a worker is started: a short output never pays for one. */
const WORKER_AFTER_BYTES = 2 * 1024 * 1024;
/** A slab's size: a batch of `evaluate --ndjson` (some 1 MiB) and the line that passes it. */
const SLAB_BYTES = 2 * 1024 * 1024;

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
 * A batch's memory must stay as it is until its promise resolves (`JsonLineBatch.take`): until
 * it is written, or copied into shared memory for the worker (two slabs, so memory stays flat).
 * A failed write (a reader gone: EPIPE) calls `onError` with the error's code, and its promise
 * never resolves, as `process.stdout`'s error handler ends the process.
 *
 * @since 0.1.0
 */
export class StdoutBatches {
  #worker: Worker | null | undefined;
  #written = 0;
  /**
   * The last write: `process.stdout`'s, done once its bytes are (the worker's first batch waits
   * for it, so the order of the bytes holds), then the worker's batches one after the other, each
   * copied into a slab and handed on after the one before.
   */
  #chain: Promise<void> = Promise.resolve();
  /**
   * Shared memory the worker reads, two slabs taking turns: a batch is copied into one (a single
   * copy; making the batches themselves in shared memory cost more, each of their many small
   * copies being slower there) while the worker writes the other.
   */
  readonly #slabs: Array<{ memory: Buffer; written: Promise<void> }> = [];
  #slab = 0;
  #waiting = new Map<number, { bytes: Uint8Array; resolve: () => void }>();
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
   * @returns resolved once its memory may be reused: the bytes are with the system, or copied for the worker
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
      this.#chain = this.#chain.then(() => this.#toSlab(worker, bytes));
      return this.#chain;
    }
    this.#written += bytes.length;
    const done = stdoutWrite(bytes);
    this.#chain = done;
    return done;
  }

  /** Copies a batch into the next slab once the worker is done with it, and hands it on. */
  async #toSlab(worker: Worker, bytes: Uint8Array): Promise<void> {
    const at = this.#slab;
    this.#slab = at === 0 ? 1 : 0;
    const slab = this.#slabs[at];
    if (slab !== undefined) await slab.written;
    if (this.#givenBack) {
      // Every batch handed to the worker is written first (the main thread writes what it gave back).
      await Promise.all(this.#slabs.map((s) => s.written));
      return stdoutWrite(bytes);
    }
    let memory = slab?.memory;
    if (memory === undefined || memory.length < bytes.byteLength) memory = sharedBytes(Math.max(SLAB_BYTES, bytes.byteLength));
    memory.set(bytes);
    this.#slabs[at] = { memory, written: this.#viaWorker(worker, memory.subarray(0, bytes.byteLength)) };
  }

  #viaWorker(worker: Worker, bytes: Uint8Array): Promise<void> {
    const id = this.#next++;
    // The worker keeps the process alive only while it has bytes to write.
    if (this.#waiting.size === 0) worker.ref();
    const done = new Promise<void>((resolve) => this.#waiting.set(id, { bytes, resolve }));
    worker.postMessage({ id, buffer: bytes.buffer, offset: bytes.byteOffset, length: bytes.byteLength });
    return done;
  }

  readonly #onMessage = (message: { id: number; error?: string; unwritten?: number }): void => {
    const waiting = this.#waiting.get(message.id);
    if (waiting === undefined) return;
    this.#waiting.delete(message.id);
    if (this.#waiting.size === 0) (this.#worker as Worker).unref();
    if (message.error !== undefined) this.#onError(message.error);
    else if (message.unwritten !== undefined) {
      // Given back: written here, in the order the worker answers (the order the batches were handed on).
      this.#givenBack = true;
      void stdoutWrite(waiting.bytes.subarray(message.unwritten)).then(waiting.resolve);
    } else waiting.resolve();
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

/** Memory the worker reads without a copy: a Buffer over a new SharedArrayBuffer. */
function sharedBytes(size: number): Buffer {
  return Buffer.from(new SharedArrayBuffer(size));
}
