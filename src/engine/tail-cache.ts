import type { LoadedLabelPack } from '../explain/parse-label-pack.js';
import { bucharestDate } from '../deadlines/bucharest.js';
import type { Case } from '../schema/case.js';
import type { EvaluateOptions } from '../schema/options.js';
import type { Result } from '../schema/result.js';
import type { LoadedRuleSet } from '../versions/parse-rule-set.js';

/**
 * The preludes and tails of results made on the compiled path: a prelude (the regime and what
 * was decided before the risk form) by the case without its answers and the options, a tail by
 * that key, the determination and the warnings raised up to it. Only a driver whose answers are a
 * pure function of the facts may share tails (the compiled one); the reference path builds every
 * result whole, so the differential tests compare shared tails against fresh ones.
 */
export class TailCache<P, T> {
  private readonly preludes = new Map<string, P>();
  /** Entries in the form memos of the preludes held: bounded with them (about a kilobyte each). */
  private memoEntries = 0;
  private readonly tails = new Map<string, T>();
  /** The last case keyed, its options and its key: a batch's cases mostly share the prelude of the case before. */
  private last: { readonly c: Case; readonly opts: EvaluateOptions; readonly key: string } | undefined;
  constructor(private readonly capacity = 256) {}

  /** The prelude key: the case without its answers, and the options. */
  preludeKeyOf(c: Case, opts: EvaluateOptions): string {
    // The very key string of the case before, when it is the same: a key made anew is a string of
    // pieces that a lookup must join and hash (a microsecond, a tenth of a call answered by a form memo).
    const last = this.last;
    if (last !== undefined && last.opts === opts && samePrelude(c, last.c)) return last.key;
    const key = this.freshPreludeKey(c, opts);
    this.last = { c, opts, key };
    return key;
  }

  private freshPreludeKey(c: Case, opts: EvaluateOptions): string {
    const options = optionsKey(opts);
    // Most cases hold scalars and a form of answers only: their key is written field by field
    // (it starts with a letter, the JSON key below with a bracket, so the two kinds never meet).
    // Such a case has no events, and its incident counts only by its day (the regime, the form and
    // every rule set are chosen by day): cases of one day at other hours share their prelude.
    let key = 'C';
    let events = false;
    for (const name in c) {
      const value = (c as Record<string, unknown>)[name];
      if (name === 'incidentAt') key += `|day=${dayOfIncident(value as string)}`;
      else if (name === 'events') {
        if (value === undefined) continue;
        // The prelude reads of the events only the day the form was filled in (the form series of
        // that day): cases of one day with other events share their prelude, never a tail or a
        // form-memo entry (see `sharesTail`).
        const assessed = (value as NonNullable<Case['events']>).riskAssessedAt;
        key += `|events|assessed=${assessed === undefined ? '' : dayOfIncident(assessed)}`;
        events = true;
      } else if (name === 'riskForm') {
        if (value === undefined) continue;
        const form = value as NonNullable<Case['riskForm']>;
        if (form.officerFinding !== undefined) return jsonPreludeKey(c, options);
        key += '|riskForm';
      } else if (typeof value === 'string') key += `|${name}=${JSON.stringify(value)}`;
      else if (typeof value === 'boolean' || typeof value === 'number') key += `|${name}=${value}`;
      else if (value !== undefined) return jsonPreludeKey(c, options);
    }
    // `E…`: a prelude of cases with events, which no case without them shares (nor a JSON key, `[…`).
    return `${events ? 'E' : ''}${key}|${options}`;
  }

  /**
   * Whether a case may take its tail (everything after the risk form) or its whole result from a
   * cache: not a case with events, whose deadlines, orders and next steps depend on each of them.
   */
  sharesTail(c: Case): boolean {
    return c.events === undefined;
  }

  /** The tail key: the prelude key, the determination and the warnings raised up to it. */
  keyOf(preludeKey: string, determination: Result['determination'], warnings: readonly Result['warnings'][number][]): string {
    // The prelude key ends with a whole JSON object (the options): the array that follows cannot be mistaken for part of it.
    return preludeKey + JSON.stringify([determination, warnings.map((w) => `${w.code}|${w.ruleSet ?? ''}|${w.parameter ?? ''}`)]);
  }

  prelude(key: string): P | undefined {
    return this.preludes.get(key);
  }

  setPrelude(key: string, prelude: P): void {
    if (this.preludes.size >= this.capacity) this.clearPreludes();
    this.preludes.set(key, prelude);
  }

  /** Counts an entry added to a prelude's form memo; past the budget every prelude goes (they are made again on use). */
  countMemoEntry(): void {
    if (++this.memoEntries > MEMO_ENTRY_BUDGET) this.clearPreludes();
  }

  private clearPreludes(): void {
    this.preludes.clear();
    this.memoEntries = 0;
  }

  get(key: string): T | undefined {
    return this.tails.get(key);
  }

  set(key: string, tail: T): void {
    // A bounded memo: a batch of varied cases clears it rather than growing without end.
    if (this.tails.size >= this.capacity) this.tails.clear();
    this.tails.set(key, tail);
  }
}

/**
 * Whether two cases have one prelude key, told without making it: each holds, besides its answers,
 * the same scalars (the incident on the same Bucharest day), and neither has anything else (events,
 * an officer finding, circumstances), whose keys `preludeKeyOf` makes in full. A false answer only
 * means the key is made.
 */
function samePrelude(c: Case, before: Case): boolean {
  const a = c as Record<string, unknown>;
  const b = before as Record<string, unknown>;
  let n = 0;
  for (const name in a) {
    const v = a[name];
    if (v === undefined) continue;
    const w = b[name];
    if (name === 'riskForm') {
      if (w === undefined || (v as NonNullable<Case['riskForm']>).officerFinding !== undefined || (w as NonNullable<Case['riskForm']>).officerFinding !== undefined) return false;
    } else if (name === 'incidentAt') {
      if (v !== w && (typeof w !== 'string' || dayOfIncident(v as string) !== dayOfIncident(w))) return false;
    } else if (v !== w || typeof v === 'object') return false;
    n++;
  }
  for (const name in b) if (b[name] !== undefined) n--;
  return n === 0;
}

/** At most this many form-memo entries over all preludes held (some 16 MB). */
const MEMO_ENTRY_BUDGET = 16_384;

/** Incident days by instant, as a batch repeats few instants: bounded. */
const incidentDays = new Map<string, string>();
function dayOfIncident(instant: string): string {
  let day = incidentDays.get(instant);
  if (day === undefined) {
    day = bucharestDate(instant);
    if (incidentDays.size >= 4096) incidentDays.clear();
    incidentDays.set(instant, day);
  }
  return day;
}

/** The prelude key of any case: the case without its answers, as JSON, and the options' key. */
function jsonPreludeKey(c: Case, options: string): string {
  const { riskForm, ...rest } = c;
  const form = riskForm === undefined ? null : { ...riskForm, answers: undefined };
  return `${JSON.stringify([rest, form])}${options}`;
}

const optionKeys = new WeakMap<EvaluateOptions, string>();
/** The options as JSON, a caller's rule sets and label pack by identity; the options of a call that gives none are one object, keyed once. */
function optionsKey(opts: EvaluateOptions): string {
  let key = optionKeys.get(opts);
  if (key === undefined) {
    key = JSON.stringify({ ...opts, ruleSets: opts.ruleSets?.map(loadedId), labels: opts.labels === undefined ? undefined : packId(opts.labels) });
    if (Object.isFrozen(opts)) optionKeys.set(opts, key);
  }
  return key;
}

const loadedIds = new WeakMap<LoadedRuleSet, number>();
let nextLoadedId = 0;
/**
 * A caller's rule set by identity: the prelude's context holds the very objects it used, and a
 * result warns of a caller's rule set that is not among them (USER_RULE_SET_NOT_USED).
 */
function loadedId(loaded: LoadedRuleSet): number {
  let id = loadedIds.get(loaded);
  if (id === undefined) {
    id = nextLoadedId++;
    loadedIds.set(loaded, id);
  }
  return id;
}

const packIds = new WeakMap<LoadedLabelPack, number>();
let nextPackId = 0;
/** A label pack by identity: its translator (and so every text made with it) is per loaded pack. */
function packId(labels: LoadedLabelPack): number {
  let id = packIds.get(labels);
  if (id === undefined) {
    id = nextPackId++;
    packIds.set(labels, id);
  }
  return id;
}
