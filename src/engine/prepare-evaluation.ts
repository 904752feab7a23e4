import { DvRulesError, issuesFromZod } from '../errors.js';
import { caseSchema, type Case } from '../schema/case.js';
import { checkEventOrder } from '../schema/check-event-order.js';
import { checkPlainData } from '../schema/check-plain-data.js';
import { bucharestDate } from '../deadlines/bucharest.js';
import type { EvaluateOptions } from '../schema/options.js';
import { parseEvaluateOptions } from '../schema/parse-evaluate-options.js';
import { readCommonCase } from './read-common-case.js';

/**
 * Validates what `evaluate` and `evaluateSync` are given, before any rule runs: the options
 * first (so a batch refuses bad options before its first case), then the case.
 *
 * @param input - the case, as parsed JSON
 * @param options - the options
 * @param api - the function's name, for messages
 * @returns the validated case and options
 * @throws DvRulesError `INVALID_OPTIONS` / `INVALID_CASE` with paths
 * @example
 * prepareEvaluation({ schemaVersion: 1, incidentAt: '2024-03-02T21:15:00+02:00', relationship: 'spouse' }, {}, 'evaluate').c.relationship //=> 'spouse'
 * @since 0.1.0
 */
export function prepareEvaluation(input: unknown, options: unknown, api: string): { c: Case; opts: EvaluateOptions } {
  return {
    opts: readable(() => parseEvaluateOptions(options, api), 'INVALID_OPTIONS', `${api}: the options are invalid`),
    c: readable(() => parseCaseData(input, api), 'INVALID_CASE', `${api}: the case is invalid`),
  };
}

/**
 * Runs a validation; anything it throws that is not ours (a proxy or a getter that throws: a
 * TypeError, anything) is not ours to pass on, and becomes `code` at the root.
 */
function readable<T>(read: () => T, code: 'INVALID_OPTIONS' | 'INVALID_CASE', message: string): T {
  try {
    return read();
  } catch (e) {
    if (e instanceof DvRulesError) throw e;
    throw new DvRulesError(code, message, [{ path: '$', message: 'Not readable as JSON data (a proxy or a getter threw)' }]);
  }
}

function parseCaseData(input: unknown, api: string): Case {
  // Most cases have one shape, read without zod (and passing the checks below); any other goes through the full validation.
  return readCommonCase(input) ?? readCaseFully(input, api);
}

/**
 * The full validation of a case: plain data, `caseSchema`, then the checks zod cannot make (the
 * order of the events, four-digit years in Bucharest). `readCommonCase` must agree with it on
 * every case it reads (test/engine/read-common-case.test.ts).
 *
 * @param input - the untrusted case
 * @param api - the function's name, for messages
 * @returns the validated case
 * @throws DvRulesError `INVALID_CASE`, `EVENTS_OUT_OF_ORDER` or `INPUT_TOO_LARGE` with paths
 * @example
 * readCaseFully({ schemaVersion: 1, incidentAt: '2024-03-02T21:15:00+02:00', relationship: 'spouse' }, 'evaluate').relationship //=> 'spouse'
 * @since 0.1.0
 */
export function readCaseFully(input: unknown, api: string): Case {
  const plain = checkPlainData(input, { api });
  if (plain.length > 0) throw new DvRulesError('INVALID_CASE', `${api}: the case is invalid`, plain);
  const parsed = caseSchema.safeParse(input);
  if (!parsed.success) throw new DvRulesError('INVALID_CASE', `${api}: the case is invalid`, issuesFromZod(parsed.error));
  checkEventOrder(parsed.data);
  checkYears(parsed.data, api);
  return parsed.data;
}

/**
 * Every instant must fall, in Europe/Bucharest, on a day of a four-digit year: 9999-12-31T23:30Z is
 * already 10000-01-01 there, and such a day would sort before 2012 as text.
 */
function checkYears(c: Case, api: string): void {
  const issues = caseInstants(c)
    .filter(([, at]) => !FOUR_DIGIT_DAY.test(bucharestDate(at)))
    .map(([path]) => ({ path, message: 'Falls outside the years 1000 to 9999 in Europe/Bucharest' }));
  if (issues.length > 0) throw new DvRulesError('INVALID_CASE', `${api}: the case is invalid`, issues);
}

const FOUR_DIGIT_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The case's instants with their paths: the incident and every event that is a date-time. */
export function caseInstants(c: Case): Array<[string, string]> {
  const out: Array<[string, string]> = [['incidentAt', c.incidentAt]];
  for (const [name, value] of Object.entries(c.events ?? {})) if (typeof value === 'string') out.push([`events.${name}`, value]);
  return out;
}
