import { INVISIBLE_CHARS } from './safe-text.js';

// DEL, the C1 controls (\u0085 is a line end for some readers), the two Unicode line separators,
// and the zero-width and bidirectional characters: JSON.stringify leaves them raw; a terminal or a
// reader that splits on them would not. The set is the output gate's (src/cli/safe-text.ts), so a
// JSON line passes the gate unchanged.
const UNSAFE = new RegExp(`[${INVISIBLE_CHARS}]`, 'g');
const HAS_UNSAFE = new RegExp(`[${INVISIBLE_CHARS}]`);

/**
 * JSON.stringify's text with every unsafe character as a `\uXXXX` escape (they occur only inside
 * strings). `JsonLineBatch` writes its bytes from this text too.
 */
export function safeStringify(value: unknown): string | undefined {
  // Scalars are most of what a result holds outside its frozen parts: written without JSON.stringify
  // where its text is plain (a finite number's is String's, -0's too: "0"), and a short string once.
  switch (typeof value) {
    case 'boolean':
      return value ? 'true' : 'false';
    case 'number':
      return Number.isFinite(value) ? String(value) : 'null';
    case 'string':
      return value.length <= SHORT_STRING ? quotedShort(value) : escapedJson(value);
    default:
      return value === null ? 'null' : escapedJson(value);
  }
}

function escapedJson(value: unknown): string | undefined {
  const text = JSON.stringify(value) as string | undefined;
  return text === undefined || !HAS_UNSAFE.test(text) ? text : text.replace(UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Short strings (answers, ids, codes, days) repeat from line to line: each is quoted and checked once. */
const SHORT_STRING = 32;
const shortTexts = new Map<string, string>();
function quotedShort(value: string): string {
  let text = shortTexts.get(value);
  if (text === undefined) {
    text = escapedJson(value) as string;
    if (shortTexts.size >= 4096) shortTexts.clear();
    shortTexts.set(value, text);
  }
  return text;
}

/**
 * The texts of frozen objects, made once: a result's shared parts (provenance, explanation
 * entries, and on the compiled path everything after the risk form) are frozen and the same
 * object from result to result, so a batch writes them without serialising them again.
 */
const frozenTexts = new WeakMap<object, string>();

/** JSON.stringify's text of plain data (made safe), reusing the text of any frozen object already written. */
function toJson(value: unknown): string | undefined {
  if (value === null || typeof value !== 'object') return safeStringify(value);
  // The kept text is looked for first: `Object.isFrozen` goes through every property of a frozen record.
  const known = frozenTexts.get(value);
  if (known !== undefined) return known;
  if (Object.isFrozen(value)) {
    const text = safeStringify(value) as string;
    frozenTexts.set(value, text);
    return text;
  }
  if (Array.isArray(value)) {
    let out = '[';
    for (let i = 0; i < value.length; i++) out += `${i === 0 ? '' : ','}${toJson(value[i]) ?? 'null'}`;
    return `${out}]`;
  }
  let out = '{';
  for (const key of Object.keys(value)) {
    const text = toJson((value as Record<string, unknown>)[key]);
    if (text === undefined) continue;
    out += `${out.length === 1 ? '' : ','}${quotedKey(key)}:${text}`;
  }
  return `${out}}`;
}

/** Keys repeat from line to line (a result's field names, item ids): each is written once. */
const quotedKeys = new Map<string, string>();
export function quotedKey(key: string): string {
  let text = quotedKeys.get(key);
  if (text === undefined) {
    text = safeStringify(key) as string;
    if (quotedKeys.size < 4096) quotedKeys.set(key, text);
  }
  return text;
}

/**
 * One value as one line of NDJSON: compact JSON, with every character that a terminal would obey
 * or a line reader would split on written as a `\uXXXX` escape (the same value for any JSON parser).
 * The text is JSON.stringify's, character for character.
 *
 * @param value - the value to write (plain data: no functions, no `toJSON`)
 * @returns its JSON text and a newline
 * @example
 * jsonLine({ a: 'x\u2028y' }) //=> '{"a":"x\\u2028y"}\n'
 * @since 0.1.0
 */
export function jsonLine(value: unknown): JsonLine {
  return `${toJson(value) ?? 'null'}\n` as JsonLine;
}

/**
 * A line `jsonLine` made: every character the output gate would change is already a `\uXXXX`
 * escape (JSON escapes C0; `safeStringify` the rest), so it may be written without the gate's scan
 * (`CliIo.writeJsonLine`). Only `jsonLine` makes one.
 */
export type JsonLine = string & { readonly jsonLine: unique symbol };
