// What an agency's web form or the classroom page does with the main entry: bundle it with
// esbuild, dependencies included, and run it. In headless Chromium (Debian's `chromium`, driven
// by playwright-core, which never downloads a browser) the results must be exactly Node's, the
// page must log nothing and request nothing but itself. An ES-module bundle for Node must run too.
// Without Chromium the browser tests are skipped locally and fail in CI (CI=true).
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluate, type EvaluateOptions } from '../../src/index.js';
import { buildLibrary } from '../support/built-library.js';
import { chromiumTitle, haveChromium, openServedPage, type OpenedPage } from '../support/chromium.js';

const cases: Array<[string, unknown, EvaluateOptions]> = [
  [
    'the README example (2024-03-02, spouse, two YES and one unknown)',
    { schemaVersion: 1, incidentAt: '2024-03-02T21:15:00+02:00', relationship: 'spouse', riskForm: { answers: { q1: 'yes', q4: 'yes', q6: 'unknown' } } },
    {},
  ],
  [
    'unknown answers on 2019-03-01, with a provisional order running across the change to summer time, in Romanian',
    {
      schemaVersion: 1,
      incidentAt: '2019-03-01T20:00:00+02:00',
      relationship: 'former-partner',
      riskForm: { answers: { q1: 'yes', q2: 'unknown', q3: 'unknown', q5: 'no', q8: 'unknown', q9: 'yes', q14: 'unknown' } },
      events: { provisionalOrderIssuedAt: '2019-03-29T22:00:00+02:00', protectionOrderFiledAt: '2019-03-30T10:00:00+02:00' },
    },
    { asOf: '2019-04-02T10:00:00+03:00', lang: 'ro', register: 'plain' },
  ],
  [
    'a neighbour on 2024-09-02 (Law 26/2024, the unverified 2024 form), proposed law included',
    { schemaVersion: 1, incidentAt: '2024-09-02T21:30:00+03:00', relationship: 'neighbour', victimRequestsProvisionalOrder: true, riskForm: { answers: { q1: 'yes', q2: 'yes', q3: 'unknown' } } },
    { includeProposed: true },
  ],
];

/** Node's result as the JSON a page would send back. */
async function inNode(c: unknown, options: EvaluateOptions): Promise<unknown> {
  return JSON.parse(JSON.stringify(await evaluate(c, options))) as unknown;
}

let dist = { dir: '', remove: (): void => {} };
beforeAll(async () => {
  dist = await buildLibrary();
}, 120_000);
afterAll(() => dist.remove());

/** The main entry (dist/index.js) bundled by esbuild with every dependency, as one ES module. */
async function bundle(platform: 'browser' | 'node', contents: string, banner?: string): Promise<string> {
  const out = await build({
    stdin: { contents, resolveDir: dist.dir, sourcefile: 'app.js', loader: 'js' },
    bundle: true,
    platform,
    format: 'esm',
    write: false,
    logLevel: 'silent',
    ...(banner === undefined ? {} : { banner: { js: banner } }),
  });
  expect(out.warnings.map((w) => w.text)).toEqual([]);
  return out.outputFiles[0]!.text;
}

describe('the main entry bundled by esbuild for Node, as one ES module', () => {
  it('runs from a folder with no node_modules and gives the results of the library itself', async () => {
    // yaml's and jsonpath-plus's Node builds are CommonJS that require Node built-ins (process,
    // buffer, vm): an ES-module bundle needs a `require`, which this banner (esbuild's documented
    // answer) provides. docs/integrating.md says so.
    const banner = "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);";
    const code = await bundle('node', "export { evaluate } from './index.js';", banner);
    const dir = mkdtempSync(join(tmpdir(), 'dv-rules-node-bundle-'));
    try {
      writeFileSync(join(dir, 'dv-rules.mjs'), code);
      writeFileSync(
        join(dir, 'run.mjs'),
        `import { evaluate } from './dv-rules.mjs';
const cases = ${JSON.stringify(cases.map(([, c, o]) => [c, o]))};
const results = [];
for (const [c, o] of cases) results.push(await evaluate(c, o));
console.log(JSON.stringify(results));
`,
      );
      const { stdout, stderr } = await promisify(execFile)('node', ['run.mjs'], { cwd: dir, maxBuffer: 16 * 1024 * 1024 });
      expect(stderr).toBe('');
      expect(JSON.parse(stdout)).toEqual(await Promise.all(cases.map(([, c, o]) => inNode(c, o))));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe.skipIf(!haveChromium)(chromiumTitle('the main entry bundled by esbuild for a browser'), () => {
  let opened: OpenedPage | undefined;
  let page: Page;

  beforeAll(async () => {
    const code = await bundle('browser', "import * as dvRules from './index.js';\nglobalThis.dvRules = dvRules;");
    const html = '<!doctype html><html lang="ro"><meta charset="utf-8"><title>dv-rules-ro</title><link rel="icon" href="data:,"><script type="module" src="/dv-rules.js"></script></html>';
    // In a zone far from Bucharest (openServedPage's default): every legal date must still be Bucharest's.
    opened = await openServedPage((path) =>
      path === '/' ? { type: 'text/html; charset=utf-8', body: html } : path === '/dv-rules.js' ? { type: 'text/javascript; charset=utf-8', body: code } : undefined,
    );
    ({ page } = opened);
    await page.goto(`${opened.origin}/`);
    await page.waitForFunction(() => 'dvRules' in globalThis, undefined, { timeout: 30_000 });
  }, 120_000);

  afterAll(async () => {
    await opened?.close();
  });

  it.each(cases)('evaluates %s exactly as Node does', async (_name, c, options) => {
    const inBrowser = await page.evaluate(
      async ([c, options]) => JSON.parse(JSON.stringify(await (globalThis as unknown as { dvRules: typeof import('../../src/index.js') }).dvRules.evaluate(c, options))) as unknown,
      [c, options] as const,
    );
    expect(inBrowser).toEqual(await inNode(c, options));
  });

  it('refuses an invalid case with a DvRulesError, as in Node', async () => {
    const refused = await page.evaluate(async () => {
      const dv = (globalThis as unknown as { dvRules: typeof import('../../src/index.js') }).dvRules;
      try {
        await dv.evaluate({ schemaVersion: 1, incidentAt: 'yesterday', relationship: 'spouse' });
        return null;
      } catch (e) {
        return { isDvRulesError: e instanceof dv.DvRulesError, ...(e as InstanceType<typeof dv.DvRulesError>).toJSON() };
      }
    });
    expect(refused).toMatchObject({ isDvRulesError: true, code: 'INVALID_CASE' });
    expect(refused?.issues.map((i) => i.path)).toContain('incidentAt');
  });

  it('parses a rule set given as text to the hash the manifest records (SHA-256 without node:crypto)', async () => {
    const text = readFileSync('rules/ro-police-risk-form/2018-12-28.json', 'utf8');
    const sha256 = await page.evaluate(
      (text) => (globalThis as unknown as { dvRules: typeof import('../../src/index.js') }).dvRules.parseRuleSet(text, { file: 'form.json' }).sha256,
      text,
    );
    expect(sha256).toBe('a269628b4a82019fea35357302424dd9562c5a4deada8d3f8453b2ac74ae49d7');
  });

  it('logged nothing to the console, threw nothing, and requested nothing but its own page and script', () => {
    expect(opened?.logged).toEqual([]);
    expect(opened?.foreign).toEqual([]);
  });
});
