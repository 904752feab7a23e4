import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readFixtureFile } from '../../src/node/index.js';
import type { CliIo } from '../../src/cli/io.js';
import { runCli } from '../../src/cli/run-cli.js';

/** Every case of the shipped fixtures and scenarios, with where it comes from and whether it is meant to be refused. */
export async function shippedCases(): Promise<Array<{ where: string; case: Record<string, unknown>; refused: boolean }>> {
  const out: Array<{ where: string; case: Record<string, unknown>; refused: boolean }> = [];
  for (const folder of ['fixtures/examples', 'fixtures/scenarios', 'fixtures/legal-changes', 'fixtures/deadlines']) {
    for (const name of readdirSync(folder).filter((n) => /\.(ya?ml|json)$/.test(n)).sort()) {
      for (const f of await readFixtureFile(join(folder, name))) {
        out.push({ where: `${folder}/${name} › ${f.name}`, case: f.case as Record<string, unknown>, refused: f.expectError !== undefined });
      }
    }
  }
  return out;
}

/** Runs a command in process with a case on standard input; standard output and the status. */
export async function runWith(argv: string[], stdin = ''): Promise<{ status: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: CliIo = { readStdin: async () => stdin, out: (t) => void (out += t), err: (t) => void (err += t), color: false };
  const status = await runCli(argv, io);
  return { status, out, err };
}

// The English titles of the acts as the rule sets write them, and common English words that are
// not Romanian words. Identifiers (rule-set ids, rule ids, parameter names, links) are not words.
export const ENGLISH_TITLES = /\b(Law \d|Order (MAI|\d)|Joint Order|Bill L|Procedure of|annex|methodology|Regional Strategy|Roadmap|amending|republished|on the protection order|preventing and combating)/;
export const ENGLISH_WORDS = /\b(?:[Tt]he|[Aa]nd|of|[Nn]ot|[Ii]s|[Ww]ith|[Ff]rom|[Uu]ntil|issued|months|hours|days|[Oo]rders?|[Cc]ourt|[Pp]olice|[Yy]es|[Pp]rovisional|[Pp]rotection|[Bb]efore|[Aa]fter|[Dd]eadlines?|[Nn]one|[Tt]his|[Tt]hat|[Ww]hich|[Uu]nder|cannot|decided|[Ww]hy|[Ss]ource|[Ll]aw|[Rr]isk|threshold|met|pending|missed|expired|IMMINENT|RISK)\b/;

/** The text with what is not prose taken out: ids, parameter names, links, hashes, case-derived text. */
function prose(text: string, caseTexts: readonly string[]): string {
  let t = text;
  for (const c of caseTexts) t = t.split(c).join(' ');
  return t
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/\b[a-z0-9]+(?:-[a-z0-9]+)+(?:\/\d{4}-\d{2}-\d{2})?\b/g, ' ')
    .replace(/\b[a-z]+[A-Z][A-Za-z0-9]*\b/g, ' ')
    .replace(/sha256 [0-9a-f]+…?/g, ' ')
    .replace(/\bq\d+\b/g, ' ');
}

/** The lines of `text` with English in them, once ids, parameter names, links and the case's own texts are taken out. */
export function englishIn(text: string, caseTexts: readonly string[]): string[] {
  return prose(text, caseTexts)
    .split('\n')
    .filter((line) => ENGLISH_TITLES.test(line) || ENGLISH_WORDS.test(line));
}
