import { isoDateTimeSchema } from '../schema/dates.js';
import { relationshipSchema } from '../schema/relationship.js';
import { caseEventsSchema, type Case } from '../schema/case.js';
import { checkEventOrder } from '../schema/check-event-order.js';
import { DvRulesError } from '../errors.js';
import { bucharestDate } from '../deadlines/bucharest.js';
import { copyAnswers } from './copy-answers.js';

/**
 * The case as `caseSchema` would give it, read without zod, when the input has the shape most
 * cases have: the incident, the relationship, the answers of a form, the boolean flags, the order a
 * breach breached, the prosecutor's decision and the case clock (`events`), nothing else. Anything
 * outside that shape (an officer finding, circumstances, an unknown key, a value of the wrong type,
 * a symbol key, an object that is not plain data, a pairing the schema refines away) gives
 * `undefined`, and the caller validates with `checkPlainData` and zod as before, so every refusal
 * and its issues stay zod's. The checks that follow the schema pass too: every instant falls on a
 * day of a four-digit year in Europe/Bucharest, and the events are in order (else `undefined`, and
 * the full path refuses it). What it accepts zod accepts with an equal output (same keys, same
 * order): test/engine/read-common-case.test.ts checks it on fuzzed inputs.
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
  if (schemaVersion !== 1 || typeof incidentAt !== 'string' || !isKnownInstant(incidentAt)) return undefined;
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
  const { breachedOrder, prosecutorDecision, events } = c;
  if (breachedOrder !== undefined) {
    if (breachedOrder !== 'court' && breachedOrder !== 'provisional') return undefined;
    out['breachedOrder'] = breachedOrder;
    read++;
  } else if ('breachedOrder' in c) return undefined;
  if (prosecutorDecision !== undefined) {
    if (prosecutorDecision !== 'confirmed' && prosecutorDecision !== 'ended') return undefined;
    out['prosecutorDecision'] = prosecutorDecision;
    read++;
  } else if ('prosecutorDecision' in c) return undefined;
  let ev: Record<string, unknown> | undefined;
  if (events !== undefined) {
    ev = readEvents(events);
    if (ev === undefined) return undefined;
    out['events'] = ev;
    read++;
  } else if ('events' in c) return undefined;
  // zod reads every key of its shape, enumerable or not: one this reader leaves to zod must be absent.
  if (read !== keys || c['circumstances'] !== undefined || 'circumstances' in c) return undefined;
  // The schema's refinements: a breach names its order; a decision has its day; an ended order is not filed.
  if (ev?.['breachAt'] !== undefined && breachedOrder === undefined) return undefined;
  if (prosecutorDecision !== undefined && ev?.['prosecutorDecidedAt'] === undefined) return undefined;
  if (prosecutorDecision === 'ended' && ev?.['prosecutorFiledAt'] !== undefined) return undefined;
  return ev === undefined || inOrder(out as Case) ? (out as Case) : undefined;
}

/** The boolean flags of the case, in the schema's order. */
const FLAGS = ['victimOpposesProvisionalOrder', 'victimRequestsProvisionalOrder', 'victimCannotWriteRequest', 'aggressorHadPriorProtectionOrder', 'priorBreachConviction'] as const;
const ACCEPTED_KEYS: ReadonlySet<string> = new Set(['schemaVersion', 'incidentAt', 'relationship', 'riskForm', ...FLAGS, 'breachedOrder', 'prosecutorDecision', 'events']);
const RELATIONSHIPS: ReadonlySet<string> = new Set(relationshipSchema.options);

/** The events that are whole numbers, with their bounds (`z.int().min().max()`); every other event is an instant. */
const WHOLE_EVENTS: ReadonlyMap<string, readonly [number, number]> = new Map([
  ['protectionOrderMonths', [1, 36]],
  ['caseManagerTravelMinutes', [0, 10_000]],
]);
/** The events in the schema's order (zod's output order). */
const EVENT_KEYS: readonly string[] = Object.keys(caseEventsSchema.shape);
const EVENT_KEY_SET: ReadonlySet<string> = new Set(EVENT_KEYS);

/** The case clock, copied in the schema's order, or undefined when any event is not plainly valid. */
function readEvents(value: unknown): Record<string, unknown> | undefined {
  if (!isPlain(value)) return undefined;
  const ev = value as Record<string, unknown>;
  let keys = 0;
  for (const key in ev) {
    if (!EVENT_KEY_SET.has(key)) return undefined;
    keys++;
  }
  const out: Record<string, unknown> = {};
  let read = 0;
  for (const key of EVENT_KEYS) {
    const v = ev[key];
    if (v === undefined) {
      if (key in ev) return undefined;
      continue;
    }
    const whole = WHOLE_EVENTS.get(key);
    if (whole === undefined ? typeof v !== 'string' || !isInstant(v) : typeof v !== 'number' || !Number.isSafeInteger(v) || v < whole[0] || v > whole[1]) return undefined;
    out[key] = v;
    read++;
  }
  return read === keys ? out : undefined;
}

/** The events pass `checkEventOrder` (a refusal is left to the full path, which makes it with its issues). */
function inOrder(c: Case): boolean {
  try {
    checkEventOrder(c);
    return true;
  } catch (e) {
    if (e instanceof DvRulesError) return false;
    throw e;
  }
}

/** `{ answers }` and nothing else: the answers, copied, or undefined. */
function readRiskForm(value: unknown): Record<string, string> | undefined {
  if (!isPlain(value)) return undefined;
  const form = value as Record<string, unknown>;
  for (const key in form) if (key !== 'answers') return undefined;
  if (form['officerFinding'] !== undefined || 'officerFinding' in form) return undefined;
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

/** The one check of zod's date-time schema: its pattern (the fuzz test holds the two equal). */
const DATE_TIME: RegExp | undefined = isoDateTimeSchema._zod.def.pattern;
const FOUR_DIGIT_DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * An instant zod's date-time schema accepts, on a day of a four-digit year in Europe/Bucharest
 * (the check `prepareEvaluation` makes after the schema; an instant outside takes the full path,
 * which refuses it). An offset moves a day by less than one, so only the years 1000 and 9999 can
 * leave the four digits there: only they are written out to see.
 */
function isInstant(text: string): boolean {
  return isDateTime(text) && isFourDigitDay(text);
}

/**
 * {@link isInstant} for the incident, remembered: a batch repeats few incidents (every form case
 * of a day at one instant), and the case clock's instants, spread over days, would only churn it.
 */
function isKnownInstant(text: string): boolean {
  let ok = incidents.get(text);
  if (ok === undefined) {
    ok = isInstant(text);
    if (incidents.size >= 4096) incidents.clear();
    incidents.set(text, ok);
  }
  return ok;
}
const incidents = new Map<string, boolean>();

function isDateTime(text: string): boolean {
  return DATE_TIME === undefined ? isoDateTimeSchema.safeParse(text).success : DATE_TIME.test(text);
}

function isFourDigitDay(text: string): boolean {
  const year = +text.slice(0, 4);
  return (year > 1000 && year < 9999) || FOUR_DIGIT_DAY.test(bucharestDate(text));
}
