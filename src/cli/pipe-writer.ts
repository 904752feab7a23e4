import { fstatSync } from 'node:fs';
import { Worker } from 'node:worker_threads';

/**
 * What the worker runs: it writes each batch it is handed to file descriptor 1, whole, and says
 * when it is done or why it could not (the error's code only: nothing of the bytes).
 */
const WORKER_SOURCE = `
const { parentPort } = require('node:worker_threads');
const { writeSync } = require('node:fs');
parentPort.on('message', ({ id, buffer, offset, length }) => {
  const bytes = new Uint8Array(buffer, offset, length);
  try {
    for (let at = 0; at < length; ) at += writeSync(1, bytes, at, length - at);
    parentPort.postMessage({ id });
  } catch (e) {
    parentPort.postMessage({ id, error: typeof e?.code === 'string' ? e.code : 'error' });
  }
});
`;

/** Batches written by the main thread before a worker is started: a short output never pays for one. */
const WORKER_AFTER_BYTES = 2 * 1024 * 1024;

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
 * A batch's memory must stay as it is until its promise resolves (`JsonLineBatch.take`); batches
 * in shared memory (`sharedBytes`) are handed to the worker without a copy. A failed write (a
 * reader gone: EPIPE) calls `onError` with the error's code, and its promise never resolves, as
 * `process.stdout`'s error handler ends the process.
 *
 * @since 0.1.0
 */
export class StdoutBatches {
  #worker: Worker | null | undefined;
  #written = 0;
  /** Done once every write of `process.stdout` so far is: the worker's first batch waits for it, so the order of the bytes holds. */
  #stdoutDone: Promise<void> = Promise.resolve();
  #waiting = new Map<number, () => void>();
  #next = 0;
  readonly #onError: (code: string) => void;

  constructor(onError: (code: string) => void) {
    this.#onError = onError;
  }

  /**
   * Writes one batch of bytes, after the batches before it.
   *
   * @param bytes - the batch (in shared memory to go through the worker without a copy)
   * @returns resolved once the bytes are with the system
   * @example
   * await out.write(batch.take())
   */
  write(bytes: Uint8Array): Promise<void> {
    if (this.#worker === undefined && this.#written >= WORKER_AFTER_BYTES) {
      this.#worker = startWorker(this.#onError);
      this.#worker?.on('message', this.#onMessage);
    }
    const worker = this.#worker;
    if (worker) {
      // Every batch from here goes through the worker, in the order given (reactions to one promise run in the order they were added).
      const shared = bytes.buffer instanceof SharedArrayBuffer ? bytes : copyShared(bytes);
      return this.#stdoutDone.then(() => this.#viaWorker(worker, shared));
    }
    this.#written += bytes.length;
    const done = new Promise<void>((resolve) => {
      process.stdout.write(bytes, (e) => {
        if (e === null || e === undefined) resolve();
      });
    });
    this.#stdoutDone = done;
    return done;
  }

  #viaWorker(worker: Worker, bytes: Uint8Array): Promise<void> {
    const id = this.#next++;
    // The worker keeps the process alive only while it has bytes to write.
    if (this.#waiting.size === 0) worker.ref();
    const done = new Promise<void>((resolve) => this.#waiting.set(id, resolve));
    worker.postMessage({ id, buffer: bytes.buffer, offset: bytes.byteOffset, length: bytes.byteLength });
    return done;
  }

  readonly #onMessage = (message: { id: number; error?: string }): void => {
    const resolve = this.#waiting.get(message.id);
    if (resolve === undefined) return;
    this.#waiting.delete(message.id);
    if (this.#waiting.size === 0) (this.#worker as Worker).unref();
    if (message.error !== undefined) this.#onError(message.error);
    else resolve();
  };
}

/**
 * A worker writing to file descriptor 1, or null where one would not help or could not write: not
 * Linux, standard output not a pipe (or a socket, which Node gives a child as its pipe), or its descriptor not made blocking (Node makes it
 * non-blocking; the shell gave it blocking, as it is made again here, so the worker's writes wait
 * for the reader instead of failing with EAGAIN).
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
  worker.on('error', () => onError('error'));
  return worker;
}

/**
 * Memory for a batch that the worker can read without a copy.
 *
 * @param size - bytes
 * @returns a Buffer over a new SharedArrayBuffer
 * @example
 * sharedBytes(1024).buffer instanceof SharedArrayBuffer //=> true
 */
export function sharedBytes(size: number): Buffer {
  return Buffer.from(new SharedArrayBuffer(size));
}

/** Bytes not in shared memory (not the CLI's batches), copied into it for the worker. */
function copyShared(bytes: Uint8Array): Buffer {
  const copy = sharedBytes(bytes.byteLength);
  copy.set(bytes);
  return copy;
}
