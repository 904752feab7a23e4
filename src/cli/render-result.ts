import {
  citationText,
  createTranslator,
  describeChanges,
  itemList,
  describeDetermination,
  describeNextSteps,
  isStepRuleSet,
  describeOrders,
  formName,
  labelsOf,
  localCitation,
  parameterLabel,
  pluralKey,
  distinctWarnings,
  type LoadedLabelPack,
  type Result,
  type Translator,
} from '../index.js';
import { localTime } from './render-deadlines.js';
import { textStyle } from './text-style.js';
import { assumptionsLine } from './assumptions-line.js';


/**
 * The readable explanation `dv-rules evaluate` prints, in the result's language and register: the
 * regime, the determination with each group's count against its threshold, the answers that
 * decided, what would change it, the orders and the breach, the reasons and the warnings. The
 * legal register adds the sources: the form's rule set and its reported topics, rule ids, the
 * values relied on that are not confirmed, warning codes, rule-set ids and hashes. The plain
 * register leaves those out.
 *
 * @param result - an `evaluate` result
 * @param color - bold and dim headings (a terminal without NO_COLOR)
 * @param labels - the label pack `evaluate` was given, if any (its ui and reason texts word the output)
 * @returns the text, ending with a newline
 * @example
 * renderResult(await evaluate(c, { lang: 'ro' }), false).split('\n')[0] //=> 'Ziua incidentului (ora României): 2024-03-02'
 * @since 0.1.0
 */
export function renderResult(result: Result, color: boolean, labels?: LoadedLabelPack): string {
  const s = textStyle(color);
  const options = result.receipt.options;
  const tr = createTranslator(options.lang, labels);
  const { t } = tr;
  const legal = options.register === 'legal';
  const lines: string[] = [];
  const head = (text: string): void => void lines.push('', s.bold(text));
  lines.push(`${s.bold(t('ui.incident-day'))}: ${result.incidentDate}`);
  lines.push(`${s.bold(t('ui.regime'))}: ${t(`reason.${result.regime.reason}`)}`);
  const assumed = assumptionsLine(result.receipt.options.assumptions, tr);
  if (assumed !== undefined) lines.push(s.bold(assumed));
  if (result.violenceForms.length > 0) lines.push(`${s.bold(t('ui.violence-forms'))}: ${labelsOf(t, 'violence-form', result.violenceForms)}`);

  const ra = result.riskAssessment;
  const form = result.riskForm;
  if (form === null) lines.push(t('ui.no-risk-form'));
  else {
    const reason = ra === null ? t(`reason.${form.reason ?? 'NO_RULE_DECIDED'}`) : '';
    if (form.ruleSet === null) lines.push(`${s.bold(t('ui.form'))}: ${reason}`);
    else if (legal) {
      const ref = result.ruleSets.find((r) => r.id === form.ruleSet);
      lines.push(`${s.bold(t('ui.form'))}: ${formName(t, form.ruleSet)} (${form.ruleSet}, ${t('ui.in-force-from', { date: ref?.effectiveFrom ?? '?' })})${reason === '' ? '' : `: ${reason}`}`);
      const themes = t(`form.${form.ruleSet.split('/')[0] ?? ''}.themes`, {}, '');
      if (themes !== '') lines.push(s.dim(`  ${themes}`));
    } else lines.push([t('ui.form-plain', { form: formName(t, form.ruleSet) }), reason].filter((x) => x !== '').join(' '));
    const d = describeDetermination(result, tr);
    lines.push('', `${s.bold(t('ui.determination'))}: ${s.bold(d.verdict)}${d.outcome === '' ? '' : ` (${d.outcome})`}`);
    for (const line of d.details) lines.push(`  ${line}`);
  }
  if (ra) {
    const deciding = ra.groups.filter((g) => g.met);
    if (deciding.length > 0) {
      head(t('ui.answers-decided'));
      for (const g of deciding) {
        const yes = ra.items.filter((i) => i.group === g.id && i.answer === 'yes').map((i) => i.id);
        lines.push(`  ${t('ui.yes-on', { group: g.title, items: itemList(yes, t) })}`);
      }
    }
    if (ra.decisiveItems.length > 0) lines.push('', `${s.bold(t('ui.open-items'))}: ${itemList(ra.decisiveItems, t)}`);
  }
  const change = describeChanges(result, tr);
  if (change) {
    head(change.heading);
    for (const line of change.lines) lines.push(`  ${line}`);
  }

  for (const block of describeOrders(result, tr, { full: true })) {
    head(block.heading);
    for (const line of block.lines) lines.push(`  ${line}`);
  }

  // Issue 10: the numbered checklist of what happens next, with its deadlines, and the referrals.
  for (const block of describeNextSteps(result, tr, (at) => localTime(at, true, tr))) {
    head(block.heading);
    for (const line of block.lines) lines.push(`  ${line}`);
  }

  // A rule that did not apply is no reason for the result; a group's count is, met or not. The
  // steps' rules are the checklist above.
  const why = result.explanation.filter((x) => (x.fired || x.code.startsWith('risk-form.')) && !isStepRuleSet(x.ruleSet));
  if (why.length > 0) {
    head(t('ui.why'));
    for (const e of why) {
      lines.push(`  - ${whyLine(e, tr, legal)}`);
      if (legal) lines.push(s.dim(`    ${citationText(localCitation(e.citation, tr))}`), s.dim(`    ${e.ruleSet} · ${e.ruleId}`));
    }
  }
  // The values; the rules and counting methods have their own lines (the reasons, the deadlines).
  const weak = result.provenance.filter((p) => p.kind === 'parameter').filter((p) => p.status !== 'confirmed');
  if (weak.length > 0 && legal) {
    head(t('ui.weak-values'));
    for (const p of weak) {
      const value = Array.isArray(p.value) ? t(pluralKey(tr.lang, 'ui.list-of', p.value.length), { count: p.value.length }) : JSON.stringify(p.value);
      lines.push(`  - ${parameterLabel(t, p.ruleSet, p.parameter)} (${p.parameter}) = ${value} (${t(`ui.status.${p.status}`, {}, p.status)}) · ${p.ruleSet}`);
    }
  }
  if (result.warnings.length > 0) {
    head(t('ui.warnings'));
    for (const { text } of distinctWarnings(result.warnings, tr, options.register)) lines.push(`  ! ${text}`);
  }
  if (legal) {
    const sets = result.ruleSets.map((r) => `${r.id} (${t(`ui.status.${r.status}`, {}, r.status)}, sha256 ${r.sha256.slice(0, 12)}…)`);
    lines.push('', s.dim(`${t('ui.rule-sets')}: ${sets.join('; ')}`));
  }
  return `${lines.join('\n')}\n`;
}

/**
 * One reason, in sentences: a rule that applied is its description (the conditions it tests, in
 * words), and the citation goes on the line below in the reader's language; the raw condition
 * tree stays in the result's JSON `message`, for audit. A count against a threshold is its message,
 * with the citation in the reader's language.
 */
function whyLine(e: Result['explanation'][number], tr: Translator, legal: boolean): string {
  if (!legal) return e.message;
  const english = citationText(e.citation);
  if (e.code !== 'rule.fired') return e.message.replace(` (${english})`, '').replace(` potrivit ${english}`, '').replace(` under ${english}`, '');
  const description = tr.t(`rule.${e.ruleSet.split('/')[0] ?? ''}.${e.ruleId}`, {}, '');
  return description === '' ? e.message : tr.t('ui.why.applied', { description });
}
