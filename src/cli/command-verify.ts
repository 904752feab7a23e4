import { createTranslator, DvRulesError, verifyReceipt, type ReceiptReport, type Translator } from '../index.js';
import { langFlag } from './lang-flag.js';
import { safeText } from './safe-text.js';
import { refuseNonRegularFile } from './regular-file.js';
import { readDataFile, verifyRuleSets, type VerifyReport } from '../node/index.js';
import { EXIT } from './exit-status.js';
import type { CliIo } from './io.js';
import { parseCommandArgs, usageError } from './parse-command-args.js';

/**
 * `dv-rules verify [DIR] [--json]`: checks the rule-set files in DIR (default: the package's own
 * `rules/`) against the manifest the package was built with, one line per rule set
 * (`ok`, `CHANGED`, `MISSING`, `EXTRA`), then one line per built entry (`dist/index.js`,
 * `dist/index.cjs`, `dist/cli.js`, `dist/playground/playground.js`) and the totals last.
 * `dv-rules verify --result FILE [--json]`: checks that every rule set a stored result's receipt
 * names is shipped with the same hash (`ok`, `CHANGED`, `UNKNOWN`, `USER`).
 * With `--json`, prints the report object instead.
 *
 * @param args - the arguments after `verify`
 * @param io - where to write
 * @returns 0 when everything matches, 1 when anything differs (a check failed)
 * @throws DvRulesError `INVALID_ARGUMENTS`; `FILE_NOT_READABLE` / `INVALID_JSON` for an unreadable folder or result file,
 *   `INVALID_RESULT` for a document that is not a result with a valid receipt (exit 2)
 * @example
 * await commandVerify([], io) //=> 0, having printed '… 19 checked: 19 match, 0 changed, 0 missing, 0 extra'
 * @since 0.1.0
 */
export async function commandVerify(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, { json: { type: 'boolean' }, result: { type: 'string' }, lang: { type: 'string' } }, 1);
  const tr = createTranslator(langFlag(values.lang));
  if (values.result !== undefined) {
    if (positionals.length > 0) throw usageError('verify takes either a rules folder or --result FILE, not both');
    await refuseNonRegularFile(values.result, 'verify');
    const report = verifyReceipt(await readDataFile(values.result, { api: 'verify' }));
    // Not a result at all is invalid input (exit 2), not a failed check (exit 1).
    if (report.issues.length > 0) {
      throw new DvRulesError('INVALID_RESULT', `verify: ${values.result} is not a result with a valid receipt`, report.issues, values.result);
    }
    io.out(values.json ? `${JSON.stringify(report, null, 2)}\n` : renderReceiptReport(report, tr));
    return report.ok ? EXIT.ok : EXIT.failed;
  }
  const report = await verifyRuleSets(positionals[0]);
  io.out(values.json ? `${JSON.stringify(report, null, 2)}\n` : renderRuleSetReport(report, tr));
  return report.ok ? EXIT.ok : EXIT.failed;
}

function renderRuleSetReport(r: VerifyReport, tr: Translator): string {
  const { t } = tr;
  const w = idWidth([...r.matched, ...r.mismatches, ...r.missing]);
  const tag = (key: string): string => t(`ui.cli.verify.${key}`).padEnd(7);
  const lines = [
    ...r.matched.map((m) => ({ id: m.id, line: `${tag('ok')} ${m.id.padEnd(w)} ${m.file}` })),
    ...r.mismatches.map((m) => ({
      id: m.id,
      line: `${tag('changed')} ${m.id.padEnd(w)} ${m.file}: ${t('ui.cli.verify.expected', { expected: m.expected, actual: m.actual === null ? t('ui.cli.verify.not-json') : t('ui.cli.verify.got', { hash: m.actual }) })}`,
    })),
    ...r.missing.map((m) => ({ id: m.id, line: `${tag('missing')} ${m.id.padEnd(w)} ${m.file}` })),
  ]
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((l) => l.line);
  lines.push(...r.extra.map((e) => `${tag('extra')} ${e.file} ${t('ui.cli.verify.not-in-manifest')}`));
  lines.push(
    ...r.compiled.mismatches.map((m) => `${tag('built')} ${m.id}: ${t('ui.cli.verify.compiled-differs', { actual: m.actual, expected: m.expected ?? t('ui.cli.verify.no-entry') })}`),
    t('ui.cli.verify.compiled', { checked: r.compiled.checked, differ: r.compiled.mismatches.length }),
    ...r.indexes.mismatches.map((m) =>
      m.expected === null
        ? `${tag('extra')} ${m.file} ${t('ui.cli.verify.index-not-listed')}`
        : `${tag('changed')} ${m.file}: ${t('ui.cli.verify.expected', { expected: m.expected, actual: m.actual === null ? t('ui.cli.verify.absent-or-not-json') : t('ui.cli.verify.got', { hash: m.actual }) })}`,
    ),
    t('ui.cli.verify.indexes', { checked: r.indexes.checked, differ: r.indexes.mismatches.length }),
    ...r.built.entries.map((e) =>
      e.status === 'ok'
        ? `${tag('ok')} ${t('ui.cli.verify.built-entry', { file: e.file })}`
        : `${tag(e.status)} ${t('ui.cli.verify.built-entry', { file: e.file })}${e.manifest === 'changed' ? `: ${t('ui.cli.verify.built-manifest-differs')}` : ''}${e.mismatches.map((m) => `; ${m.id}: ${m.actual ?? t('ui.cli.verify.absent')}, ${t('ui.cli.verify.manifest-has', { expected: m.expected ?? t('ui.cli.verify.no-entry') })}`).join('')}`,
    ),
    r.built.manifestFile.status === 'ok'
      ? `${tag('ok')} ${r.built.manifestFile.file}`
      : `${tag(r.built.manifestFile.status)} ${r.built.manifestFile.file}: ${t('ui.cli.verify.manifest-file-differs')}`,
  );
  lines.push(t('ui.cli.verify.summary', { dir: r.dir, checked: r.checked, matched: r.matched.length, changed: r.mismatches.length, missing: r.missing.length, extra: r.extra.length }));
  return `${lines.join('\n')}\n`;
}

function renderReceiptReport(r: ReceiptReport, tr: Translator): string {
  const { t } = tr;
  const w = idWidth(r.ruleSets);
  const tag = (key: string): string => t(`ui.cli.verify.${key}`).padEnd(7);
  const lines = r.ruleSets.map((s) => {
    if (s.status === 'ok') return `${tag('ok')} ${s.id.padEnd(w)} ${s.receipt}`;
    if (s.status === 'changed') return `${tag('changed')} ${s.id.padEnd(w)} ${t('ui.cli.verify.receipt-changed', { receipt: s.receipt, shipped: s.shipped ?? '' })}`;
    if (s.status === 'unknown') return `${tag('unknown')} ${s.id.padEnd(w)} ${t('ui.cli.verify.receipt-unknown')}`;
    return `${tag('user')} ${s.id.padEnd(w)} ${t('ui.cli.verify.receipt-user')}`;
  });
  if (r.content === 'changed') lines.push(`${tag('changed')} ${t('ui.cli.verify.result-changed')}`);
  if (r.content === 'missing') lines.push(`${tag('missing')} ${t('ui.cli.verify.result-missing')}`);
  // The corrections the result rests on (option assumptions), beside the rule sets they correct.
  if (r.assumptions.length > 0) lines.push(t('ui.cli.verify.assumptions', { count: r.assumptions.length }), ...r.assumptions.map((x) => `  - ${safeText(x.ruleSet)} · ${safeText(x.parameter ?? `effectiveFrom ${x.effectiveFrom ?? ''}`)} · ${safeText(x.source)}`));
  const matching = r.ruleSets.filter((s) => s.status === 'ok').length;
  lines.push(t('ui.cli.verify.receipt-summary', { library: `${r.library?.name ?? '?'} ${r.library?.version ?? '?'}`, matching, total: r.ruleSets.length }));
  return `${lines.join('\n')}\n`;
}

/** The width of the id column: the longest id, so that the next column lines up. */
function idWidth(rows: ReadonlyArray<{ id: string }>): number {
  return Math.max(0, ...rows.map((row) => row.id.length));
}
