// The transcripts of the docs are what the command line prints today. A fenced block of README.md
// or docs/*.md whose first line is `$ ` and a command that runs dv-rules (alone, or after
// `printf '…' |`) is run with bash from the repository's root, with dv-rules being the built
// dist/cli.js, and its standard output is compared with the block's other lines. A line that is
// exactly `…` stands for any lines (none too); every other line must be the same, but for
// trailing spaces. `npm test` builds dist/ first (or run `npx tsup`).
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { parse } from 'yaml';
import { assert, describe, expect, it } from 'vitest';

const CLI = process.env['DV_RULES_CLI'] ?? 'dist/cli.js';
const GAP = '…';
const TIMEOUT_MS = 60_000;

/** A transcript: where it is (its `$ ` line, and its first line of output), the command (without `$ `) and the lines it should print. */
interface Transcript {
  file: string;
  line: number;
  outputLine: number;
  command: string;
  expected: string[];
}

/** The docs whose blocks are checked: README.md and every docs/*.md. */
function docFiles(): string[] {
  const docs = readdirSync('docs')
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => `docs/${f}`);
  return ['README.md', ...docs];
}

/** Whether a command runs dv-rules: at its start or after a pipe (`printf '…' | dv-rules …`). */
function runsDvRules(command: string): boolean {
  return /(^|\|\s*)dv-rules(\s|$)/.test(command);
}

/**
 * The transcripts of one Markdown file: the fenced blocks whose first line starts with `$ ` and
 * whose command runs dv-rules. A command line ending in `\` goes on on the next line.
 */
function transcriptsOf(file: string): Transcript[] {
  const lines = readFileSync(file, 'utf8').split(/\r?\n/);
  const found: Transcript[] = [];
  let i = 0;
  while (i < lines.length) {
    const fence = /^(`{3,}|~{3,})/.exec(lines[i] ?? '')?.[1];
    if (fence === undefined) {
      i += 1;
      continue;
    }
    let end = i + 1;
    while (end < lines.length && !(lines[end] ?? '').startsWith(fence)) end += 1;
    const body = lines.slice(i + 1, end);
    if ((body[0] ?? '').startsWith('$ ')) {
      let n = 0;
      let command = (body[0] ?? '').slice(2);
      while (command.endsWith('\\') && n + 1 < body.length) {
        n += 1;
        command = `${command.slice(0, -1)}${body[n] ?? ''}`;
      }
      if (runsDvRules(command)) found.push({ file, line: i + 2, outputLine: i + 3 + n, command, expected: body.slice(n + 1) });
    }
    i = end + 1;
  }
  return found;
}

const stripEnd = (s: string): string => s.replace(/[ \t\r]+$/, '');

/**
 * Compares the output's lines with the expected ones, `…` matching any run of lines.
 *
 * @returns undefined when they match, else where they first differ: the expected line (its index
 *   in `expected`) and the output's line there (undefined past the output's end)
 */
function firstDifference(expected: readonly string[], actual: readonly string[]): { index: number; want: string; got: string | undefined } | undefined {
  const want = expected.map(stripEnd);
  const got = actual.map(stripEnd);
  // The expected lines in runs between the `…` lines, each with its first index in `expected`.
  const runs: Array<{ start: number; lines: string[]; gapBefore: boolean }> = [];
  let gapBefore = false;
  for (let k = 0; k < want.length; k += 1) {
    if (want[k] === GAP) {
      gapBefore = true;
      continue;
    }
    const last = runs[runs.length - 1];
    if (last !== undefined && !gapBefore && last.start + last.lines.length === k) last.lines.push(want[k] as string);
    else runs.push({ start: k, lines: [want[k] as string], gapBefore });
    gapBefore = false;
  }
  const gapAfter = want[want.length - 1] === GAP;
  if (runs.length === 0) return gapAfter || got.length === 0 ? undefined : { index: want.length, want: '(the end of the output)', got: got[0] };

  // How many lines of a run match from position p of the output.
  const prefix = (lines: readonly string[], p: number): number => {
    let m = 0;
    while (m < lines.length && got[p + m] === lines[m]) m += 1;
    return m;
  };
  let at = 0;
  for (let r = 0; r < runs.length; r += 1) {
    const run = runs[r] as (typeof runs)[number];
    const lastRun = r === runs.length - 1;
    // The positions the run may start at: here when no `…` is before it; at the very end when it is
    // the last run and no `…` follows it; else anywhere from here on (the first fit is the best).
    let candidates: number[];
    if (!run.gapBefore) candidates = [at];
    else if (lastRun && !gapAfter) candidates = [Math.max(at, got.length - run.lines.length)];
    else candidates = Array.from({ length: Math.max(0, got.length - at - run.lines.length + 1) }, (_, k) => at + k);
    const fit = candidates.find((p) => prefix(run.lines, p) === run.lines.length);
    if (fit === undefined && run.gapBefore && lastRun && !gapAfter) {
      // The last lines shown are not the output's last lines: if they are found earlier, the output
      // goes on after them where the doc ends.
      for (let p = at; p + run.lines.length <= got.length; p += 1) {
        if (prefix(run.lines, p) === run.lines.length) return { index: want.length, want: '(the end of the output)', got: got[p + run.lines.length] };
      }
    }
    if (fit === undefined) {
      // Report at the candidate that matched the most lines (the first such one).
      let best = candidates[0] ?? at;
      for (const p of candidates) if (prefix(run.lines, p) > prefix(run.lines, best)) best = p;
      const m = prefix(run.lines, best);
      return { index: run.start + m, want: run.lines[m] as string, got: got[best + m] };
    }
    at = fit + run.lines.length;
  }
  if (!gapAfter && at < got.length) return { index: want.length, want: '(the end of the output)', got: got[at] };
  return undefined;
}

/** Runs a command with bash from the repository's root, dv-rules being the built CLI. */
function runTranscript(command: string): Promise<{ stdout: string; stderr: string; status: number | null; signal: NodeJS.Signals | null }> {
  const script = `dv-rules() { "$NODE" "$DV_RULES_CLI" "$@"; }\n${command}\n`;
  return new Promise((resolve, reject) => {
    // A small environment of its own: no FORCE_COLOR, LC_ALL or other setting of the test's run.
    const child = spawn('bash', ['-c', script], {
      cwd: process.cwd(),
      env: { PATH: process.env['PATH'] ?? '/usr/bin:/bin', NODE: process.execPath, DV_RULES_CLI: CLI, NO_COLOR: '1', TZ: 'UTC', LANG: 'C.UTF-8' },
      stdio: ['ignore', 'pipe', 'pipe'],
      // Its own process group, so that a command still running after the timeout is ended with
      // every process of its pipeline (killing bash alone would leave them holding the output open).
      detached: true,
    });
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
    }, TIMEOUT_MS);
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (t: string) => void (stdout += t));
    child.stderr.setEncoding('utf8').on('data', (t: string) => void (stderr += t));
    child.on('error', reject);
    child.on('close', (status, signal) => {
      clearTimeout(timer);
      resolve({ stdout, stderr: timedOut ? `${stderr}(stopped after ${TIMEOUT_MS / 1000} s)\n` : stderr, status, signal });
    });
  });
}

/** The output's lines, as the block shows them: CRLF read as LF, the last newline dropped. */
function outputLines(stdout: string): string[] {
  const lines = stdout.split(/\r?\n/);
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

const transcripts = docFiles().flatMap(transcriptsOf);

describe('the transcripts in the docs', () => {
  it('are found (the docs have at least the training and the case-clock examples)', () => {
    expect(existsSync(CLI), `${CLI} is missing: run npx tsup (npm test builds it) before these tests`).toBe(true);
    const where = transcripts.map((t) => t.file);
    expect(where.filter((f) => f === 'docs/training.md').length).toBeGreaterThanOrEqual(2);
    expect(where.filter((f) => f === 'docs/deadlines.md').length).toBeGreaterThanOrEqual(3);
  });

  for (const t of transcripts) {
    it.concurrent(`${t.file}:${t.line} prints what the doc shows`, async () => {
      const r = await runTranscript(t.command);
      const actual = outputLines(r.stdout);
      const diff = firstDifference(t.expected, actual);
      if (diff === undefined) return;
      const docLine = t.outputLine + diff.index;
      assert.fail(
        [
          `${t.file}:${t.line}: the output of \`${t.command}\` is not what the doc shows.`,
          `  first difference at ${t.file}:${docLine}`,
          `  expected: ${JSON.stringify(diff.want)}`,
          `  actual:   ${diff.got === undefined ? '(the output ended)' : JSON.stringify(diff.got)}`,
          `  exit status ${r.status ?? `none (signal ${r.signal ?? '?'})`}${r.stderr === '' ? '' : `; standard error:\n${r.stderr}`}`,
          '  the whole output:',
          ...actual.map((l) => `    ${l}`),
        ].join('\n'),
      );
    });
  }
});

describe('the example cases of docs/deadlines.md', () => {
  it('docs/examples/case-clock.json is the case.json shown under "The command"', () => {
    const doc = readFileSync('docs/deadlines.md', 'utf8');
    const shown = /With this `case\.json`:\n\n```json\n([\s\S]*?)```/.exec(doc)?.[1];
    expect(shown).toBeDefined();
    expect(readFileSync('docs/examples/case-clock.json', 'utf8')).toBe(shown);
  });

  it('docs/examples/case-clock-autumn.json and case-clock-month-end.json are cases of fixtures/deadlines/', () => {
    const cases = readdirSync('fixtures/deadlines')
      .filter((f) => f.endsWith('.yaml'))
      .flatMap((f) => (parse(readFileSync(join('fixtures/deadlines', f), 'utf8')) as { fixtures: Array<{ case?: unknown }> }).fixtures.map((x) => x.case));
    for (const file of ['docs/examples/case-clock-autumn.json', 'docs/examples/case-clock-month-end.json']) {
      const example: unknown = JSON.parse(readFileSync(file, 'utf8'));
      expect(cases.some((c) => isDeepStrictEqual(c, example)), `${file} is no fixture's case`).toBe(true);
    }
  });
});

describe('firstDifference', () => {
  it('lets … match no line or many, and names the first expected line that differs', () => {
    expect(firstDifference(['a', GAP, 'c'], ['a', 'c'])).toBeUndefined();
    expect(firstDifference(['a', GAP, 'c'], ['a', 'b', 'b', 'c'])).toBeUndefined();
    expect(firstDifference([GAP, 'b', GAP], ['a', 'b', 'c'])).toBeUndefined();
    expect(firstDifference(['a  ', 'b'], ['a', 'b   '])).toBeUndefined();
    expect(firstDifference(['a', 'b'], ['a', 'x'])).toEqual({ index: 1, want: 'b', got: 'x' });
    expect(firstDifference(['a', 'b'], ['a'])).toEqual({ index: 1, want: 'b', got: undefined });
    expect(firstDifference(['a'], ['a', 'b'])).toEqual({ index: 1, want: '(the end of the output)', got: 'b' });
    expect(firstDifference([GAP, 'b', 'c', GAP], ['a', 'b', 'x', 'b', 'y'])).toEqual({ index: 2, want: 'c', got: 'x' });
    expect(firstDifference(['a', GAP, 'z'], ['a', 'b', 'y'])).toEqual({ index: 2, want: 'z', got: 'y' });
    expect(firstDifference([GAP, 'b'], ['a', 'b', 'c'])).toEqual({ index: 2, want: '(the end of the output)', got: 'c' });
    expect(firstDifference([GAP], [])).toBeUndefined();
    expect(firstDifference([], ['a'])).toEqual({ index: 0, want: '(the end of the output)', got: 'a' });
  });
});
