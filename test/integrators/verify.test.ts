import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { commandVerify } from '../../src/cli/command-verify.js';
import type { CliIo } from '../../src/cli/io.js';
import { evaluate, parseRuleSet, receiptReportSchema, verifyReceipt } from '../../src/index.js';
import { verifyReportSchema, verifyRuleSets } from '../../src/node/index.js';

const manifest = JSON.parse(readFileSync('rules/manifest.json', 'utf8')) as { ruleSets: Array<{ id: string; file: string; sha256: string }> };
/** The id column is as wide as the longest id. */
const w = Math.max(...manifest.ruleSets.map((e) => e.id.length));
const spouses2024 = { schemaVersion: 1, incidentAt: '2024-09-02T21:15:00+03:00', relationship: 'spouse', riskForm: { answers: { q1: 'yes', q4: 'yes' } } };

/** A copy of rules/ to tamper with. */
function copyOfRules(): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'dv-rules-verify-')), 'rules');
  cpSync('rules', dir, { recursive: true });
  return dir;
}

function captureIo(): CliIo & { stdout: () => string } {
  let out = '';
  return { readStdin: async () => '', out: (t) => void (out += t), err: () => undefined, color: false, stdout: () => out };
}

describe('verifyRuleSets', () => {
  it('finds the installed package rules/ folder and every file in it as the manifest says', async () => {
    const report = await verifyRuleSets();
    expect(verifyReportSchema.parse(report)).toEqual(report);
    expect(report).toMatchObject({ ok: true, checked: manifest.ruleSets.length, mismatches: [], missing: [], extra: [] });
    expect(report.dir.replace(/\\/g, '/')).toMatch(/\/rules$/);
  });

  it('accepts a copy that differs only in formatting and key order', async () => {
    const dir = copyOfRules();
    const file = join(dir, manifest.ruleSets[0]!.file);
    const data = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    writeFileSync(file, JSON.stringify(Object.fromEntries(Object.entries(data).reverse())));
    expect((await verifyRuleSets(dir)).ok).toBe(true);
  });

  it('reports a changed value, a missing file, an extra rule set and a file that is not JSON', async () => {
    const dir = copyOfRules();
    const [changed, missing, broken] = manifest.ruleSets;
    const data = JSON.parse(readFileSync(join(dir, changed!.file), 'utf8')) as { summary: string };
    writeFileSync(join(dir, changed!.file), JSON.stringify({ ...data, summary: `${data.summary} (edited)` }));
    rmSync(join(dir, missing!.file));
    writeFileSync(join(dir, broken!.file), '{ not json');
    mkdirSync(join(dir, 'ro-invented-series'));
    writeFileSync(join(dir, 'ro-invented-series/2030-01-01.json'), '{}');
    // Neither an act's index.json nor the manifest is a rule set.
    writeFileSync(join(dir, 'ro-invented-series/index.json'), '{}');

    const report = await verifyRuleSets(dir);
    expect(report.ok).toBe(false);
    expect(report.checked).toBe(manifest.ruleSets.length - 1);
    expect(report.mismatches).toEqual([
      { id: changed!.id, file: changed!.file, expected: changed!.sha256, actual: expect.stringMatching(/^[0-9a-f]{64}$/) },
      { id: broken!.id, file: broken!.file, expected: broken!.sha256, actual: null },
    ]);
    expect(report.missing).toEqual([{ id: missing!.id, file: missing!.file, expected: missing!.sha256 }]);
    expect(report.extra).toEqual([{ file: 'ro-invented-series/2030-01-01.json', actual: expect.stringMatching(/^[0-9a-f]{64}$/) }]);
  });

  it('refuses a folder it cannot list, and a folder that is not a string', async () => {
    await expect(verifyRuleSets(join(tmpdir(), 'dv-rules-no-such-folder'))).rejects.toMatchObject({ code: 'FILE_NOT_READABLE' });
    await expect(verifyRuleSets(42 as unknown as string)).rejects.toMatchObject({ code: 'INVALID_ARGUMENTS' });
  });
});

describe('verifyReceipt', () => {
  it('confirms that a fresh result was decided by the shipped rule sets', async () => {
    const result = await evaluate(spouses2024);
    const report = verifyReceipt(JSON.parse(JSON.stringify(result)) as unknown);
    expect(receiptReportSchema.parse(report)).toEqual(report);
    expect(report.ok).toBe(true);
    expect(report.ruleSets.length).toBe(result.receipt.ruleSets.length);
    expect(report.ruleSets.every((r) => r.status === 'ok')).toBe(true);
  });

  it('flags a hash that differs, a rule set the package does not ship, and a caller-supplied rule set', async () => {
    const result = JSON.parse(JSON.stringify(await evaluate(spouses2024))) as { receipt: { ruleSets: Array<{ id: string; sha256: string }> } };
    result.receipt.ruleSets[0]!.sha256 = '0'.repeat(64);
    result.receipt.ruleSets.push({ id: 'ro-invented/2030-01-01', sha256: '1'.repeat(64) } as never);
    const report = verifyReceipt(result);
    expect(report.ok).toBe(false);
    expect(report.ruleSets[0]).toMatchObject({ status: 'changed', receipt: '0'.repeat(64) });
    expect(report.ruleSets.at(-1)).toMatchObject({ id: 'ro-invented/2030-01-01', status: 'unknown', shipped: null });

    const regimeFile = manifest.ruleSets.find((e) => e.id === 'ro-protection-regime/2024-08-31')!.file;
    const own = parseRuleSet({ ...(JSON.parse(readFileSync(`rules/${regimeFile}`, 'utf8')) as object), summary: 'An agency copy' });
    const withOwn = verifyReceipt(JSON.parse(JSON.stringify(await evaluate(spouses2024, { ruleSets: [own] }))) as unknown);
    expect(withOwn.ok).toBe(false);
    expect(withOwn.ruleSets.find((r) => r.id === 'ro-protection-regime/2024-08-31')).toMatchObject({ status: 'user', receipt: own.sha256 });
  });

  it('reports, rather than throws, a document that is not a result with a receipt', () => {
    for (const doc of [null, 'text', {}, { receipt: { ruleSets: [] } }, JSON.parse('{"__proto__": {}}') as unknown]) {
      const report = verifyReceipt(doc);
      expect(report.ok).toBe(false);
      expect(report.issues.length).toBeGreaterThan(0);
    }
  });
});

describe('dv-rules verify', () => {
  it('prints one ok line per rule set, the compiled-in check and the totals, exiting 0', async () => {
    const io = captureIo();
    expect(await commandVerify([], io)).toBe(0);
    const lines = io.stdout().trimEnd().split('\n');
    expect(lines).toHaveLength(manifest.ruleSets.length + 8);
    expect(lines.at(-8)).toBe(`compiled into the library: ${manifest.ruleSets.length} rule sets, 0 differ from the manifest`);
    expect(lines.at(-7)).toMatch(/^act indexes: \d+ listed, 0 differ$/);
    expect(lines.slice(-6, -1)).toEqual([
      'ok      built dist/index.js',
      'ok      built dist/index.cjs',
      'ok      built dist/cli.js',
      'ok      built dist/playground/playground.js',
      'ok      rules/manifest.json',
    ]);
    expect(lines[0]).toBe(`ok      ${manifest.ruleSets[0]!.id.padEnd(w)} ${manifest.ruleSets[0]!.file}`);
    expect(lines.at(-1)).toMatch(new RegExp(`: ${manifest.ruleSets.length} checked: ${manifest.ruleSets.length} match, 0 changed, 0 missing, 0 extra$`));
  });

  it('prints CHANGED, MISSING and EXTRA lines and exits 1 when a folder differs', async () => {
    const dir = copyOfRules();
    const [changed, missing] = manifest.ruleSets;
    writeFileSync(join(dir, changed!.file), '{}');
    rmSync(join(dir, missing!.file));
    writeFileSync(join(dir, 'ro-police-risk-form/2031-01-01.json'), '{}');
    const io = captureIo();
    expect(await commandVerify([dir], io)).toBe(1);
    expect(io.stdout()).toContain(`CHANGED ${changed!.id.padEnd(w)} ${changed!.file}: expected ${changed!.sha256}, got `);
    expect(io.stdout()).toContain(`MISSING ${missing!.id.padEnd(w)} ${missing!.file}\n`);
    expect(io.stdout()).toContain('EXTRA   ro-police-risk-form/2031-01-01.json (not in the manifest)\n');
  });

  it('prints the report as JSON with --json', async () => {
    const io = captureIo();
    expect(await commandVerify(['--json'], io)).toBe(0);
    expect(verifyReportSchema.parse(JSON.parse(io.stdout())).ok).toBe(true);
  });

  it('checks a stored result with --result: 0 when its receipt matches, 1 when it does not', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dv-rules-verify-result-'));
    const result = await evaluate(spouses2024);
    writeFileSync(join(dir, 'result.json'), JSON.stringify(result));
    const io = captureIo();
    expect(await commandVerify(['--result', join(dir, 'result.json')], io)).toBe(0);
    expect(io.stdout().trimEnd().split('\n').at(-1)).toBe(
      `result produced by dv-rules-ro ${result.receipt.library.version}: ${result.receipt.ruleSets.length} of ${result.receipt.ruleSets.length} rule sets match the shipped ones`,
    );

    const tampered = { ...result, receipt: { ...result.receipt, ruleSets: result.receipt.ruleSets.map((r) => ({ ...r, sha256: 'f'.repeat(64) })) } };
    writeFileSync(join(dir, 'tampered.json'), JSON.stringify(tampered));
    const io2 = captureIo();
    expect(await commandVerify(['--result', join(dir, 'tampered.json')], io2)).toBe(1);
    expect(io2.stdout()).toMatch(/^CHANGED /m);

    writeFileSync(join(dir, 'case.json'), JSON.stringify(spouses2024));
    await expect(commandVerify(['--result', join(dir, 'case.json')], captureIo())).rejects.toMatchObject({
      code: 'INVALID_RESULT',
      issues: [{ path: 'receipt', message: 'Invalid input: expected object, received undefined' }],
    });
  });

  it('checks the rule sets compiled into the library against the manifest, the ones evaluate applies', async () => {
    const report = await verifyRuleSets();

    expect(report.compiled.checked).toBe(report.checked);
    expect(report.compiled.mismatches).toEqual([]);
    const io = captureIo();
    await commandVerify([], io);
    expect(io.stdout()).toContain(`compiled into the library: ${report.compiled.checked} rule sets, 0 differ from the manifest\n`);
  });

  it('refuses a folder together with --result, and an unreadable result file (exit 2 through the CLI)', async () => {
    await expect(commandVerify(['rules', '--result', 'x.json'], captureIo())).rejects.toMatchObject({ code: 'INVALID_ARGUMENTS' });
    await expect(commandVerify(['--result', join(tmpdir(), 'dv-rules-no-such-result.json')], captureIo())).rejects.toMatchObject({ code: 'FILE_NOT_READABLE' });
  });
});

/**
 * A copy of the built package (dist/, rules/, package.json; node_modules linked) to tamper with:
 * the real dist/ is never touched.
 */
function copyOfPackage(): string {
  if (!existsSync('dist/index.cjs')) throw new Error('dist/ is missing: run "npm run build" before these tests (npm test does it)');
  const root = mkdtempSync(join(tmpdir(), 'dv-rules-built-'));
  for (const part of ['dist', 'rules', 'package.json']) cpSync(part, join(root, part), { recursive: true });
  symlinkSync(join(process.cwd(), 'node_modules'), join(root, 'node_modules'), 'dir');
  return root;
}

/**
 * Lowers the 2018 form's first threshold (2 -> 1) in one built file: the library's file of that
 * format that holds the rule sets (a chunk), or the file named (dist/cli.js, the playground's
 * script, minified). Every other file is left as built. The library and the CLI hold each rule set
 * as its JSON text (tsup.config.ts), the playground as an object literal: both are edited.
 */
function editThreshold(root: string, which: '.js' | '.cjs' | 'dist/cli.js' | 'dist/playground/playground.js'): string {
  const holds = (f: string) => /"?thresholdQuestions1To7"?: ?\{/.test(readFileSync(join(root, f), 'utf8'));
  const file = which.startsWith('dist/') ? which : readdirSync(join(root, 'dist')).map((f) => `dist/${f}`).find((f) => f.endsWith(which) && f !== 'dist/cli.js' && holds(f));
  if (!file || !holds(file)) throw new Error(`no built ${which} file holds the rule sets`);
  const text = readFileSync(join(root, file), 'utf8');
  const edited = text.replace(/("?thresholdQuestions1To7"?: ?\{\s*"?value"?: ?)2,/, '$11,');
  expect(edited).not.toBe(text);
  writeFileSync(join(root, file), edited);
  return file;
}

/** The statuses of the built entries, by file, in a report from `verify --json`. */
function builtStatuses(stdout: string): Record<string, string> {
  const report = JSON.parse(stdout) as { ok: boolean; built: { entries: Array<{ file: string; status: string }> } };
  return Object.fromEntries(report.built.entries.map((e) => [e.file, e.status]));
}

function verifyIn(root: string, ...args: string[]): { status: number | null; stdout: string } {
  const run = spawnSync(process.execPath, [join(root, 'dist', 'cli.js'), 'verify', ...args], { encoding: 'utf8' });
  return { status: run.status, stdout: run.stdout };
}

const partners2019 = { schemaVersion: 1, incidentAt: '2019-03-01T10:00:00+02:00', relationship: 'spouse', riskForm: { answers: { q1: 'yes' } } };

describe('dv-rules verify checks what runs, not only the files beside it', () => {
  it('fails, naming dist/index.cjs, when the threshold compiled into the CommonJS build is edited (which flips the API result)', () => {
    const root = copyOfPackage();
    editThreshold(root, '.cjs');
    const run = spawnSync(process.execPath, ['-e', `process.stdout.write(String(require(${JSON.stringify(join(root, 'dist', 'index.cjs'))}).evaluateSync(${JSON.stringify(partners2019)}).determination.imminentRisk))`], { encoding: 'utf8' });
    expect(run.stdout).toBe('true');

    const { status, stdout } = verifyIn(root);

    expect(status).toBe(1);
    expect(stdout).toMatch(/^CHANGED built dist\/index\.cjs; ro-police-risk-form\/2018-12-28: [0-9a-f]{64}, manifest [0-9a-f]{64}$/m);
    expect(stdout).toContain('ok      built dist/index.js');
  });

  it('fails, naming dist/index.js, when the threshold compiled into the ES module build is edited', () => {
    const root = copyOfPackage();
    editThreshold(root, '.js');

    const { status, stdout } = verifyIn(root, '--json');

    expect(status).toBe(1);
    const report = JSON.parse(stdout) as { ok: boolean; built: { entries: Array<{ file: string; status: string }> } };
    expect(report.ok).toBe(false);
    expect(report.built.entries.find((e) => e.file === 'dist/index.js')?.status).not.toBe('ok');
  });

  it('fails, naming dist/cli.js, when the threshold compiled into the CLI is edited there only (which flips what dv-rules evaluate says)', () => {
    const root = copyOfPackage();
    const file = join(root, 'case.json');
    writeFileSync(file, JSON.stringify(partners2019));
    const before = spawnSync(process.execPath, [join(root, 'dist', 'cli.js'), 'evaluate', '--json', file], { encoding: 'utf8' });
    editThreshold(root, 'dist/cli.js');
    const after = spawnSync(process.execPath, [join(root, 'dist', 'cli.js'), 'evaluate', '--json', file], { encoding: 'utf8' });
    expect([before.status, (JSON.parse(before.stdout) as { determination: { imminentRisk: boolean } }).determination.imminentRisk]).toEqual([0, false]);
    expect((JSON.parse(after.stdout) as { determination: { imminentRisk: boolean } }).determination.imminentRisk).toBe(true);

    const { status, stdout } = verifyIn(root);

    expect(status).toBe(1);
    expect(stdout).toMatch(/^CHANGED built dist\/cli\.js; ro-police-risk-form\/2018-12-28: [0-9a-f]{64}, manifest [0-9a-f]{64}$/m);
    for (const other of ['dist/index.js', 'dist/index.cjs', 'dist/playground/playground.js']) expect(stdout).toContain(`ok      built ${other}\n`);
  });

  it('fails, naming dist/cli.js, through the API of the dv-rules-ro/node entry too, which imports the CLI without running it', () => {
    const root = copyOfPackage();
    editThreshold(root, 'dist/cli.js');
    const script = `import(${JSON.stringify(pathToFileURL(join(root, 'dist', 'node.js')).href)}).then(async (m) => process.stdout.write(JSON.stringify(await m.verifyRuleSets())))`;

    const run = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });

    expect(run.stderr).toBe('');
    expect(builtStatuses(run.stdout)).toEqual({ 'dist/index.js': 'ok', 'dist/index.cjs': 'ok', 'dist/cli.js': 'changed', 'dist/playground/playground.js': 'ok' });
  });

  it('dist/cli.js imported writes nothing and gives its rule sets; started, also without its extension or through a link, it runs the command', () => {
    const cli = join(process.cwd(), 'dist', 'cli.js');
    const imported = spawnSync(process.execPath, ['--input-type=module', '-e', `const m = await import(${JSON.stringify(pathToFileURL(cli).href)}); console.log(Object.keys(m).join(','), m.listRuleSets().length)`], { encoding: 'utf8' });
    const link = join(mkdtempSync(join(tmpdir(), 'dv-rules-link-')), 'dv-rules');
    symlinkSync(cli, link);

    expect(imported.stdout).toBe(`listRuleSets,shippedManifest ${manifest.ruleSets.length}\n`);
    expect(imported.stderr).toBe('');
    for (const started of [cli, cli.replace(/\.js$/, ''), link]) {
      const run = spawnSync(process.execPath, [started, '--version'], { encoding: 'utf8' });
      expect(run.stdout, started).toMatch(/^\d+\.\d+\.\d+\n$/);
    }
  });

  it("fails, naming the playground's script, when the threshold compiled into it is edited there only", () => {
    const root = copyOfPackage();
    editThreshold(root, 'dist/playground/playground.js');

    const text = verifyIn(root);
    const json = verifyIn(root, '--json');

    expect(text.status).toBe(1);
    expect(text.stdout).toMatch(/^CHANGED built dist\/playground\/playground\.js; ro-police-risk-form\/2018-12-28: [0-9a-f]{64}, manifest [0-9a-f]{64}$/m);
    expect(json.status).toBe(1);
    expect(builtStatuses(json.stdout)).toEqual({ 'dist/index.js': 'ok', 'dist/index.cjs': 'ok', 'dist/cli.js': 'ok', 'dist/playground/playground.js': 'changed' });
  });

  it("reports the playground's script as unloadable when it no longer registers its rule sets, and as missing when it is gone", () => {
    const root = copyOfPackage();
    const file = join(root, 'dist', 'playground', 'playground.js');
    writeFileSync(file, readFileSync(file, 'utf8').replaceAll('__dvRulesRoBuilt', '__somethingElse'));
    expect(builtStatuses(verifyIn(root, '--json').stdout)['dist/playground/playground.js']).toBe('unloadable');

    rmSync(file);
    const { status, stdout } = verifyIn(root, '--json');
    expect(status).toBe(1);
    expect(builtStatuses(stdout)['dist/playground/playground.js']).toBe('missing');
  });

  it('fails when rules/manifest.json gives a key twice, as the loader refuses any file that does', () => {
    const root = copyOfPackage();
    const file = join(root, 'rules', 'manifest.json');
    writeFileSync(file, readFileSync(file, 'utf8').replace('"manifestVersion": 1,', '"manifestVersion": 1, "manifestVersion": 1,'));

    const { status, stdout } = verifyIn(root);

    expect(status).toBe(1);
    expect(stdout).toMatch(/^UNREADABLE rules\/manifest\.json/m);
  });

  it('fails on a rule-set file that gives a value twice ("value": 5, "value": 2), which JSON.parse would read as the last', () => {
    const root = copyOfPackage();
    const entry = manifest.ruleSets.find((e) => e.id === 'ro-police-risk-form/2018-12-28')!;
    const file = join(root, 'rules', entry.file);
    writeFileSync(file, readFileSync(file, 'utf8').replace('"value": 2,', '"value": 5, "value": 2,'));

    const { status, stdout } = verifyIn(root);

    expect(status).toBe(1);
    expect(stdout).toContain(`CHANGED ${entry.id.padEnd(w)} ${entry.file}: expected ${entry.sha256}, not readable JSON`);
  });
});

describe('verify checks each act index.json too', () => {
  it('reports an edited index.json and an unlisted one', async () => {
    const dir = copyOfRules();
    const file = join(dir, 'ro-police-risk-form', 'index.json');
    const data = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    writeFileSync(file, JSON.stringify({ ...data, citation: 'MO 1/01.01.2000' }));
    mkdirSync(join(dir, 'ro-invented-series'));
    writeFileSync(join(dir, 'ro-invented-series', 'index.json'), '{}');

    const report = await verifyRuleSets(dir);

    expect(report.ok).toBe(false);
    expect(report.mismatches).toEqual([]);
    expect(report.indexes.mismatches).toEqual([
      { file: 'ro-police-risk-form/index.json', expected: expect.stringMatching(/^[0-9a-f]{64}$/), actual: expect.stringMatching(/^[0-9a-f]{64}$/) },
      { file: 'ro-invented-series/index.json', expected: null, actual: expect.stringMatching(/^[0-9a-f]{64}$/) },
    ]);
  });
});

describe('verify --result checks the result itself, not only its receipt', () => {
  it('detects a stored result whose imminentRisk was flipped, and one whose resultSha256 was removed', async () => {
    const result = JSON.parse(JSON.stringify(await evaluate(spouses2024))) as { determination: { imminentRisk: boolean }; receipt: Record<string, unknown> };
    expect(verifyReceipt(result)).toMatchObject({ ok: true, content: 'ok' });

    const flipped = structuredClone(result);
    flipped.determination.imminentRisk = !flipped.determination.imminentRisk;
    expect(verifyReceipt(flipped)).toMatchObject({ ok: false, content: 'changed' });

    const unsealed = structuredClone(result);
    delete unsealed.receipt['resultSha256'];
    expect(verifyReceipt(unsealed)).toMatchObject({ ok: false, content: 'missing' });

    const dir = mkdtempSync(join(tmpdir(), 'dv-rules-result-'));
    writeFileSync(join(dir, 'flipped.json'), JSON.stringify(flipped));
    const io = captureIo();
    expect(await commandVerify(['--result', join(dir, 'flipped.json')], io)).toBe(1);
    expect(io.stdout()).toContain('CHANGED the result itself');
  });

  it('gives the same resultSha256 for the same case and options, and the one resultSha256() computes', async () => {
    const { resultSha256 } = await import('../../src/index.js');
    const a = await evaluate(spouses2024);
    const b = await evaluate(spouses2024);
    expect(a.receipt.resultSha256).toMatch(/^[0-9a-f]{64}$/);
    expect(a.receipt.resultSha256).toBe(b.receipt.resultSha256);
    expect(resultSha256(JSON.parse(JSON.stringify(a)) as object)).toBe(a.receipt.resultSha256);
  });
});
