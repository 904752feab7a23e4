import { open } from 'node:fs/promises';
import { DvRulesError } from '../index.js';
import type { CliIo } from './io.js';
import { refuseNonRegularFile } from './regular-file.js';

const CHUNK_BYTES = 64 * 1024;

/**
 * The input of a streaming command as chunks: the file named, or standard input when the
 * argument is `-` or absent. The file is opened before the first chunk is asked for, so a
 * missing file is refused before anything is written; a read that fails later is refused too.
 *
 * @param arg - the file argument, `-` or undefined
 * @param io - where standard input comes from
 * @param api - the command named in error messages
 * @returns the chunks, lazily
 * @throws DvRulesError `FILE_NOT_READABLE`, naming the file
 * @example
 * for await (const chunk of await inputChunks('cases.ndjson', io, 'evaluate')) chunk //=> <Buffer …>
 * @since 0.1.0
 */
export async function inputChunks(arg: string | undefined, io: CliIo, api: string): Promise<AsyncIterable<Uint8Array | string>> {
  if (arg === undefined || arg === '-') return io.stdin?.() ?? stdinText(io);
  const notReadable = (e: unknown): DvRulesError =>
    new DvRulesError('FILE_NOT_READABLE', `${api}: cannot read ${arg} (${(e as NodeJS.ErrnoException).code ?? 'error'})`, [], arg);
  await refuseNonRegularFile(arg, api);
  const handle = await open(arg, 'r').catch((e: unknown) => {
    throw notReadable(e);
  });
  return (async function* chunks() {
    try {
      for (;;) {
        // A fresh buffer each time: the line reader keeps slices of the previous one.
        const buffer = Buffer.allocUnsafe(CHUNK_BYTES);
        const { bytesRead } = await handle.read(buffer, 0, CHUNK_BYTES, null).catch((e: unknown) => {
          throw notReadable(e);
        });
        if (bytesRead === 0) return;
        yield buffer.subarray(0, bytesRead);
      }
    } finally {
      await handle.close();
    }
  })();
}

async function* stdinText(io: CliIo): AsyncGenerator<string, void, undefined> {
  yield await io.readStdin();
}
