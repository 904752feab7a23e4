import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { DvRulesError, MAX_FILE_BYTES } from '../../index.js';
import { parseDataText } from '../../index.js';
import { readDataFile, readFixtureFile } from '../../node/index.js';
import { inputChunks } from '../input-chunks.js';
import type { CliIo } from '../io.js';
import { readLines } from '../read-lines.js';

/** One case of an impact report: where it is (its file and line, or fixture), its opaque `ref`, and the case. */
export interface ImpactCase {
  where: string;
  ref?: string;
  case: unknown;
}

const CASE_FILE = /\.(?:json|ya?ml|ndjson)$/i;

/**
 * Reads the cases of `dv-rules impact`: NDJSON files (one case per line, `file:N`), case files
 * (JSON or YAML, one case each), fixture files (each fixture's case, `file › name`), and folders of
 * them, in name order. A case may carry an opaque string `ref` (the agency's own identifier), which
 * is taken off the case and named in the report instead of any of the case's content.
 *
 * @param paths - files and folders
 * @param io - standard input, for `-` (NDJSON)
 * @returns the cases, in order
 * @throws DvRulesError `FILE_NOT_READABLE`, `INVALID_JSON`, `INVALID_FIXTURE`
 * @example
 * (await readImpactCases(['cases.ndjson'], io))[0].where //=> 'cases.ndjson:1'
 * @since 0.1.0
 */
export async function readImpactCases(paths: readonly string[], io: CliIo): Promise<ImpactCase[]> {
  const out: ImpactCase[] = [];
  for (const file of await expand(paths)) {
    if (file === '-' || /\.ndjson$/i.test(file)) {
      const name = file === '-' ? 'standard input' : file;
      for await (const line of readLines(await inputChunks(file, io, 'impact'), MAX_FILE_BYTES)) {
        if (line.text === null) throw new DvRulesError('INPUT_TOO_LARGE', `impact: line ${line.number} of ${name} is longer than ${MAX_FILE_BYTES} bytes`, [{ path: '$', message: 'Line too long' }], name);
        out.push(withRef(`${name}:${line.number}`, parseDataText(line.text, { format: 'json', api: 'impact', file: name })));
      }
      continue;
    }
    const data = await readDataFile(file, { api: 'impact' });
    if (isFixtureDocument(data)) for (const f of await readFixtureFile(file)) out.push(withRef(`${file} › ${f.name}`, f.case));
    else out.push(withRef(file, data));
  }
  return out;
}

function withRef(where: string, data: unknown): ImpactCase {
  if (data === null || typeof data !== 'object' || Array.isArray(data) || typeof (data as { ref?: unknown }).ref !== 'string') return { where, case: data };
  const { ref, ...rest } = data as Record<string, unknown>;
  return { where, ref: ref as string, case: rest };
}

function isFixtureDocument(data: unknown): boolean {
  if (Array.isArray(data)) return data.every((x) => x !== null && typeof x === 'object' && 'case' in x);
  return data !== null && typeof data === 'object' && ('fixtures' in data || ('case' in data && 'name' in data));
}

async function expand(paths: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const path of paths) {
    const info = path === '-' ? undefined : await stat(path).catch(() => undefined);
    if (!info?.isDirectory()) {
      files.push(path);
      continue;
    }
    const names = (await readdir(path)).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    for (const name of names) {
      const child = join(path, name);
      if ((await stat(child)).isDirectory()) files.push(...(await expand([child])));
      else if (CASE_FILE.test(name)) files.push(child);
    }
  }
  return files;
}
