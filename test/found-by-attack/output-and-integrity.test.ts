import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run-cli.js';
import type { CliIo } from '../../src/cli/io.js';
import { evaluate, verifyReceipt } from '../../src/index.js';

// Reproductions from the hardening attack (issue 12) on what the CLI writes and on integrity: case
// text that reached the terminal or standard error, I/O faults that ended with a stack trace, a
// hang or the wrong code, and edits to what runs that `verify` did not see. Each is now a coded
// error or a failed check naming the file. The built CLI is run as users run it (npm test builds).

const CLI = process.env['DV_RULES_CLI'] ?? 'dist/cli.js';
const dir = mkdtempSync(join(tmpdir(), 'dv-rules-attack-io-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const SECRET = 'CASE-TEXT-5180';
const ESCAPES = '\u001b]0;retitled\u0007\u001b[2J';
const aCase = { schemaVersion: 1, incidentAt: '2024-03-01T21:15:00+02:00', relationship: 'spouse', riskForm: { answers: { q1: 'yes' }, officerFinding: { imminentRisk: true, reason: `${SECRET} ${ESCAPES}` } } };
const caseFile = join(dir, 'case.json');
writeFileSync(caseFile, JSON.stringify(aCase));

async function run(argv: string[]) {
  let out = '';
  let err = '';
  const io: CliIo = { readStdin: async () => '', out: (t) => void (out += t), err: (t) => void (err += t), color: false, errIsTTY: false };
  const status = await runCli(argv, io);
  return { status, out, err };
}

function shell(script: string) {
  const r = spawnSync('bash', ['-c', script], { encoding: 'utf8', timeout: 60_000, env: { ...process.env, NO_COLOR: '1' } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('case text and escape sequences', () => {
  it('an officer reason that retitles the terminal and clears the screen reaches evaluate and train only with its ESC and BEL taken out', async () => {
    const scenario = readFileSync('fixtures/scenarios/01-spouse-knife-threat-2021.yaml', 'utf8').replace(/^(\s+)en: A night call[^\n]*$/m, '$1en: "A night call \\e]0;retitled\\a\\e[2J"');
    writeFileSync(join(dir, 'scenario.yaml'), scenario);

    const evaluated = await run(['evaluate', caseFile]);
    const trained = await run(['train', '--scenario', join(dir, 'scenario.yaml'), '--reveal']);

    expect(evaluated.status).toBe(0);
    expect(evaluated.out).toContain(SECRET); // the reason is shown, as it should be
    for (const out of [evaluated.out, trained.out]) {
      expect(out).toContain(']0;retitled'); // the text of the sequence is there, shown
      expect(out).not.toMatch(/[\u0007\u001b]/); // but it can no longer act
    }
  });

  it('NODE_DEBUG=* adds Node\'s own lines on standard error, never the case', () => {
    const r = shell(`NODE_DEBUG='*' "${process.execPath}" ${CLI} evaluate ${caseFile} --json`);

    expect(r.status).toBe(0);
    expect(r.stderr.length).toBeGreaterThan(0);
    expect(r.stderr).not.toContain(SECRET);
  });
});

describe('I/O faults', () => {
  it('evaluate case.json > /dev/full: OUTPUT_WRITE_FAILED and exit 2, not ENOSPC with a stack trace and exit 1', () => {
    const r = shell(`"${process.execPath}" ${CLI} evaluate ${caseFile} > /dev/full`);

    expect(r.status).toBe(2);
    expect(JSON.parse(r.stderr)).toMatchObject({ error: { code: 'OUTPUT_WRITE_FAILED', file: 'standard output' } });
    expect(r.stderr).not.toMatch(/\n\s+at |ENOSPC|CASE-TEXT/);
  });

  it('a reader gone before the output (EPIPE): OUTPUT_WRITE_FAILED and exit 2, said once, nothing of the case', async () => {
    const r = await new Promise<{ status: number | null; stderr: string }>((resolve, reject) => {
      const child = spawn(process.execPath, [CLI, 'evaluate', caseFile], { stdio: ['ignore', 'pipe', 'pipe'] });
      child.stdout.destroy();
      let stderr = '';
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
      child.on('error', reject);
      child.on('close', (status) => resolve({ status, stderr }));
    });

    expect(r.status).toBe(2);
    expect(JSON.parse(r.stderr)).toMatchObject({ error: { code: 'OUTPUT_WRITE_FAILED', file: 'standard output' } });
    expect(r.stderr).not.toMatch(/\n\s+at |CASE-TEXT/);
  });

  it('train < /dev/zero: INPUT_TOO_LARGE, not RangeError: Invalid string length', () => {
    const r = shell(`"${process.execPath}" ${CLI} train --date 2025-06-01 < /dev/zero > /dev/null`);

    expect(r.status).toBe(2);
    expect(JSON.parse(r.stderr)).toMatchObject({ error: { code: 'INPUT_TOO_LARGE' } });
  });

  it('a FIFO as the case file is refused at once instead of blocking for ever', () => {
    const fifo = join(dir, 'fifo');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);

    const r = spawnSync(process.execPath, [CLI, 'evaluate', fifo], { encoding: 'utf8', timeout: 20_000 });

    expect(r.status).toBe(2);
    expect(JSON.parse(r.stderr)).toMatchObject({ error: { code: 'FILE_NOT_READABLE', file: fifo } });
  });

  it('a failed --ics write has a code of its own (OUTPUT_WRITE_FAILED), not INVALID_ARGUMENTS', async () => {
    const r = await run(['deadlines', caseFile, '--as-of', '2024-03-02T10:00:00+02:00', '--ics', join(dir, 'no-such-folder', 'x.ics')]);

    expect(r.status).toBe(2);
    expect(JSON.parse(r.err)).toMatchObject({ error: { code: 'OUTPUT_WRITE_FAILED' } });
  });
});

describe('integrity of what runs', () => {
  /** The 2018 form's first threshold lowered (2 -> 1) in a built file, minified or not, as an object literal or as JSON text. */
  const lowerThreshold = (file: string): void => {
    const text = readFileSync(file, 'utf8');
    const edited = text.replace(/("?thresholdQuestions1To7"?: ?\{\s*"?value"?: ?)2,/, '$11,');
    expect(edited, file).not.toBe(text);
    writeFileSync(file, edited);
  };

  it('an edited threshold in each built copy, a value given twice, an edited index.json, a manifest with a key twice: verify fails and names each file', () => {
    if (!existsSync('dist/playground/playground.js')) throw new Error('dist/ is missing: run "npm run build" before these tests (npm test does it)');
    const root = mkdtempSync(join(tmpdir(), 'dv-rules-attack-built-'));
    for (const part of ['dist', 'rules', 'package.json']) cpSync(part, join(root, part), { recursive: true });
    symlinkSync(join(process.cwd(), 'node_modules'), join(root, 'node_modules'), 'dir');
    // The library's copies live in one chunk per format, which dist/index.js and dist/index.cjs load.
    const chunks = readdirSync(join(root, 'dist')).filter((f) => /^chunk-.*\.c?js$/.test(f) && readFileSync(join(root, 'dist', f), 'utf8').includes('thresholdQuestions1To7'));
    expect(chunks).toHaveLength(2);
    for (const f of [...chunks.map((c) => `dist/${c}`), 'dist/cli.js', 'dist/playground/playground.js']) lowerThreshold(join(root, f));
    const form = join(root, 'rules', 'ro-police-risk-form', '2018-12-28.json');
    writeFileSync(form, readFileSync(form, 'utf8').replace('"value": 2,', '"value": 5, "value": 2,'));
    const index = join(root, 'rules', 'ro-police-risk-form', 'index.json');
    writeFileSync(index, JSON.stringify({ ...(JSON.parse(readFileSync(index, 'utf8')) as object), citation: 'MO 1/01.01.2000' }));
    // The manifest itself, read as the loader reads any file: a key given twice is refused.
    const manifest = join(root, 'rules', 'manifest.json');
    writeFileSync(manifest, readFileSync(manifest, 'utf8').replace('"manifestVersion": 1,', '"manifestVersion": 1, "manifestVersion": 1,'));

    const r = spawnSync(process.execPath, [join(root, 'dist', 'cli.js'), 'verify', '--json'], { encoding: 'utf8', timeout: 120_000 });
    rmSync(root, { recursive: true, force: true });

    expect(r.status).toBe(1);
    const report = JSON.parse(r.stdout) as {
      mismatches: Array<{ file: string; actual: string | null }>;
      indexes: { mismatches: Array<{ file: string }> };
      built: { entries: Array<{ file: string; status: string; mismatches: Array<{ id: string }> }>; manifestFile: { status: string } };
    };
    expect(report.built.entries.map((e) => [e.file, e.status, e.mismatches.map((m) => m.id)])).toEqual(
      ['dist/index.js', 'dist/index.cjs', 'dist/cli.js', 'dist/playground/playground.js'].map((f) => [f, 'changed', ['ro-police-risk-form/2018-12-28']]),
    );
    expect(report.mismatches).toEqual([expect.objectContaining({ file: 'ro-police-risk-form/2018-12-28.json', actual: null })]);
    expect(report.indexes.mismatches.map((m) => m.file)).toEqual(['ro-police-risk-form/index.json']);
    expect(report.built.manifestFile.status).toBe('unreadable');
  });

  it('verify --result fails on a stored result whose imminentRisk was flipped', async () => {
    const result = JSON.parse(JSON.stringify(await evaluate({ ...aCase, riskForm: { answers: { q1: 'yes' } } }))) as { determination: { imminentRisk: boolean } };
    expect(verifyReceipt(result).ok).toBe(true);
    result.determination.imminentRisk = !result.determination.imminentRisk;
    writeFileSync(join(dir, 'flipped.json'), JSON.stringify(result));

    const r = await run(['verify', '--result', join(dir, 'flipped.json')]);

    expect(r.status).toBe(1);
    expect(r.out).toContain('CHANGED the result itself');
  });
});
