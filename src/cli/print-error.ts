import { createTranslator, DvRulesError } from '../index.js';
import { localizedError } from './localized-error.js';
import { describeError } from './describe-error.js';
import { english, issueLines } from './issue-lines.js';
import type { CliIo } from './io.js';
import { safeText } from './safe-text.js';
import { sniffFile, type InputProblem } from './sniff-input.js';
import { REPORT_URL } from './report-url.js';

/**
 * Writes an error on standard error. On a terminal (and without `--json`): a sentence, the file
 * and the paths into the document, and a hint, with no internal name and no system code. Anywhere
 * else: one JSON object `{"error":{code,message,file?,issues}}` on one line, as scripts expect, whose
 * message is the same sentence. Never case data, never a stack trace.
 *
 * @param e - the error, or anything else for an internal failure
 * @param io - where to write, and whether standard error is a terminal
 * @param context - the command that ran and whether `--json` was asked for
 * @example
 * await printError(new DvRulesError('INVALID_JSON', 'evaluate: x.json is not valid JSON', [], 'x.json'), io, { json: false })
 * // writes 'dv-rules: x.json is empty.\n  hint: a case is a JSON or YAML object: …\n'
 * @since 0.1.0
 */
export async function printError(e: unknown, io: CliIo, context: { command?: string | undefined; json: boolean; lang?: 'en' | 'ro' | undefined }): Promise<void> {
  const human = io.errIsTTY === true && !context.json;
  const tr = context.lang === 'ro' ? createTranslator('ro') : undefined;
  if (!(e instanceof DvRulesError)) {
    if (human && tr !== undefined) io.err(`dv-rules: ${tr.t('ui.error.internal', { url: REPORT_URL })}.\n`);
    else if (human) io.err(`dv-rules: an unexpected internal failure.\n  hint: this is a bug in dv-rules; please report it at ${REPORT_URL} with the command you ran (never the case).\n`);
    else io.err(`${JSON.stringify({ error: { code: 'INTERNAL_ERROR', message: 'dv-rules: unexpected internal failure; please report it', issues: [] } })}\n`);
    return;
  }
  const problem: InputProblem | undefined = e.code === 'INVALID_JSON' && e.file !== undefined && e.file !== 'standard input' ? await sniffFile(e.file) : undefined;
  const text = describeError(e, { command: context.command, problem });
  if (!human) {
    // Usage errors keep their message (the sentence and the hint); others say the sentence.
    const message = e.code === 'INVALID_ARGUMENTS' ? e.message : text.sentence;
    io.err(`${JSON.stringify({ error: { ...e.toJSON(), message } })}\n`);
    return;
  }
  if (tr !== undefined) {
    // The Romanian terminal: worded from the code, the file and the paths, never from the English message.
    const ro = localizedError(e, { command: context.command, problem, tr });
    const out = [`dv-rules: ${safeText(ro.sentence)}.`];
    if (ro.file !== undefined) out.push(`  ${tr.t('ui.error.file')}: ${safeText(ro.file)}`);
    out.push(...issueLines(ro.issues, tr).map((l) => `  ${l}`));
    if (ro.hint !== undefined) out.push(`  ${tr.t('ui.error.hint')}: ${safeText(ro.hint)}`);
    io.err(`${out.join('\n')}\n`);
    return;
  }
  const lines = [`dv-rules: ${safeText(text.sentence)}.`];
  if (e.file !== undefined && !text.sentence.includes(e.file)) lines.push(`  file: ${safeText(e.file)}`);
  const issues = e.code === 'INVALID_ARGUMENTS' ? [] : e.issues.filter((i) => !(i.path === '$' && problem !== undefined));
  lines.push(...issueLines(issues, english()).map((l) => `  ${l}`));
  if (text.hint !== undefined) lines.push(`  hint: ${safeText(text.hint)}`);
  io.err(`${lines.join('\n')}\n`);
}

