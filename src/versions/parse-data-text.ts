import { DvRulesError } from '../errors.js';
import { lineColumn } from './line-column.js';
import { readYaml } from './read-yaml.js';
import { MAX_DEPTH, MAX_KEYS_PER_OBJECT, MAX_NODES } from '../schema/check-plain-data.js';
import { scanJson, type JsonScanFinding } from './scan-json.js';
import { jsonSyntaxOffset } from './json-syntax-offset.js';

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
 * keys, no collection as a key, at most 100 aliases), depth, keys per object and values are
 * bounded (`MAX_DEPTH`, `MAX_KEYS_PER_OBJECT`, `MAX_NODES`), all in time linear in the text, and
 * errors give the line, never the text. Nothing is printed.
 *
 * @param text - the document
 * @param options - `format`: `json` or `yaml` (default: `yaml` when `file` ends in `.yaml`/`.yml`,
 *   else `json`); `file`: the name to report in errors; `api`: the API name errors start with;
 *   `line`: the text is that line of `file`, one JSON document of an NDJSON stream (errors then
 *   name the line, "line 8 of cases.ndjson", and give positions as columns of it)
 * @returns the parsed document (not yet validated against any schema)
 * @throws DvRulesError `INVALID_JSON` with the line of the syntax error or repeated key;
 *   `INPUT_TOO_LARGE` past a bound; `FILE_NOT_READABLE` when the text is larger than
 *   `MAX_FILE_BYTES` in UTF-8
 * @example
 * parseDataText('{"schemaVersion": 1}') //=> { schemaVersion: 1 }
 * @since 0.1.0
 */
export function parseDataText(text: string, options: { format?: 'json' | 'yaml'; file?: string; api?: string; line?: number } = {}): unknown {
  const api = options.api ?? 'parseDataText';
  const where = options.line === undefined ? (options.file ?? 'input') : `line ${options.line} of ${options.file ?? 'input'}`;
  // A position in the text: its line and column, or the column alone in a text that is one line of a stream.
  const at = (offset: number): string => (options.line === undefined ? lineColumn(body, offset) : `column ${offset + 1}`);
  if (typeof text !== 'string') {
    throw new DvRulesError('INVALID_ARGUMENTS', `${api}: the document must be text`, [{ path: '$', message: 'Expected a string' }], options.file);
  }
  if (tooLarge(text)) {
    throw new DvRulesError('FILE_NOT_READABLE', `${api}: ${where} is larger than ${MAX_FILE_BYTES} bytes`, [], options.file);
  }
  const format = options.format ?? formatOf(options.file);
  // A byte-order mark (Windows tools write one) is not part of the document.
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (format === 'yaml') return readYaml(body, { api, file: options.file });
  // One linear pass for what JSON.parse cannot see (a key twice) or should not be given (a
  // million nested brackets), then JSON.parse for the syntax.
  const finding = scanJson(body);
  if (finding !== null && finding.kind !== 'duplicate-key') {
    throw new DvRulesError('INPUT_TOO_LARGE', `${api}: ${where} is too large`, [{ path: '$', message: `${BOUND[finding.kind]} at ${at(finding.offset)}` }], options.file);
  }
  let data: unknown;
  try {
    data = JSON.parse(body) as unknown;
  } catch (e) {
    // V8 names the position of some faults only, as an offset: the place is found here (after the
    // refusal, linear) and named as every other place is, its line and column.
    const offset = e instanceof SyntaxError ? jsonSyntaxOffset(body) : undefined;
    const detail = !(e instanceof SyntaxError) ? 'unreadable' : offset !== undefined ? `Syntax error at ${at(offset)}` : firstLine(e.message);
    throw new DvRulesError('INVALID_JSON', `${api}: ${where} is not valid JSON`, [{ path: '$', message: detail }], options.file);
  }
  if (finding !== null) {
    throw new DvRulesError('INVALID_JSON', `${api}: ${where} has a key twice`, [{ path: '$', message: `Duplicate key at ${at(finding.offset)}: which value counts would be a guess` }], options.file);
  }
  return data;
}

const BOUND: Record<Exclude<JsonScanFinding['kind'], 'duplicate-key'>, string> = {
  'too-deep': `Nested deeper than ${MAX_DEPTH} levels`,
  'too-many-keys': `More than ${MAX_KEYS_PER_OBJECT} keys in one object`,
  'too-many-values': `More than ${MAX_NODES} values in the document`,
};

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

const POSITION = /(line \d+(?:,? col(?:umn)? \d+)?|position \d+)/i;

function firstLine(s: string): string {
  // The parser's message can quote the offending text; keep only the position, never case data.
  const pos = POSITION.exec(s);
  return pos ? `Syntax error at ${pos[0]}` : 'Syntax error';
}
