import { z } from 'zod';

/**
 * The stable error codes of the library. The CLI maps each code to an exit status
 * (see `exitStatusFor`), and docs/integrating.md lists them; a test keeps the two in step.
 */
export const errorCodeSchema = z.enum([
  'INVALID_JSON',
  'INVALID_CASE',
  'INVALID_OPTIONS',
  'INVALID_RULE_SET',
  'INVALID_FIXTURE',
  'INVALID_LABEL_PACK',
  'INVALID_ARGUMENTS',
  'FILE_NOT_READABLE',
  'INPUT_TOO_LARGE',
  'EVENTS_OUT_OF_ORDER',
  'INVALID_RESULT',
  'NO_RULE_SET_IN_FORCE',
  'OUTPUT_WRITE_FAILED',
]);
export type ErrorCode = z.infer<typeof errorCodeSchema>;

export const errorIssueSchema = z.strictObject({
  path: z.string(),
  message: z.string(),
});
export type ErrorIssue = z.infer<typeof errorIssueSchema>;

/**
 * The only error the library throws. It carries a stable `code`, the `issues` (each with a
 * `path` into the offending document) and, where one is involved, the `file`. Messages name the
 * API that refused and never repeat case data.
 *
 * @example
 * try { await evaluate({}) } catch (e) { (e as DvRulesError).code } //=> 'INVALID_CASE'
 * @since 0.1.0
 */
export class DvRulesError extends Error {
  override readonly name = 'DvRulesError';
  readonly code: ErrorCode;
  readonly issues: readonly ErrorIssue[];
  readonly file: string | undefined;

  constructor(code: ErrorCode, message: string, issues: readonly ErrorIssue[] = [], file?: string) {
    super(message);
    this.code = code;
    this.issues = boundIssues(issues);
    this.file = file;
  }

  /** The error as plain data, the shape the CLI prints on standard error. */
  toJSON(): { code: ErrorCode; message: string; file?: string; issues: ErrorIssue[] } {
    return {
      code: this.code,
      message: this.message,
      ...(this.file === undefined ? {} : { file: this.file }),
      issues: [...this.issues],
    };
  }
}

/** At most this many issues are reported; a document with a million unknown keys gets 100 and a count. */
export const MAX_ISSUES = 100;
/** Longest path reported; a longer one (a 10 MB key) is cut, so an error never carries the input. */
export const MAX_PATH_CHARS = 300;
const MAX_KEY_CHARS = 64;

function boundIssues(issues: readonly ErrorIssue[]): readonly ErrorIssue[] {
  const cut = (path: string): string => (path.length > MAX_PATH_CHARS ? `${path.slice(0, MAX_PATH_CHARS - 1)}…` : path);
  const kept = issues.slice(0, MAX_ISSUES).map((i) => ({ path: cut(i.path), message: i.message }));
  if (issues.length > MAX_ISSUES) kept.push({ path: '$', message: `${issues.length - MAX_ISSUES} more issues not listed` });
  return kept;
}

/** Formats a zod/JSON path as `a.b[2].c` (the root is `$`); a key over 64 characters is cut. */
export function formatPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '$';
  let out = '';
  for (const key of path) {
    const name = String(key).length > MAX_KEY_CHARS ? `${String(key).slice(0, MAX_KEY_CHARS - 1)}…` : String(key);
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? name : `.${name}`;
  }
  return out.startsWith('[') ? `$${out}` : out;
}

/** Turns zod issues into our issues, keeping the path and zod's message (which never echoes input). */
export function issuesFromZod(error: z.ZodError): ErrorIssue[] {
  const out: ErrorIssue[] = [];
  for (const issue of error.issues.flatMap((i) => throughUnions(i, []))) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        out.push({ path: formatPath([...issue.path, key]), message: 'Unknown field: not part of the schema' });
      }
      continue;
    }
    if (issue.code === 'invalid_key') {
      out.push({ path: formatPath(issue.path), message: 'Invalid key: not allowed here' });
      continue;
    }
    out.push({ path: formatPath(issue.path), message: issue.message });
  }
  return out;
}

type ZodIssue = z.ZodError['issues'][number];

/**
 * A union none of whose options took the value is one issue at the union, "Invalid input": of a
 * rule set's condition (a union of `all`, `any`, `not` and a fact's comparison) that said only
 * `rules[0].conditions`, however deep the fault. Where exactly one option has the value's shape
 * (no type mismatch, unknown key or missing field at its top), the value was meant to be that
 * option, and its own issues are reported, at their full paths (`rules[0].conditions.all[0].value`);
 * otherwise the union's issue stays as it is. Nested as deep as the document, which is bounded.
 */
function throughUnions(issue: ZodIssue, prefix: readonly PropertyKey[]): ZodIssue[] {
  const path = [...prefix, ...issue.path];
  if (issue.code !== 'invalid_union' || issue.errors.length === 0) return [{ ...issue, path }];
  const shaped = issue.errors.filter((option) => !option.some(mismatchesShape));
  if (shaped.length !== 1) return [{ ...issue, path }];
  return shaped[0]!.flatMap((inner) => throughUnions(inner, path));
}

/** An issue that says the value is not of an option's shape at all: a wrong type or an unknown key at its top, or a field of it missing. */
function mismatchesShape(issue: ZodIssue): boolean {
  if (issue.path.length === 0) return issue.code === 'invalid_type' || issue.code === 'unrecognized_keys' || issue.code === 'invalid_union' || issue.code === 'invalid_value';
  return issue.path.length === 1 && issue.code === 'invalid_type' && / received undefined$/.test(issue.message);
}
