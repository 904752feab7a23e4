import { bucharestInstant } from '../deadlines/bucharest.js';
import type { Result } from '../schema/result.js';
import type { Translator } from './create-translator.js';
import { labelOf } from './label-of.js';
import { pluralKey } from './plural-key.js';

/** One order (or the breach) in words: a heading and its lines, indented by the caller. */
export interface OrderBlock {
  heading: string;
  lines: string[];
}

/** Reasons for which the provisional order is neither issued nor refused: nothing decides it. */
const UNDECIDABLE: ReadonlySet<string> = new Set(['RISK_DETERMINATION_UNAVAILABLE', 'NO_RULE_DECIDED']);

/**
 * The provisional order, the court order and the breach of a result in the result's words: whether
 * the order is available and issued and why; for an issued provisional order its duration and the
 * measures it may contain; for the court order its longest and default duration and, with
 * `full`, who may apply, its measures and the other obligations; for a breach the reason and the
 * penalty, on a line of its own. A duration or measure is not shown for a provisional order that
 * is not issued, where it would read as if it were. An order the case records as issued although
 * the rules would not issue it says so (not "not issued"), with its duration and end as counted
 * from the recorded issue. End times are Bucharest wall-clock times.
 *
 * @param result - an `evaluate` result
 * @param tr - the translator of the result's language (and label pack)
 * @param options - `full`: also the end times, the filers, the court order's measures and obligations
 * @returns two or three blocks: provisional order, court order, breach (when the case has one)
 * @example
 * describeOrders(result, createTranslator('ro'), { full: false })[0]
 * //=> { heading: 'Ordin de protecție provizoriu (poliția)', lines: ['se poate emite: …', '120 de ore de la emitere', 'măsuri pe care le poate cuprinde:', '  - evacuarea temporară a agresorului din locuință', …] }
 * @since 0.1.0
 */
export function describeOrders(result: Result, tr: Pick<Translator, 't' | 'lang'>, options: { full: boolean }): OrderBlock[] {
  const { t } = tr;
  const endsAt = (at: string | null): string => (options.full && at !== null ? `; ${t('ui.ends-at', { at: wallClock(at) })}` : '');
  const list = (heading: string, kind: string, ids: readonly string[] | null): string[] =>
    ids === null ? [`${heading}: ${t('ui.unknown-value')}`] : [`${heading}:`, ...ids.map((id) => `  - ${labelOf(t, kind, id)}`)];

  // An order the case records as issued although these rules would not issue it (the result warns
  // ORDER_ISSUED_AGAINST_RULES, naming the order's rule set): its block says so, and shows the end
  // counted from the recorded issue. Where no rule set gives the order (no route on that day), the
  // warning names none and could be either order's: the block stays as it is, the warning says it.
  const issuedAgainstRules = (ruleSet: string | null): boolean => ruleSet !== null && result.warnings.some((w) => w.code === 'ORDER_ISSUED_AGAINST_RULES' && w.ruleSet === ruleSet);

  const po = result.provisionalOrder;
  const provisional: string[] = [];
  const poRecorded = !po.eligible && issuedAgainstRules(po.ruleSet);
  if (!po.available) provisional.push(`${poRecorded ? t('ui.issued-against-rules') : t('ui.not-available')}: ${t(`reason.${po.reason}`)}`);
  else {
    // No determination to go on is not a refusal: the order cannot be decided, and the reason says why.
    const verdict = po.eligible ? t('ui.eligible') : poRecorded ? t('ui.issued-against-rules') : UNDECIDABLE.has(po.reason) ? t('ui.cannot-decide') : t('ui.not-eligible');
    provisional.push(`${verdict}: ${t(`reason.${po.reason}`)}`);
    if ((po.eligible || poRecorded) && po.duration) {
      const d = po.duration;
      provisional.push(`${'hours' in d ? t(pluralKey(tr.lang, 'ui.duration-hours', d.hours), { hours: d.hours }) : t('ui.duration-until-judgment')}${endsAt(po.endsAt)}`);
    }
    if (po.eligible && po.measures) provisional.push(...list(t('ui.measures'), 'measure', po.measures));
  }

  const op = result.protectionOrder;
  const court: string[] = [];
  if (!op.available) court.push(`${issuedAgainstRules(op.ruleSet) ? t('ui.issued-against-rules') : t('ui.not-available')}: ${t(`reason.${op.reason}`)}${endsAt(op.endsAt)}`);
  else {
    court.push(`${maxMonthsText(op.maxMonths, op.defaultMonths, tr)}${endsAt(op.endsAt)}`);
    if (options.full) {
      court.push(...list(t('ui.filers'), 'filer', op.filers));
      court.push(...list(t('ui.measures'), 'measure', op.measures));
      if (op.otherMeasures !== null && op.otherMeasures.length > 0) court.push(...list(t('ui.other-measures'), 'other-measure', op.otherMeasures));
    }
  }

  const blocks: OrderBlock[] = [
    { heading: t('ui.provisional-order'), lines: provisional },
    { heading: t('ui.protection-order'), lines: court },
  ];
  const b = result.breach;
  if (b) {
    const lines = [t(`reason.${b.reason}`)];
    if (b.penaltyMonths) lines.push(t(pluralKey(tr.lang, 'ui.penalty', b.penaltyMonths.max), { min: number(b.penaltyMonths.min, tr), max: number(b.penaltyMonths.max, tr) }));
    blocks.push({ heading: t('ui.breach'), lines });
  }
  return blocks;
}

function maxMonthsText(max: number | null, byDefault: number | null, tr: Pick<Translator, 't' | 'lang'>): string {
  if (max === null) return tr.t('ui.max-months-unknown');
  const key = byDefault === null ? 'ui.max-months-no-default' : 'ui.max-months';
  return tr.t(pluralKey(tr.lang, key, max), { max: number(max, tr), default: byDefault === null ? '' : number(byDefault, tr) });
}

/** A number as the language writes it: Romanian has a decimal comma (`1,5`). */
function number(n: number, tr: Pick<Translator, 'lang'>): string {
  return tr.lang === 'ro' ? String(n).replace('.', ',') : String(n);
}

/** `2025-06-06 12:00`, Bucharest time. */
function wallClock(instant: string): string {
  const local = bucharestInstant(Date.parse(instant));
  return `${local.slice(0, 10)} ${local.slice(11, 16)}`;
}
