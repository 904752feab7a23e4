import { createTranslator, type Result, type Translator } from '../index.js';

interface Style {
  bold(s: string): string;
  dim(s: string): string;
}

const plain: Style = { bold: (s) => s, dim: (s) => s };
const ansi: Style = { bold: (s) => `\u001b[1m${s}\u001b[22m`, dim: (s) => `\u001b[2m${s}\u001b[22m` };

/**
 * The readable explanation `dv-rules evaluate` prints, in the result's language: the regime, the
 * determination with each group's count against its threshold, the answers that decided, what
 * would change it, the orders and the breach, the reasons with their sources, and every value
 * relied on that is not confirmed in the primary text.
 */
export function renderResult(result: Result, color: boolean): string {
  const s = color ? ansi : plain;
  const tr = createTranslator(result.receipt.options.lang);
  const { t } = tr;
  const lines: string[] = [];
  const head = (key: string): void => void lines.push('', s.bold(t(`ui.${key}`)));
  lines.push(`${s.bold(t('ui.incident-day'))}: ${result.incidentDate}`);
  lines.push(`${s.bold(t('ui.regime'))}: ${t(`reason.${result.regime.reason}`)}`);

  const ra = result.riskAssessment;
  if (result.riskForm === null) lines.push(t('ui.no-risk-form'));
  else if (ra === null) lines.push(`${s.bold(t('ui.form'))}: ${result.riskForm.ruleSet ?? '-'}: ${t(`reason.${result.riskForm.reason ?? 'NO_RULE_DECIDED'}`)}`);
  if (ra) {
    const ref = result.ruleSets.find((r) => r.id === ra.form);
    lines.push(`${s.bold(t('ui.form'))}: ${ra.form} (${t('ui.in-force-from', { date: ref?.effectiveFrom ?? '?' })})`);
  }
  if (result.riskForm !== null) renderDetermination(result, tr, s, lines);
  if (ra) {
    for (const g of ra.groups) {
      lines.push(`  ${t('ui.group-line', { group: g.title, yes: g.yes, no: g.no, unknown: g.unknown, threshold: g.threshold, met: g.met ? t('ui.met') : t('ui.not-met') })}`);
    }
    const deciding = ra.groups.filter((g) => g.met);
    if (deciding.length > 0) {
      head('answers-decided');
      for (const g of deciding) {
        const yes = ra.items.filter((i) => i.group === g.id && i.answer === 'yes').map((i) => i.id);
        lines.push(`  ${t('ui.yes-on', { group: g.title, items: yes.join(', ') })}`);
      }
    }
    if (ra.decisiveItems.length > 0) lines.push('', `${s.bold(t('ui.open-items'))}: ${ra.decisiveItems.join(', ')}`);
    head('what-would-change');
    for (const line of flipLines(ra, tr)) lines.push(`  ${line}`);
  }

  renderOrders(result, tr, s, lines);

  if (result.explanation.length > 0) {
    head('why');
    for (const e of result.explanation.filter((x) => x.fired || x.code.startsWith('risk-form.'))) {
      lines.push(`  - ${e.message}`);
      if (result.receipt.options.register === 'legal') lines.push(s.dim(`    ${e.ruleSet} · ${e.ruleId}`));
    }
  }
  const weak = result.provenance.filter((p) => p.status !== 'confirmed');
  if (weak.length > 0 && result.receipt.options.register === 'legal') {
    head('weak-values');
    for (const p of weak) {
      const value = Array.isArray(p.value) ? t('ui.list-of', { count: p.value.length }) : JSON.stringify(p.value);
      lines.push(`  - ${p.parameter} = ${value} (${p.status}) · ${p.ruleSet}`);
    }
  }
  if (result.warnings.length > 0) {
    head('warnings');
    for (const w of result.warnings) lines.push(`  ! [${w.code}] ${w.message}`);
  }
  lines.push('', s.dim(`${t('ui.rule-sets')}: ${result.ruleSets.map((r) => `${r.id} (${r.status}, sha256 ${r.sha256.slice(0, 12)}…)`).join('; ')}`));
  return `${lines.join('\n')}\n`;
}

function renderDetermination(result: Result, tr: Translator, s: Style, lines: string[]): void {
  const { t } = tr;
  const d = result.determination;
  const verdict = d.imminentRisk === null ? t('ui.no-determination') : d.imminentRisk ? t('ui.imminent-risk') : t('ui.no-imminent-risk');
  const outcome = result.riskAssessment ? ` (${t(`ui.outcome.${result.riskAssessment.outcome}`)})` : '';
  lines.push('', `${s.bold(t('ui.determination'))}: ${s.bold(verdict)}${d.basis === 'form' ? outcome : ''}`);
  if (d.basis === 'officer-finding') {
    lines.push(`  ${t(d.overridden ? 'ui.officer-raised' : 'ui.officer-sole', { reason: d.officerReason ?? '' })}`);
    if (d.computed !== null) lines.push(`  ${t('ui.computed-was', { value: d.computed ? t('ui.imminent-risk') : t('ui.no-imminent-risk') })}`);
  }
}

/** "What would change it", from `minimalFlips`, in sentences a trainee can follow. */
export function flipLines(ra: NonNullable<Result['riskAssessment']>, tr: Translator): string[] {
  const { t } = tr;
  const mf = ra.minimalFlips;
  if (mf.changes === null) return [t('ui.flip.none')];
  const options = mf.options.map((o) =>
    o.changes
      .map((c) => {
        const group = ra.groups.find((g) => g.id === c.group)?.title ?? c.group;
        const kind = `${mf.direction}-${c.count === 1 ? 'one' : 'many'}`;
        return t(`ui.flip.${kind}`, { count: c.count, group, items: c.candidates.join(', ') });
      })
      .join(` ${t('ui.flip.and')} `),
  );
  const lines = options.map((o, i) => (i === 0 ? o : `${t('ui.flip.or')} ${o}`));
  if (mf.changes > 1) lines.push(t('ui.flip.no-single', { count: mf.changes }));
  return lines;
}

function renderOrders(result: Result, tr: Translator, s: Style, lines: string[]): void {
  const { t } = tr;
  const po = result.provisionalOrder;
  lines.push('', s.bold(t('ui.provisional-order')));
  if (!po.available) lines.push(`  ${t('ui.not-available')}: ${t(`reason.${po.reason}`)}`);
  else {
    lines.push(`  ${po.eligible ? t('ui.eligible') : t('ui.not-eligible')}: ${t(`reason.${po.reason}`)}`);
    if (po.duration) lines.push(`  ${'hours' in po.duration ? t('ui.duration-hours', { hours: po.duration.hours }) : t('ui.duration-until-judgment')}${po.endsAt ? `; ${t('ui.ends-at', { at: po.endsAt })}` : ''}`);
    if (po.measures) lines.push(`  ${t('ui.measures')}: ${po.measures.join(', ')}`);
  }
  const op = result.protectionOrder;
  lines.push('', s.bold(t('ui.protection-order')));
  if (!op.available) lines.push(`  ${t('ui.not-available')}: ${t(`reason.${op.reason}`)}`);
  else {
    const unknown = t('ui.unknown-value');
    lines.push(`  ${t('ui.max-months', { max: op.maxMonths ?? unknown, default: op.defaultMonths ?? unknown })}${op.endsAt ? `; ${t('ui.ends-at', { at: op.endsAt })}` : ''}`);
    lines.push(`  ${t('ui.filers')}: ${op.filers?.join(', ') ?? unknown}`);
    lines.push(`  ${t('ui.measures')}: ${op.measures?.join(', ') ?? unknown}`);
  }
  const b = result.breach;
  if (b) {
    lines.push('', s.bold(t('ui.breach')));
    lines.push(`  ${t(`reason.${b.reason}`)}${b.penaltyMonths ? ` ${t('ui.penalty', { min: b.penaltyMonths.min, max: b.penaltyMonths.max })}` : ''}`);
  }
}
