import { pluralKey, type DvRulesError, type Fixture, type Language, type Result } from '../../index.js';
import { yesNo, type TrainSession } from './train-session.js';

/** The right answer to a quiz question: yes/no, a number, "until the judgment", or `null` (the law gives none). */
export type Truth = boolean | number | 'until-judgment' | null;

/** A question the quiz asks about one version of a scenario. */
export interface QuizQuestion {
  kind: 'imminent' | 'opp-eligible' | 'opp-duration' | 'op-max-months' | 'breach-max-months' | 'accepted';
  prompt: string;
  /** What the trainee may type, for the "please answer …" line. */
  choices: string;
  truth: Truth;
  /**
   * Another answer also counted right, with the line that says why: "no" where the law gives no
   * answer to "is a provisional order issued?", since without a determination none is issued.
   */
  alsoRight?: { truth: Truth; note: string };
  /** The trainee's answer as a truth value; undefined when it is not an answer to this question. */
  parse(answer: string): Truth | undefined;
}

/** What `evaluate` made of a version: a result, or the error it refused the case with. */
export type Judged = { result: Result; error?: undefined } | { result?: undefined; error: DvRulesError };

/**
 * The questions to ask about one version: only about what its fixture expects, so that a scenario
 * writer chooses the lesson. Imminent risk when `expect.determination.imminentRisk` is given; OPP
 * issued when `expect.provisionalOrder.eligible`; its duration when `expect.provisionalOrder.duration`;
 * the court order's longest duration when `expect.protectionOrder.maxMonths`; the breach's longest
 * penalty when `expect.breach.penaltyMonths`; and, for `expectError`, whether the case can be
 * recorded at all. The right answers come from `evaluate`, not from the file.
 *
 * @param fixture - one version of a scenario
 * @param judged - what `evaluate` returned or threw for it
 * @param t - the session's `t`
 * @returns the questions, in that order
 * @example
 * quizQuestions(courtOrderFixture, { result }, t).map((q) => [q.kind, q.truth]) //=> [['op-max-months', 6]]
 * @since 0.1.0
 */
export function quizQuestions(fixture: Fixture, judged: Judged, t: TrainSession['t']): QuizQuestion[] {
  if (fixture.expectError !== undefined) {
    return [{ kind: 'accepted', prompt: t('ui.train.q.accepted'), choices: t('ui.train.choices.yes-no'), truth: judged.error === undefined, parse: parseYesNo(false) }];
  }
  const r = judged.result;
  if (r === undefined) return [];
  const expects = (...path: string[]): boolean => path.reduce<unknown>((v, k) => (isRecord(v) ? v[k] : undefined), fixture.expect) !== undefined;
  const out: QuizQuestion[] = [];
  const yesNoChoices = (unknown: boolean): string => t(unknown ? 'ui.train.choices.yes-no-unknown' : 'ui.train.choices.yes-no');
  if (expects('determination', 'imminentRisk')) {
    out.push({ kind: 'imminent', prompt: t('ui.train.q.imminent', { date: r.incidentDate }), choices: yesNoChoices(true), truth: r.determination.imminentRisk, parse: parseYesNo(true) });
  }
  if (expects('provisionalOrder', 'eligible')) {
    // Where no risk determination exists the library cannot decide eligibility: the answer is "?"
    // (as the explanation says), and "no" is right in practice, since no order is then issued.
    const undecided = r.provisionalOrder.reason === 'RISK_DETERMINATION_UNAVAILABLE';
    out.push({
      kind: 'opp-eligible',
      prompt: t(undecided ? 'ui.train.q.opp-eligible-unknown' : 'ui.train.q.opp-eligible'),
      choices: yesNoChoices(undecided),
      truth: undecided ? null : r.provisionalOrder.eligible,
      ...(undecided ? { alsoRight: { truth: false, note: t('ui.train.correct.no-order-without-finding') } } : {}),
      parse: parseYesNo(undecided),
    });
  }
  if (expects('provisionalOrder', 'duration')) {
    const d = r.provisionalOrder.duration;
    const truth = d === null ? null : 'hours' in d ? d.hours : 'until-judgment';
    out.push({ kind: 'opp-duration', prompt: t('ui.train.q.opp-duration', { date: r.provisionalOrder.lawDate }), choices: t('ui.train.choices.duration'), truth, parse: parseDuration });
  }
  if (expects('protectionOrder', 'maxMonths')) {
    out.push({ kind: 'op-max-months', prompt: t('ui.train.q.op-max-months', { date: r.protectionOrder.lawDate }), choices: t('ui.train.choices.number'), truth: r.protectionOrder.maxMonths, parse: parseNumber });
  }
  if (expects('breach', 'penaltyMonths') && r.breach) {
    out.push({ kind: 'breach-max-months', prompt: t('ui.train.q.breach-max-months', { date: r.breach.lawDate }), choices: t('ui.train.choices.number'), truth: r.breach.penaltyMonths?.max ?? null, parse: parseNumber });
  }
  return out;
}

/**
 * A truth value in words: "yes", "12 months", "120 hours", "until the first-instance judgment (j)".
 *
 * @param q - the question (its kind gives the unit)
 * @param truth - the value to say
 * @param t - the session's `t`
 * @param lang - the session's language, for the plural of the unit
 * @returns the words
 * @example
 * truthText(opMaxMonths, 12, t, 'en') //=> '12 months'
 * @since 0.1.0
 */
export function truthText(q: Pick<QuizQuestion, 'kind'>, truth: Truth, t: TrainSession['t'], lang: Language): string {
  if (truth === null) return t('ui.train.value.undetermined');
  if (typeof truth === 'boolean') return truth ? t('ui.yes') : t('ui.no');
  if (truth === 'until-judgment') return t('ui.train.value.until-judgment');
  return q.kind === 'opp-duration'
    ? t(pluralKey(lang, 'ui.train.value.hours', truth), { hours: truth })
    : t(pluralKey(lang, 'ui.train.value.months', truth), { count: truth });
}

function parseYesNo(allowUnknown: boolean): (a: string) => Truth | undefined {
  return (a) => (allowUnknown && a === '?' ? null : yesNo(a));
}

function parseNumber(a: string): Truth | undefined {
  if (a === '?') return null;
  return /^\d{1,4}$/.test(a) ? Number(a) : undefined;
}

function parseDuration(a: string): Truth | undefined {
  if (['j', 'judgment', 'judecată', 'hotărâre'].includes(a.toLowerCase())) return 'until-judgment';
  return parseNumber(a);
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
