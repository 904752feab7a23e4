import { stat } from 'node:fs/promises';
import { DvRulesError } from '../index.js';

/**
 * Refuses, before anything is opened, a path that is not a regular file: a FIFO or a device would
 * block or never end (`/dev/zero`), so a command reads only files, or standard input with `-`. A
 * missing path is left to the reader, which says so in its own words.
 *
 * @param path - the path the user gave
 * @param api - the command, named in the message
 * @throws DvRulesError `FILE_NOT_READABLE` for a FIFO, a socket or a device
 * @example
 * await refuseNonRegularFile('/dev/zero', 'evaluate') // throws: evaluate: /dev/zero is not a regular file …
 * @since 0.1.0
 */
export async function refuseNonRegularFile(path: string, api: string): Promise<void> {
  const info = await stat(path).catch(() => undefined);
  if (info === undefined || info.isFile() || info.isDirectory()) return;
  const what = info.isFIFO() ? 'a named pipe (FIFO)' : info.isSocket() ? 'a socket' : 'a device';
  throw new DvRulesError('FILE_NOT_READABLE', `${api}: ${path} is not a regular file but ${what}; give a file, or pipe it in with -`, [
    { path: '$', message: 'Not a regular file' },
  ], path);
}
