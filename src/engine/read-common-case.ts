import { isoDateTimeSchema } from '../schema/dates.js';
import { relationshipSchema } from '../schema/relationship.js';
import type { Case } from '../schema/case.js';
import { bucharestDate } from '../deadlines/bucharest.js';
import { copyAnswers } from './copy-answers.js';

/**
 * The case as `caseSchema` would give it, read without zod, when the input has the shape most
 * cases have: the incident, the relationship, the answers of a form and the boolean flags, nothing
 * else. Anything outside that shape (events, an officer finding, circumstances, an unknown key, a
 * value of the wrong type, a symbol key, an object that is not plain data) gives `undefined`, and the caller validates with `checkPlainData` and zod as before, so
 * every refusal and its issues stay zod's. Its incident falls on a day of a four-digit year in
 * Europe/Bucharest, and it has no events: the checks that follow the schema have nothing to refuse. What it accepts zod accepts with an equal output (same
 * keys, same order): test/engine/read-common-case.test.ts checks it on fuzzed inputs.
 *
 * @param input - the untrusted case
 * @returns the validated case, or undefined when the full validation must decide
 * @example
 * readCommonCase({ schemaVersion: 1, incidentAt: '2024-03-02T21:15:00+02:00', relationship: 'spouse' })?.relationship //=> 'spouse'
 * readCommonCase({ schemaVersion: 1, incidentAt: '2024-03-02', relationship: 'spouse' }) //=> undefined
 * @since 0.1.0
 */
export function readCommonCase(input: unknown): Case | undefined {
  if (!isPlain(input)) return undefined;
  const c = input as Record<string, unknown>;
  let keys = 0;
  // `for…in`, as zod's strict objects look for unknown keys; every key must be one we read below.
  for (const key in c) {
    if (!ACCEPTED_KEYS.has(key)) return undefined;
    keys++;
  }
  const { schemaVersion, incidentAt, relationship, riskForm } = c;
  if (schemaVersion !== 1 || typeof incidentAt !== 'string' || !isInstant(incidentAt)) return undefined;
  if (typeof relationship !== 'string' || !RELATIONSHIPS.has(relationship)) return undefined;
  // zod's output: a new object, the schema's keys in the schema's order, an absent key left out.
  const out: Record<string, unknown> = { schemaVersion, incidentAt, relationship };
  let read = 3;
  if (riskForm !== undefined) {
    const answers = readRiskForm(riskForm);
    if (answers === undefined) return undefined;
    out['riskForm'] = { answers };
    read++;
  } else if ('riskForm' in c) return undefined;
  for (const flag of FLAGS) {
    const v = c[flag];
    if (v === undefined) {
      if (flag in c) return undefined;
      continue;
    }
    if (typeof v !== 'boolean') return undefined;
    out[flag] = v;
    read++;
  }
  return read === keys ? (out as Case) : undefined;
}

/** The boolean flags of the case, in the schema's order. */
const FLAGS = ['victimOpposesProvisionalOrder', 'victimRequestsProvisionalOrder', 'victimCannotWriteRequest', 'aggressorHadPriorProtectionOrder', 'priorBreachConviction'] as const;
const ACCEPTED_KEYS: ReadonlySet<string> = new Set(['schemaVersion', 'incidentAt', 'relationship', 'riskForm', ...FLAGS]);
const RELATIONSHIPS: ReadonlySet<string> = new Set(relationshipSchema.options);

/** `{ answers }` and nothing else: the answers, copied, or undefined. */
function readRiskForm(value: unknown): Record<string, string> | undefined {
  if (!isPlain(value)) return undefined;
  const form = value as Record<string, unknown>;
  for (const key in form) if (key !== 'answers') return undefined;
  const answers = form['answers'];
  if (!isPlain(answers)) return undefined;
  const a = answers as Record<string, unknown>;
  // zod refuses a record's symbol keys and skips its non-enumerable ones, as Object.keys does.
  if (Object.getOwnPropertySymbols(a).length > 0) return undefined;
  return copyAnswers(a, Object.keys(a));
}

/** A plain object: its prototype is Object's or none, as `checkPlainData` requires (an array has another). */
function isPlain(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

/**
 * Instants already checked by zod's own date-time schema, and found on a day of a four-digit year
 * in Europe/Bucharest (the check `prepareEvaluation` makes after the schema; an instant outside
 * takes the full path, which refuses it): a batch repeats few of them.
 */
const instants = new Map<string, boolean>();
const FOUR_DIGIT_DAY = /^\d{4}-\d{2}-\d{2}$/;
function isInstant(text: string): boolean {
  let ok = instants.get(text);
  if (ok === undefined) {
    ok = isoDateTimeSchema.safeParse(text).success && FOUR_DIGIT_DAY.test(bucharestDate(text));
    if (instants.size >= 4096) instants.clear();
    instants.set(text, ok);
  }
  return ok;
}
