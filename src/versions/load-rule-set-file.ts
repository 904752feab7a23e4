import { open } from 'node:fs/promises';
import { parse as parseYaml, parseDocument } from 'yaml';
import { DvRulesError } from '../errors.js';
import { parseRuleSet, type LoadedRuleSet } from './parse-rule-set.js';

/** Largest document the library reads from a file. */
export const MAX_FILE_BYTES = 2 * 1024 * 1024;

/**
 * Reads a JSON or YAML document from a file, refusing unreadable, oversized or malformed files
 * with a coded error that names the file.
 *
 * @param file - path to the file
 * @param api - the API name used in error messages
 * @returns the parsed document (not yet validated)
 * @example
 * await readDataFile('case.json', 'evaluate') //=> { schemaVersion: 1, … }
 * @since 0.1.0
 */
export async function readDataFile(file: string, api: string): Promise<unknown> {
  let text: string;
  try {
    const buf = await readBounded(file);
    if (buf === null) {
      throw new DvRulesError('FILE_NOT_READABLE', `${api}: ${file} is larger than ${MAX_FILE_BYTES} bytes`, [], file);
    }
    text = buf.toString('utf8');
  } catch (e) {
    if (e instanceof DvRulesError) throw e;
    const code = (e as NodeJS.ErrnoException).code ?? 'error';
    throw new DvRulesError('FILE_NOT_READABLE', `${api}: cannot read ${file} (${code})`, [], file);
  }
  return parseDataText(text, /\.ya?ml$/i.test(file) ? 'yaml' : 'json', api, file);
}

/**
 * The file's bytes, or null when there are more than MAX_FILE_BYTES. It never reads more than
 * one byte past the limit, so a device (/dev/zero) or a huge file cannot exhaust memory.
 */
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

/**
 * Parses JSON or YAML text; a syntax error becomes `INVALID_JSON` with the line where it is.
 * YAML is read as plain data only (no custom tags, no aliases explosion).
 */
export function parseDataText(text: string, format: 'json' | 'yaml', api: string, file?: string): unknown {
  const where = file ?? 'input';
  // A byte-order mark (Windows tools write one) is not part of the document.
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  try {
    if (format === 'yaml') return parseYaml(body, { maxAliasCount: 100, merge: false, customTags: [] }) as unknown;
    const data = JSON.parse(body) as unknown;
    const duplicate = firstDuplicateKey(body);
    if (duplicate !== null) {
      throw new DvRulesError('INVALID_JSON', `${api}: ${where} has a key twice`, [{ path: '$', message: `Duplicate key at ${duplicate}: which value counts would be a guess` }], file);
    }
    return data;
  } catch (e) {
    if (e instanceof DvRulesError) throw e;
    const detail = e instanceof SyntaxError || (e as Error).name === 'YAMLParseError' ? firstLine((e as Error).message) : 'unreadable';
    throw new DvRulesError('INVALID_JSON', `${api}: ${where} is not valid ${format.toUpperCase()}`, [{ path: '$', message: detail }], file);
  }
}

/**
 * Where the first repeated key of a JSON object is (`line L, column C`), or null. JSON.parse keeps
 * the last value silently ("q1": "yes", "q1": "no" would count as NO); the yaml parser, which reads
 * JSON as YAML 1.2, reports duplicates. Only its duplicate-key verdict is used: JSON.parse has
 * already judged the syntax.
 */
function firstDuplicateKey(json: string): string | null {
  const duplicate = parseDocument(json, { uniqueKeys: true }).errors.find((e) => e.code === 'DUPLICATE_KEY');
  const pos = duplicate?.linePos?.[0];
  return duplicate === undefined ? null : pos === undefined ? 'an unknown position' : `line ${pos.line}, column ${pos.col}`;
}

function firstLine(s: string): string {
  // The parser's message can quote the offending text; keep only the position, never case data.
  const pos = /(line \d+(?:,? col(?:umn)? \d+)?|position \d+)/i.exec(s);
  return pos ? `Syntax error at ${pos[0]}` : 'Syntax error';
}

/**
 * Reads and validates a rule-set file (JSON or YAML) supplied by a user.
 *
 * @param file - path to the rule-set file
 * @returns the validated, frozen rule set
 * @throws DvRulesError `FILE_NOT_READABLE`, `INVALID_JSON` or `INVALID_RULE_SET`, naming the file
 * @example
 * (await loadRuleSetFile('agency/form-2024.json')).ruleSet.kind //=> 'risk-form'
 * @since 0.1.0
 */
export async function loadRuleSetFile(file: string): Promise<LoadedRuleSet> {
  const data = await readDataFile(file, 'loadRuleSetFile');
  return parseRuleSet(data, { file, origin: 'user' });
}
