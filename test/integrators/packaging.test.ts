// The package as a user gets it: built from the current sources into a staging folder, linted
// (publint, arethetypeswrong), packed, and installed from the tarball into an empty project where
// ES-module and CommonJS code, the JSON Schema files and the `dv-rules` command must all work.
// Slow (about a minute: a full build, `npm install` from the registry); it never touches dist/.
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const repo = resolve('.');
const bin = (name: string): string => join(repo, 'node_modules', '.bin', name);
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { name: string; version: string; files: string[] };
// npm's own chatter (update notices, funding) is not what these tests read.
const quietNpm = { ...process.env, npm_config_update_notifier: 'false', npm_config_fund: 'false', npm_config_audit: 'false', NO_COLOR: '1' };

const root = mkdtempSync(join(tmpdir(), 'dv-rules-packaging-'));
const staging = join(root, 'package');
const consumer = join(root, 'consumer');
let tarball = '';

const aCase = { schemaVersion: 1, incidentAt: '2024-03-02T21:15:00+02:00', relationship: 'spouse', riskForm: { answers: { q1: 'yes', q4: 'yes' } } };

beforeAll(async () => {
  // A staging copy of what `files` ships, with dist/ built fresh from src/ (the repo's dist/ may be stale).
  mkdirSync(staging);
  for (const entry of ['package.json', 'README.md', 'LICENSE', ...pkg.files]) {
    // cpSync makes the parent folders of a nested entry (fixtures/scenarios).
    if (entry !== 'dist' && existsSync(entry)) cpSync(entry, join(staging, entry), { recursive: true });
  }
  await run(bin('tsup'), ['--out-dir', join(staging, 'dist'), '--silent'], { cwd: repo, env: quietNpm });
  // `npm run build` builds the classroom page into dist/playground, which `dv-rules playground` serves.
  await run('node', ['scripts/build-playground.mjs', '--out', join(staging, 'dist', 'playground')], { cwd: repo, env: quietNpm });
  const packed = await run('npm', ['pack', '--json', '--pack-destination', root], { cwd: staging, env: quietNpm });
  tarball = join(root, (JSON.parse(packed.stdout) as Array<{ filename: string }>)[0]!.filename);

  mkdirSync(consumer);
  writeFileSync(join(consumer, 'package.json'), JSON.stringify({ name: 'consumer', version: '1.0.0', private: true }));
  await run('npm', ['install', tarball, '--no-audit', '--no-fund', '--ignore-scripts', '--no-package-lock'], { cwd: consumer, env: quietNpm });
}, 180_000);

describe('the published package', () => {
  it('passes publint --strict', async () => {
    const { stdout } = await run(bin('publint'), ['--strict', staging], { env: quietNpm });
    expect(stdout).toContain('All good!');
  });

  it('passes arethetypeswrong (strict profile: node10, node16 CJS and ESM, bundler) with no rule ignored', async () => {
    const { stdout } = await run(bin('attw'), ['--pack', staging, '--format', 'json'], { env: quietNpm });
    const report = JSON.parse(stdout) as { problems?: unknown };
    expect(report.problems ?? {}).toEqual(Array.isArray(report.problems) ? [] : {});
  });

  it('ships the built code, the rules with their manifest and the JSON Schemas, and no sources or tests', async () => {
    const { stdout } = await run('tar', ['-tzf', tarball]);
    const files = stdout.split('\n').filter(Boolean).map((f) => f.replace(/^package\//, ''));
    for (const f of ['dist/index.js', 'dist/index.cjs', 'dist/index.d.ts', 'dist/index.d.cts', 'dist/node.js', 'dist/node.cjs', 'dist/node.d.ts', 'dist/node.d.cts', 'node/package.json', 'dist/cli.js', 'dist/playground/index.html', 'dist/playground/playground.js', 'dist/playground/style.css', 'rules/manifest.json', 'schema/case.json', 'schema/result.json']) {
      expect(files).toContain(f);
    }
    expect(files.filter((f) => /^(src|test|scripts)\//.test(f))).toEqual([]);
  });

  it('ships the training scenarios, every one of them, and no other fixture', async () => {
    const { stdout } = await run('tar', ['-tzf', tarball]);
    const files = stdout.split('\n').filter(Boolean).map((f) => f.replace(/^package\//, ''));
    const scenarios = readdirSync('fixtures/scenarios').filter((f) => /\.ya?ml$/.test(f)).map((f) => `fixtures/scenarios/${f}`);
    expect(scenarios.length).toBeGreaterThan(0);
    expect(files.filter((f) => f.startsWith('fixtures/')).sort()).toEqual(scenarios.sort());
  });

  it('runs the shipped scenarios from the installed command: train --quiz --reveal', async () => {
    const cli = join(consumer, 'node_modules', '.bin', 'dv-rules');
    const { stdout } = await run(cli, ['train', '--quiz', '--reveal'], { cwd: consumer, env: quietNpm });
    expect(stdout).toMatch(/== Scenario (\d+)\/\1: /);
  });

  it('works from an ES module: evaluate, resolve a JSON Schema; from dv-rules-ro/node: verify the installed rules, load a rule set evaluate accepts', async () => {
    writeFileSync(
      join(consumer, 'esm.mjs'),
      `import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { evaluate, DvRulesError } from 'dv-rules-ro';
import { loadRuleSetFile, verifyRuleSets } from 'dv-rules-ro/node';
const r = await evaluate(${JSON.stringify(aCase)});
const schema = JSON.parse(readFileSync(fileURLToPath(import.meta.resolve('dv-rules-ro/schema/case.json')), 'utf8'));
const refused = await evaluate({}).catch((e) => e instanceof DvRulesError && e.code);
const verified = await verifyRuleSets();
const form = await loadRuleSetFile(fileURLToPath(import.meta.resolve('dv-rules-ro/package.json')).replace(/package[.]json$/, 'rules/ro-police-risk-form/2018-12-28.json'));
const own = await evaluate(${JSON.stringify(aCase)}, { ruleSets: [form] });
const missing = await loadRuleSetFile('missing.json').catch((e) => e instanceof DvRulesError && e.code);
console.log(JSON.stringify({ regime: r.regime.id, imminentRisk: r.riskAssessment.imminentRisk, version: r.receipt.library.version, schema: schema.$id, refused, verified: verified.ok, dir: verified.dir, userRuleSets: own.receipt.options.userRuleSets.length, missing }));
`,
    );
    const { stdout, stderr } = await run('node', ['esm.mjs'], { cwd: consumer });
    expect(stderr).toBe('');
    const out = JSON.parse(stdout) as Record<string, unknown>;
    expect(out).toMatchObject({ regime: 'law-217-2003', imminentRisk: true, version: pkg.version, schema: 'https://dv-rules-ro.invalid/schema/case.json', refused: 'INVALID_CASE', verified: true, userRuleSets: 1, missing: 'FILE_NOT_READABLE' });
    expect(String(out['dir'])).toBe(join(realpathSync(consumer), 'node_modules', 'dv-rules-ro', 'rules'));
  });

  it('works from CommonJS: require, evaluate, require a JSON Schema; require dv-rules-ro/node: verify the installed rules, load a rule set evaluate accepts', async () => {
    writeFileSync(
      join(consumer, 'cjs.cjs'),
      `const { evaluate, DvRulesError } = require('dv-rules-ro');
const { loadRuleSetFile, verifyRuleSets } = require('dv-rules-ro/node');
const { join, dirname } = require('node:path');
const schema = require('dv-rules-ro/schema/case.json');
(async () => {
  const r = await evaluate(${JSON.stringify(aCase)});
  const refused = await evaluate({}).catch((e) => e instanceof DvRulesError && e.code);
  const verified = await verifyRuleSets();
  const form = await loadRuleSetFile(join(dirname(require.resolve('dv-rules-ro/package.json')), 'rules/ro-police-risk-form/2018-12-28.json'));
  const own = await evaluate(${JSON.stringify(aCase)}, { ruleSets: [form] });
  const missing = await loadRuleSetFile('missing.json').catch((e) => e instanceof DvRulesError && e.code);
  console.log(JSON.stringify({ regime: r.regime.id, imminentRisk: r.riskAssessment.imminentRisk, schema: schema.$id, refused, verified: verified.ok, dir: verified.dir, userRuleSets: own.receipt.options.userRuleSets.length, missing }));
})();
`,
    );
    // stderr empty: nothing warns when the CommonJS build loads.
    const { stdout, stderr } = await run('node', ['cjs.cjs'], { cwd: consumer });
    expect(stderr).toBe('');
    const out = JSON.parse(stdout) as Record<string, unknown>;
    expect(out).toMatchObject({ regime: 'law-217-2003', imminentRisk: true, schema: 'https://dv-rules-ro.invalid/schema/case.json', refused: 'INVALID_CASE', verified: true, userRuleSets: 1, missing: 'FILE_NOT_READABLE' });
    expect(String(out['dir'])).toBe(join(realpathSync(consumer), 'node_modules', 'dv-rules-ro', 'rules'));
  });

  it('composes the exported schemas with the consumer\'s own zod (the package carries its own copy of zod), ES module and CommonJS', async () => {
    // The consumer's zod is the one npm installed beside dv-rules-ro (a dependency, for the types).
    const body = `const wrapped = z.object({ result: resultSchema, agencyRef: z.string() });
const r = evaluateSync(${JSON.stringify(aCase)});
const ok = wrapped.safeParse({ result: r, agencyRef: 'A-1' }).success;
const extended = caseSchema.extend({ agencyRef: z.string() });
const bad = extended.safeParse({ ...${JSON.stringify(aCase)}, relationship: 'nobody', agencyRef: 'A-1' });
const json = z.toJSONSchema(z.object({ c: relationshipSchema }));
console.log(JSON.stringify({ ok, instance: caseSchema instanceof z.ZodType, badPath: bad.success ? null : bad.error.issues.map((i) => i.path.join('.')), missingRef: extended.safeParse(${JSON.stringify(aCase)}).success, enumInJson: Array.isArray(json.properties.c.enum) }));`;
    writeFileSync(join(consumer, 'zod.mjs'), `import { z } from 'zod';\nimport { caseSchema, resultSchema, relationshipSchema, evaluateSync } from 'dv-rules-ro';\n${body}\n`);
    writeFileSync(join(consumer, 'zod.cjs'), `const { z } = require('zod');\nconst { caseSchema, resultSchema, relationshipSchema, evaluateSync } = require('dv-rules-ro');\n${body}\n`);
    for (const file of ['zod.mjs', 'zod.cjs']) {
      const { stdout, stderr } = await run('node', [file], { cwd: consumer });
      expect(stderr, file).toBe('');
      expect(JSON.parse(stdout), file).toEqual({ ok: true, instance: true, badPath: ['relationship'], missingRef: false, enumInJson: true });
    }
  });

  it('shares zod\'s configuration with the consumer\'s zod (zod keeps it on globalThis): a caller\'s customError words the issues of a refusal, whose codes and paths stay', async () => {
    writeFileSync(
      join(consumer, 'zod-config.mjs'),
      `import { z } from 'zod';
z.config({ customError: () => 'AGENCY-WORDING' });
const { evaluateSync, DvRulesError } = await import('dv-rules-ro');
let refused;
try { evaluateSync({ ...${JSON.stringify(aCase)}, incidentAt: 'not a date' }); } catch (e) { refused = e instanceof DvRulesError ? { code: e.code, issues: e.issues } : String(e); }
console.log(JSON.stringify({ refused, own: z.string().safeParse(1).error.issues[0].message }));
`,
    );
    const { stdout, stderr } = await run('node', ['zod-config.mjs'], { cwd: consumer });
    expect(stderr).toBe('');
    expect(JSON.parse(stdout)).toEqual({ refused: { code: 'INVALID_CASE', issues: [{ path: 'incidentAt', message: 'AGENCY-WORDING' }] }, own: 'AGENCY-WORDING' });
  });

  it('installs a working dv-rules command: demo, and verify of its own rules', async () => {
    const cli = join(consumer, 'node_modules', '.bin', 'dv-rules');
    const demo = await run(cli, ['demo', '--json'], { cwd: consumer });
    expect((JSON.parse(demo.stdout) as { schemaVersion: number }).schemaVersion).toBe(1);
    const verify = await run(cli, ['verify'], { cwd: consumer });
    expect(verify.stdout).toMatch(/0 changed, 0 missing, 0 extra\n$/);
  });

  it('refuses bad input from the installed command with exit 2 and one JSON error line', async () => {
    const cli = join(consumer, 'node_modules', '.bin', 'dv-rules');
    const failed = await run(cli, ['evaluate', join(consumer, 'package.json')], { cwd: consumer }).catch((e: { code: number; stdout: string; stderr: string }) => e);
    expect(failed).toMatchObject({ code: 2, stdout: '' });
    expect((JSON.parse((failed as { stderr: string }).stderr) as { error: { code: string } }).error.code).toBe('INVALID_CASE');
  });
});
