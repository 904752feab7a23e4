// Renders docs/legal-timeline.md from the rule sets under rules/. `node scripts/legal-timeline.mjs`
// rewrites the page; test/legal-timeline.test.ts fails when the page is stale.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { parameterStatusCounts, readRuleSetFiles } from './lib/rule-set-files.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

export function renderLegalTimeline() {
  const sets = readRuleSetFiles(root);
  const cite = (c) => (c.href ? `[${c.title}${c.article ? `, ${c.article}` : ''}](${c.href})` : `${c.title}${c.article ? `, ${c.article}` : ''}`);
  const statuses = (rs) =>
    Object.entries(parameterStatusCounts(rs)).filter(([, v]) => v > 0).map(([k, v]) => `${v} ${k}`).join(', ') || 'none';
  const lines = [
    '# Legal timeline',
    '',
    '<!-- Generated from rules/ by scripts/legal-timeline.mjs. Do not edit by hand: a test fails when this page is stale. -->',
    '',
    'Every rule set the library ships, in the order its law took effect. A case is judged under the',
    'version in force on its date (Europe/Bucharest); each version holds until the next one of its series.',
    'Proposed law is listed but never applied unless asked for (`includeProposed`, `--include-proposed`).',
    'Statuses count the rule set\'s parameters by source status (see docs/legal-basis.md: `confirmed`, `reported`,',
    '`seed`, `unverified`).',
    '',
    '## Which day\'s law',
    '',
    'Each act of a case is judged under the law in force on its own day (Europe/Bucharest), with the',
    'regime (Law 217/2003, Law 26/2024 or none) in force that day: the police risk form on the day it was',
    'filled in (`events.riskAssessedAt`, else the incident day); the provisional order on its issue day',
    '(else the day the form was filled in, else the incident day); the court order on its issue day, else',
    'its filing day, else the incident day; a breach on the day it happened. `regime` in the result is',
    'the incident day\'s; each act\'s block has its `lawDate`. The sources do not settle this for acts',
    'that straddle a change (a neighbour attacked on 2024-08-30 who files on 2024-09-05): the default',
    'is the reading that does not deny a route the law of the act\'s day gives, and wherever the act\'s',
    'regime differs from the incident day\'s, the result warns `ACT_JUDGED_ON_ITS_DAY`. The option',
    '`actLaw: \'incident-day\'` (CLI `--act-law incident-day`) judges every act but a breach under the',
    'incident day\'s law instead; wherever the act\'s own day has another regime, the result then warns',
    '`ACT_JUDGED_ON_INCIDENT_DAY`, since that reading may deny a route.',
    'The next steps and referrals follow the provisional order: the regime and the step rule sets of',
    'its day (issue, else the form\'s day, else the incident day), so a victim whose order is judged',
    'under Law 26/2024 is not told the steps of the day before it applied.',
    '',
    '## Uncertain in-force days, and how an agency corrects them',
    '',
    'Where our sources do not give the day a version took effect, its rule set says so',
    '(`effectiveFromUncertainty`: a window and a status) and is modelled on the earliest possible day;',
    'a case dated inside the window warns `EFFECTIVE_DATE_UNCERTAIN` (and a harsher breach penalty waits',
    'for the window to close). An agency that has read the day in the Official Gazette supplies it with',
    'the option `assumptions` (`--assume FILE` on the command line), naming the rule set, the day and',
    'its source, for example `{ ruleSet: \'ro-order-breach/2025-12-15\', effectiveFrom: \'2026-01-10\',',
    'source: \'Monitorul Oficial nr. …\' }`; list every rule set of the act (for Law 232/2025: the',
    'provisional order, the breach and the police intervention, each `…/2025-12-15`). The version before',
    'then holds until the day before, the window no longer warns, `ASSUMPTION_APPLIED` names the day and',
    'its source where it decides, and the receipt records the assumption beside the shipped hashes.',
    'The same option supplies a value for a parameter that is not `confirmed`. A day not marked',
    'uncertain, or a confirmed value, is refused (docs/integrating.md, "Corrections by an agency").',
    '',
    '## The horizon',
    '',
    '`LAW_KNOWN_UNTIL` is the last day this release knows the law to: the release day plus a stated',
    'margin (0.1.0: 2027-06-30). A case or act after it is judged under the newest rule sets with the',
    'warning `LAW_NOT_KNOWN_AFTER`, so a mistyped year (2204) or a later change of the law does not pass',
    'unseen. An instant whose Bucharest day is not of a four-digit year is refused (`INVALID_CASE`).',
    '',
    '## Every rule set',
    '',
    '| in force from | rule set | what changes | status | parameter statuses |',
    '|---|---|---|---|---|',
  ];
  for (const { rs } of sets) {
    lines.push(`| ${rs.effectiveFrom} | \`${rs.id}\` | ${rs.title} | ${rs.status} | ${statuses(rs)} |`);
  }
  lines.push('');
  for (const { file, rs } of sets) {
    lines.push(`## ${rs.effectiveFrom}: ${rs.title}`, '');
    lines.push(`- Rule set: \`${rs.id}\` (${rs.kind}, ${rs.status}), file \`${file}\``);
    if (rs.effectiveFromUncertainty) {
      const u = rs.effectiveFromUncertainty;
      lines.push(`- In-force day ${u.status}: between ${u.earliest} and ${u.latest}. ${u.note}`);
    }
    lines.push(`- What changes: ${rs.summary}`);
    lines.push(`- Sources: ${rs.act.citations.map(cite).join('; ')}`);
    const params = Object.entries(rs.parameters);
    if (params.length > 0) {
      lines.push('- Values:');
      for (const [name, p] of params) {
        const v = Array.isArray(p.value) ? p.value.join(', ') : String(p.value);
        lines.push(`  - \`${name}\` = ${v} (${p.unit}; **${p.status}**; ${cite(p.citation)})${p.note ? ` ${p.note}` : ''}`);
      }
    }
    if (rs.rules.length > 0) {
      lines.push('- Rules:');
      for (const r of rs.rules) lines.push(`  - \`${r.id}\`: ${r.description} (${cite(r.citation)})`);
    }
    if (rs.deadlines?.length) {
      lines.push('- Deadlines:');
      for (const d of rs.deadlines) {
        lines.push(`  - \`${d.id}\`: from \`${d.startEvent}\`, ${d.counting.method} (${d.counting.amount.param}, shift ${d.counting.shift}); **${d.status}**`);
      }
    }
    lines.push('');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(join(root, 'docs/legal-timeline.md'), renderLegalTimeline());
  console.log('docs/legal-timeline.md written');
}
