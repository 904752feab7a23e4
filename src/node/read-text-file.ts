import { open } from 'node:fs/promises';
import { DvRulesError } from '../errors.js';
import { MAX_FILE_BYTES } from '../versions/parse-data-text.js';

/**
 * Reads a file as UTF-8 text, refusing an unreadable or oversized one with `FILE_NOT_READABLE`
 * naming the file. It never reads more than one byte past `MAX_FILE_BYTES`, so a device
 * (/dev/zero) or a huge file cannot exhaust memory.
 *
 * @param file - path to the file
 * @param api - the API name errors start with
 * @returns the text
 * @throws DvRulesError `FILE_NOT_READABLE`; `INVALID_JSON` for bytes that are not UTF-8
 * @example
 * await readTextFile('case.json', 'evaluate') //=> '{ "schemaVersion": 1, … }'
 * @since 0.1.0
 */
export async function readTextFile(file: string, api: string): Promise<string> {
  let buf: Buffer | null;
  try {
    buf = await readBounded(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? 'error';
    throw new DvRulesError('FILE_NOT_READABLE', `${api}: cannot read ${file} (${code})`, [], file);
  }
  if (buf === null) throw new DvRulesError('FILE_NOT_READABLE', `${api}: ${file} is larger than ${MAX_FILE_BYTES} bytes`, [], file);
  return decodeUtf8(buf, file, api);
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/**
 * The bytes as text, refusing bytes that are not UTF-8: a lenient decoder would turn them into
 * U+FFFD, so two different files would read (and hash) alike.
 */
function decodeUtf8(buf: Buffer, file: string, api: string): string {
  try {
    return UTF8.decode(buf);
  } catch {
    const lenient = Buffer.from(buf.toString('utf8'), 'utf8');
    let at = 0;
    while (at < buf.length && buf[at] === lenient[at]) at++;
    let line = 1;
    for (let i = buf.indexOf(0x0a); i !== -1 && i < at; i = buf.indexOf(0x0a, i + 1)) line++;
    throw new DvRulesError('INVALID_JSON', `${api}: ${file} is not UTF-8 text`, [{ path: '$', message: `Not valid UTF-8 at line ${line} (byte ${at})` }], file);
  }
}

/** The file's bytes, or null when there are more than MAX_FILE_BYTES. */
async function readBounded(file: string): Promise<Buffer | null> {
  const handle = await open(file, 'r');
  try {
    const buf = Buffer.alloc(MAX_FILE_BYTES + 1);
    let filled = 0;
    while (filled < buf.length) {
      const { bytesRead } = await handle.read(buf, filled, buf.length - filled, null);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    return filled > MAX_FILE_BYTES ? null : buf.subarray(0, filled);
  } finally {
    await handle.close();
  }
}
