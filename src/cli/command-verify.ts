import { DvRulesError, verifyReceipt, type ReceiptReport } from '../index.js';
import { readDataFile, verifyRuleSets, type VerifyReport } from '../node/index.js';
import { EXIT } from './exit-status.js';
import type { CliIo } from './io.js';
import { parseCommandArgs, usageError } from './parse-command-args.js';

/**
 * `dv-rules verify [DIR] [--json]`: checks the rule-set files in DIR (default: the package's own
 * `rules/`) against the manifest the package was built with, one line per rule set
 * (`ok`, `CHANGED`, `MISSING`, `EXTRA`) and the totals last.
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
  const { values, positionals } = parseCommandArgs(args, { json: { type: 'boolean' }, result: { type: 'string' } }, 1);
  if (values.result !== undefined) {
    if (positionals.length > 0) throw usageError('verify takes either a rules folder or --result FILE, not both');
    const report = verifyReceipt(await readDataFile(values.result, { api: 'verify' }));
    // Not a result at all is invalid input (exit 2), not a failed check (exit 1).
    if (report.issues.length > 0) {
      throw new DvRulesError('INVALID_RESULT', `verify: ${values.result} is not a result with a valid receipt`, report.issues, values.result);
    }
    io.out(values.json ? `${JSON.stringify(report, null, 2)}\n` : renderReceiptReport(report));
    return report.ok ? EXIT.ok : EXIT.failed;
  }
  const report = await verifyRuleSets(positionals[0]);
  io.out(values.json ? `${JSON.stringify(report, null, 2)}\n` : renderRuleSetReport(report));
  return report.ok ? EXIT.ok : EXIT.failed;
}

function renderRuleSetReport(r: VerifyReport): string {
  const w = idWidth([...r.matched, ...r.mismatches, ...r.missing]);
  const lines = [
    ...r.matched.map((m) => ({ id: m.id, line: `ok      ${m.id.padEnd(w)} ${m.file}` })),
    ...r.mismatches.map((m) => ({
      id: m.id,
      line: `CHANGED ${m.id.padEnd(w)} ${m.file}: expected ${m.expected}, ${m.actual === null ? 'not readable JSON' : `got ${m.actual}`}`,
    })),
    ...r.missing.map((m) => ({ id: m.id, line: `MISSING ${m.id.padEnd(w)} ${m.file}` })),
  ]
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((l) => l.line);
  lines.push(...r.extra.map((e) => `EXTRA   ${e.file} (not in the manifest)`));
  lines.push(
    ...r.compiled.mismatches.map((m) => `BUILT   ${m.id}: compiled into the library as ${m.actual}, manifest ${m.expected ?? 'has no entry'}`),
    `compiled into the library: ${r.compiled.checked} rule sets, ${r.compiled.mismatches.length} differ from the manifest`,
  );
  lines.push(
    ...r.indexes.mismatches.map((m) =>
      m.expected === null ? `EXTRA   ${m.file} (an act index the manifest does not list)` : `CHANGED ${m.file}: expected ${m.expected}, ${m.actual === null ? 'absent or not readable JSON' : `got ${m.actual}`}`,
    ),
    `act indexes: ${r.indexes.checked} listed, ${r.indexes.mismatches.length} differ`,
    ...r.built.entries.map((e) =>
      e.status === 'ok'
        ? `ok      built ${e.file}`
        : `${e.status.toUpperCase().padEnd(7)} built ${e.file}${e.manifest === 'changed' ? ': its compiled manifest differs' : ''}${e.mismatches.map((m) => `; ${m.id}: ${m.actual ?? 'absent'}, manifest ${m.expected ?? 'has no entry'}`).join('')}`,
    ),
    r.built.manifestFile.status === 'ok' ? `ok      ${r.built.manifestFile.file}` : `${r.built.manifestFile.status.toUpperCase()} ${r.built.manifestFile.file}: not the manifest this package was built with`,
  );
  lines.push(
    `${r.dir}: ${r.checked} checked: ${r.matched.length} match, ${r.mismatches.length} changed, ${r.missing.length} missing, ${r.extra.length} extra`,
  );
  return `${lines.join('\n')}\n`;
}

function renderReceiptReport(r: ReceiptReport): string {
  const w = idWidth(r.ruleSets);
  const lines = r.ruleSets.map((s) => {
    if (s.status === 'ok') return `ok      ${s.id.padEnd(w)} ${s.receipt}`;
    if (s.status === 'changed') return `CHANGED ${s.id.padEnd(w)} receipt ${s.receipt}, shipped ${s.shipped ?? ''}`;
    if (s.status === 'unknown') return `UNKNOWN ${s.id.padEnd(w)} not a rule set this package ships`;
    return `USER    ${s.id.padEnd(w)} supplied by the caller; check it against your own copy`;
  });
  if (r.content === 'changed') lines.push('CHANGED the result itself: its content no longer hashes to receipt.resultSha256 (edited after it was produced)');
  if (r.content === 'missing') lines.push('MISSING receipt.resultSha256: the content of this result is not covered (a result from before 0.1.0, or the hash was removed)');
  const matching = r.ruleSets.filter((s) => s.status === 'ok').length;
  lines.push(`result produced by ${r.library?.name ?? '?'} ${r.library?.version ?? '?'}: ${matching} of ${r.ruleSets.length} rule sets match the shipped ones`);
  return `${lines.join('\n')}\n`;
}

/** The width of the id column: the longest id, so that the next column lines up. */
function idWidth(rows: ReadonlyArray<{ id: string }>): number {
  return Math.max(0, ...rows.map((row) => row.id.length));
}
