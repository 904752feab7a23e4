import { parse as parseYaml, parseDocument } from 'yaml';
import { DvRulesError } from '../errors.js';

/**
 * Largest document the library reads: from a file (`dv-rules-ro/node` never reads more than one
 * byte past it), from standard input, or as text given to a parse function.
 * @since 0.1.0
 */
export const MAX_FILE_BYTES = 2 * 1024 * 1024;

/**
 * Parses a JSON or YAML document given as text, as the library reads every file: a byte-order
 * mark is skipped, a JSON key given twice is refused (JSON.parse would keep the last silently, so
 * `"q1": "yes", "q1": "no"` would count as NO), YAML is plain data only (no custom tags, no merge
 * keys, at most 100 aliases), and errors give the line, never the text.
 *
 * @param text - the document
 * @param options - `format`: `json` or `yaml` (default: `yaml` when `file` ends in `.yaml`/`.yml`,
 *   else `json`); `file`: the name to report in errors; `api`: the API name errors start with
 * @returns the parsed document (not yet validated against any schema)
 * @throws DvRulesError `INVALID_JSON` with the line of the syntax error or repeated key;
 *   `FILE_NOT_READABLE` when the text is larger than `MAX_FILE_BYTES` in UTF-8
 * @example
 * parseDataText('{"schemaVersion": 1}') //=> { schemaVersion: 1 }
 * @since 0.1.0
 */
export function parseDataText(text: string, options: { format?: 'json' | 'yaml'; file?: string; api?: string } = {}): unknown {
  const api = options.api ?? 'parseDataText';
  const where = options.file ?? 'input';
  if (typeof text !== 'string') {
    throw new DvRulesError('INVALID_ARGUMENTS', `${api}: the document must be text`, [{ path: '$', message: 'Expected a string' }], options.file);
  }
  if (tooLarge(text)) {
    throw new DvRulesError('FILE_NOT_READABLE', `${api}: ${where} is larger than ${MAX_FILE_BYTES} bytes`, [], options.file);
  }
  const format = options.format ?? formatOf(options.file);
  // A byte-order mark (Windows tools write one) is not part of the document.
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  try {
    if (format === 'yaml') return parseYaml(body, { maxAliasCount: 100, merge: false, customTags: [] }) as unknown;
    const data = JSON.parse(body) as unknown;
    const duplicate = firstDuplicateKey(body);
    if (duplicate !== null) {
      throw new DvRulesError('INVALID_JSON', `${api}: ${where} has a key twice`, [{ path: '$', message: `Duplicate key at ${duplicate}: which value counts would be a guess` }], options.file);
    }
    return data;
  } catch (e) {
    if (e instanceof DvRulesError) throw e;
    const detail = e instanceof SyntaxError || (e as Error).name === 'YAMLParseError' ? firstLine((e as Error).message) : 'unreadable';
    throw new DvRulesError('INVALID_JSON', `${api}: ${where} is not valid ${format.toUpperCase()}`, [{ path: '$', message: detail }], options.file);
  }
}

/** YAML for a `.yaml` or `.yml` file name, JSON for anything else (or no name). */
function formatOf(file: string | undefined): 'json' | 'yaml' {
  return file !== undefined && /\.ya?ml$/i.test(file) ? 'yaml' : 'json';
}

/** More than MAX_FILE_BYTES in UTF-8? A UTF-16 code unit takes 1 to 3 bytes, so most texts need no encoding to tell. */
function tooLarge(text: string): boolean {
  if (text.length * 3 <= MAX_FILE_BYTES) return false;
  if (text.length > MAX_FILE_BYTES) return true;
  return new TextEncoder().encode(text).byteLength > MAX_FILE_BYTES;
}

/**
 * Where the first repeated key of a JSON object is (`line L, column C`), or null. The yaml
 * parser, which reads JSON as YAML 1.2, reports duplicates; only that verdict is used, JSON.parse
 * has already judged the syntax.
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
