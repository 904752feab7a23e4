import { DvRulesError, issuesFromZod } from '../errors.js';
import { checkPlainData } from '../schema/check-plain-data.js';
import { checkRuleSet } from '../schema/check-rule-set.js';
import { ruleSetSchema, type RuleSet } from '../schema/rule-set.js';
import { canonicalSha256 } from './canonical-json.js';
import { deepFreeze } from './deep-freeze.js';
import { compileFormDiagram } from '../engine/compile-form-diagram.js';
import { parseDataText } from './parse-data-text.js';
import { shippedManifest } from '../integrity/shipped-manifest.js';

/**
 * A rule set that passed every check, frozen, with the SHA-256 of its canonical content.
 * Only `parseRuleSet` makes one (`loadRuleSetFile` of `dv-rules-ro/node` reads a file and calls it).
 */
export interface LoadedRuleSet {
  readonly ruleSet: Readonly<RuleSet>;
  readonly sha256: string;
  /** `shipped` for the library's own rules, `user` for a rule set the caller supplied. */
  readonly origin: 'shipped' | 'user';
  /** The file it came from, when known (used in error messages and receipts). */
  readonly file?: string;
}

const loaded = new WeakSet<object>();

/**
 * Validates a rule set given as data or as text (an agency's file, read by the caller: an upload
 * in a web form, a `fetch`, `readFile`), exactly as the shipped rule sets are validated. Text is
 * parsed as `parseDataText` parses it; the hash is of the parsed content, so the JSON text and a
 * YAML copy of the same rule set hash alike.
 *
 * @param input - the rule-set document: parsed data, or its JSON or YAML text (a rule set is never a string)
 * @param options - `file`: the name to report in errors (`.yaml`/`.yml` makes text YAML);
 *   `format`: `json` or `yaml`, overriding the name; `origin`: defaults to `user`
 * @returns the frozen rule set with its content hash
 * @throws DvRulesError `INVALID_RULE_SET`, naming the file and each offending path; for text,
 *   `INVALID_JSON` (syntax, a key twice) or `FILE_NOT_READABLE` (over `MAX_FILE_BYTES`)
 * @example
 * parseRuleSet(await upload.text(), { file: 'my-form.json' }).ruleSet.id //=> 'ro-police-risk-form/2018-12-28'
 * @since 0.1.0
 */
export function parseRuleSet(
  input: unknown,
  options: { file?: string; format?: 'json' | 'yaml'; origin?: 'shipped' | 'user' } = {},
): LoadedRuleSet {
  const data = typeof input === 'string' ? parseDataText(input, { file: options.file, format: options.format, api: 'parseRuleSet' }) : input;
  const where = options.file === undefined ? 'rule set' : `rule set ${options.file}`;
  const refuse = (issues: { path: string; message: string }[]): never => {
    throw new DvRulesError('INVALID_RULE_SET', `parseRuleSet: the ${where} is invalid`, issues, options.file);
  };
  const plain = checkPlainData(data, { api: 'parseRuleSet', file: options.file });
  if (plain.length > 0) refuse(plain);
  const parsed = ruleSetSchema.safeParse(data);
  if (!parsed.success) refuse(issuesFromZod(parsed.error));
  const ruleSet = parsed.data as RuleSet;
  const semantic = checkRuleSet(ruleSet);
  if (semantic.length > 0) refuse(semantic);
  // A user copy of a shipped id with another status would silently take the law in force out
  // (or put a proposal in force): a change of status is a new file of the project, not an override.
  const shipped = (options.origin ?? 'user') === 'user' ? shippedManifest().ruleSets.find((e) => e.id === ruleSet.id) : undefined;
  if (shipped && shipped.status !== ruleSet.status) {
    refuse([{ path: 'status', message: `The shipped rule set ${ruleSet.id} is ${shipped.status}; a user rule set with its id may not change that` }]);
  }
  const result: LoadedRuleSet = {
    ruleSet: deepFreeze(ruleSet),
    sha256: canonicalSha256(data),
    origin: options.origin ?? 'user',
    ...(options.file === undefined ? {} : { file: options.file }),
  };
  loaded.add(result);
  Object.freeze(result);
  // A form whose conditions need too large a decision diagram is refused here, naming the file,
  // rather than at its first evaluation.
  if (ruleSet.kind === 'risk-form' && (ruleSet.items ?? []).length > 0) compileFormDiagram(result);
  return result;
}

/** True when `value` was produced by `parseRuleSet` (and so passed every check). */
export function isLoadedRuleSet(value: unknown): value is LoadedRuleSet {
  return typeof value === 'object' && value !== null && loaded.has(value);
}
