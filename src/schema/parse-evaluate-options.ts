import { DvRulesError, issuesFromZod } from '../errors.js';
import { evaluateOptionsSchema, type EvaluateOptions } from './options.js';
import { checkAssumptions } from '../versions/check-assumptions.js';
import { ruleSetRegistry } from '../versions/rule-set-registry.js';

/**
 * Validates `evaluate`'s options once, as `evaluate` itself does for each call: the schema, then
 * the rules across options (a label pack must be in the language asked for; an assumption must
 * name a value of the rule sets this evaluation may use, not confirmed). A batch
 * calls it before its first case, so that bad options are one error, not one per case.
 *
 * @param options - the options as the caller gave them (untrusted)
 * @param api - the API named in the error message
 * @returns the parsed options (a snapshot: later changes to the caller's object do not count)
 * @throws DvRulesError `INVALID_OPTIONS` with the path of each bad option
 * @example
 * parseEvaluateOptions({ lang: 'ro' }, 'evaluateMany') //=> { lang: 'ro' }
 * parseEvaluateOptions({ lang: 'fr' }, 'evaluateMany') // throws INVALID_OPTIONS at `lang`
 * @since 0.1.0
 */
export function parseEvaluateOptions(options: unknown, api: string): EvaluateOptions {
  const refuse = (issues: DvRulesError['issues']): DvRulesError => new DvRulesError('INVALID_OPTIONS', `${api}: the options are invalid`, issues);
  if (typeof options !== 'object' || options === null) throw refuse([{ path: '$', message: 'Expected an object' }]);
  // No options at all (the usual call): the schema has nothing to check, and every such call shares one snapshot.
  if (isEmptyPlainObject(options)) return NO_OPTIONS;
  const parsed = evaluateOptionsSchema.safeParse(options);
  if (!parsed.success) throw refuse(issuesFromZod(parsed.error));
  const { lang, labels } = parsed.data;
  if (labels && lang !== undefined && labels.pack.lang !== lang) {
    throw refuse([{ path: 'labels', message: `The label pack is for "${labels.pack.lang}", the language asked for is "${lang}"` }]);
  }
  // An assumption must name a value of the rule sets this evaluation may use, not confirmed.
  const { assumptions, ruleSets } = parsed.data;
  if (assumptions !== undefined && assumptions.length > 0) {
    const issues = checkAssumptions(assumptions, ruleSetRegistry(ruleSets ?? []), 'assumptions');
    if (issues.length > 0) throw refuse(issues);
  }
  return parsed.data;
}

/** The options of a call that gives none: one frozen object, so the caches keyed by options find it again. */
const NO_OPTIONS: EvaluateOptions = Object.freeze({});

/** A plain object (as the schema reads it) with no key: no own string key, and no symbol key either. */
function isEmptyPlainObject(value: object): boolean {
  const proto = Object.getPrototypeOf(value) as unknown;
  if (proto !== Object.prototype && proto !== null) return false;
  for (const _ in value) return false;
  return Object.getOwnPropertyNames(value).length === 0 && Object.getOwnPropertySymbols(value).length === 0;
}
