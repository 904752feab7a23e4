// An independent statement of the 2018 police risk form (LEGAL-BASIS §3.1), written from the legal
// text alone: plain counting, no library code. Tests compare the library against it.

export type OracleAnswer = 'yes' | 'no' | 'unknown';
export type OracleAnswers = Partial<Record<string, OracleAnswer>>;

/** q1 … q21, in form order. */
export const ITEMS_2018: readonly string[] = Array.from({ length: 21 }, (_, i) => `q${i + 1}`);
/** Questions 1–7 and questions 8–21. */
export const GROUP_1_TO_7: readonly string[] = ITEMS_2018.slice(0, 7);
export const GROUP_8_TO_21: readonly string[] = ITEMS_2018.slice(7);

const THRESHOLD_1_TO_7 = 2;
const THRESHOLD_8_TO_21 = 6;

const yesAmong = (answers: OracleAnswers, items: readonly string[]): number =>
  items.filter((id) => answers[id] === 'yes').length;

/** At least 2 YES among q1–q7, or at least 6 YES among q8–q21; anything but YES counts as not YES. */
export function oracleImminentRisk(answers: OracleAnswers): boolean {
  return yesAmong(answers, GROUP_1_TO_7) >= THRESHOLD_1_TO_7 || yesAmong(answers, GROUP_8_TO_21) >= THRESHOLD_8_TO_21;
}

/** The items answered `unknown` or not answered at all, in form order. */
export function unknownItems(answers: OracleAnswers): string[] {
  return ITEMS_2018.filter((id) => answers[id] === undefined || answers[id] === 'unknown');
}

/**
 * `outcome` and `decisiveItems` by enumerating every YES/NO completion of the k unknown items (2^k
 * bit masks, bit b set = the b-th unknown item answered YES): established when every completion has
 * risk, excluded when none has, possible otherwise; an unknown item is decisive when, for some
 * completion of the others, its YES instead of NO changes the risk.
 */
export function oracleOutcome(answers: OracleAnswers): { outcome: 'established' | 'excluded' | 'possible'; decisiveItems: string[] } {
  const open = unknownItems(answers);
  const fixed1 = yesAmong(answers, GROUP_1_TO_7);
  const fixed2 = yesAmong(answers, GROUP_8_TO_21);
  const riskOf = (mask: number): boolean => {
    let yes1 = fixed1;
    let yes2 = fixed2;
    open.forEach((id, bit) => {
      if ((mask >> bit) & 1) {
        if (GROUP_1_TO_7.includes(id)) yes1 += 1;
        else yes2 += 1;
      }
    });
    return yes1 >= THRESHOLD_1_TO_7 || yes2 >= THRESHOLD_8_TO_21;
  };
  const risk: boolean[] = [];
  for (let mask = 0; mask < 2 ** open.length; mask++) risk.push(riskOf(mask));
  const outcome = risk.every(Boolean) ? 'established' : risk.some(Boolean) ? 'possible' : 'excluded';
  const decisiveItems = open.filter((_, bit) => risk.some((r, mask) => ((mask >> bit) & 1) === 0 && r !== risk[mask | (1 << bit)]));
  return { outcome, decisiveItems };
}

/** A 2018-form case between spouses on a day the 2018 form is in force. */
export function caseWith(answers: OracleAnswers, incidentAt = '2019-03-01T10:00:00+02:00'): Record<string, unknown> {
  return { schemaVersion: 1, incidentAt, relationship: 'spouse', riskForm: { answers } };
}

/** Answers with YES on exactly the listed items and NO on every other item of the form. */
export function yesOn(...yes: string[]): Record<string, OracleAnswer> {
  return Object.fromEntries(ITEMS_2018.map((id) => [id, yes.includes(id) ? 'yes' : 'no']));
}

/**
 * `outcome` and `decisiveItems` from the counts alone, for forms with too many unknown items to
 * enumerate: the unknown items of a group can add 0 … unknown YES to it, independently of the other
 * group. An unknown item of questions 1-7 is decisive when that group can sit at exactly 1 YES without
 * it while questions 8-21 can stay below 6; symmetrically for questions 8-21 (exactly 5, and 1-7 below 2).
 */
export function oracleOutcomeByCounts(answers: OracleAnswers): { outcome: 'established' | 'excluded' | 'possible'; decisiveItems: string[] } {
  const open = new Set(unknownItems(answers));
  const y1 = yesAmong(answers, GROUP_1_TO_7);
  const y2 = yesAmong(answers, GROUP_8_TO_21);
  const u1 = GROUP_1_TO_7.filter((id) => open.has(id)).length;
  const u2 = GROUP_8_TO_21.filter((id) => open.has(id)).length;
  const atLeast = y1 >= THRESHOLD_1_TO_7 || y2 >= THRESHOLD_8_TO_21;
  const atMost = y1 + u1 >= THRESHOLD_1_TO_7 || y2 + u2 >= THRESHOLD_8_TO_21;
  const outcome = atLeast ? 'established' : atMost ? 'possible' : 'excluded';
  const g1Decisive = y1 <= THRESHOLD_1_TO_7 - 1 && THRESHOLD_1_TO_7 - 1 <= y1 + u1 - 1 && y2 < THRESHOLD_8_TO_21;
  const g2Decisive = y2 <= THRESHOLD_8_TO_21 - 1 && THRESHOLD_8_TO_21 - 1 <= y2 + u2 - 1 && y1 < THRESHOLD_1_TO_7;
  const decisiveItems = ITEMS_2018.filter((id) => open.has(id) && (GROUP_1_TO_7.includes(id) ? g1Decisive : g2Decisive));
  return { outcome, decisiveItems };
}
