import type { Result } from '../schema/result.js';

interface Style {
  bold(s: string): string;
  dim(s: string): string;
}

const plain: Style = { bold: (s) => s, dim: (s) => s };
const ansi: Style = { bold: (s) => `\u001b[1m${s}\u001b[22m`, dim: (s) => `\u001b[2m${s}\u001b[22m` };

/**
 * The readable explanation `dv-rules evaluate` prints: the determination, each group's count
 * against its threshold, the answers that decided, the sources, and every value relied on that
 * is not confirmed in the primary text.
 */
export function renderResult(result: Result, answers: Readonly<Record<string, string>>, color: boolean): string {
  const s = color ? ansi : plain;
  const lines: string[] = [];
  lines.push(`${s.bold('Incident day')} (Europe/Bucharest): ${result.incidentDate}`);
  const ra = result.riskAssessment;
  if (!ra) {
    lines.push('No risk form in the case: nothing to score.');
  } else {
    const ref = result.ruleSets.find((r) => r.id === ra.form);
    lines.push(`${s.bold('Form')}: ${ra.form} (in force from ${ref?.effectiveFrom ?? '?'})`);
    lines.push('');
    const verdict = ra.imminentRisk ? 'IMMINENT RISK' : 'NO IMMINENT RISK';
    const outcomeWords = {
      established: 'established: no answer to the open items can remove it',
      excluded: 'excluded: no answer to the open items can create it',
      possible: 'possible: answering open items YES could establish it',
    }[ra.outcome];
    lines.push(`${s.bold('Determination')}: ${s.bold(verdict)} (${outcomeWords})`);
    for (const g of ra.groups) {
      lines.push(
        `  ${g.title.padEnd(16)} ${String(g.yes).padStart(2)} YES  ${String(g.no).padStart(2)} NO  ${String(g.unknown).padStart(2)} unknown   threshold ${g.threshold}   ${g.met ? 'MET' : 'not met'}`,
      );
    }
    const deciding = ra.groups.filter((g) => g.met);
    if (deciding.length > 0) {
      lines.push('');
      lines.push(s.bold('Answers that decided'));
      for (const g of deciding) {
        lines.push(`  ${g.title}: YES on ${g.items.filter((id) => answers[id] === 'yes').join(', ')}`);
      }
    }
    if (ra.decisiveItems.length > 0) {
      lines.push('');
      lines.push(`${s.bold('Open items that could change the outcome')}: ${ra.decisiveItems.join(', ')}`);
    }
  }
  if (result.explanation.length > 0) {
    lines.push('');
    lines.push(s.bold('Why'));
    for (const e of result.explanation) {
      lines.push(`  - ${e.message}`);
      lines.push(s.dim(`    ${e.ruleId} · ${citationText(e.citation)}`));
    }
  }
  const weak = result.provenance.filter((p) => p.status !== 'confirmed');
  if (weak.length > 0) {
    lines.push('');
    lines.push(s.bold('Values relied on that are not confirmed in the primary text'));
    for (const p of weak) {
      lines.push(`  - ${p.parameter} = ${JSON.stringify(p.value)} (${p.status}) · ${citationText(p.source)}`);
    }
  }
  if (result.warnings.length > 0) {
    lines.push('');
    lines.push(s.bold('Warnings'));
    for (const w of result.warnings) lines.push(`  ! [${w.code}] ${w.message}`);
  }
  lines.push('');
  lines.push(s.dim(`Rule sets: ${result.ruleSets.map((r) => `${r.id} (${r.status}, sha256 ${r.sha256.slice(0, 12)}…)`).join('; ') || 'none'}`));
  return `${lines.join('\n')}\n`;
}

function citationText(c: { title: string; article?: string | undefined; href?: string | undefined }): string {
  return [c.title, c.article, c.href].filter(Boolean).join(', ');
}
