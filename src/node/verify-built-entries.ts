import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { z } from 'zod';
import { DvRulesError } from '../errors.js';
import { sha256Schema, type Manifest } from '../integrity/manifest-schema.js';
import { shippedManifest } from '../integrity/shipped-manifest.js';
import { canonicalSha256 } from '../versions/canonical-json.js';
import { parseDataText } from '../versions/parse-data-text.js';
import { readTextFile } from './read-text-file.js';

/**
 * The library entries whose rule sets are checked. The `dv-rules-ro/node` entries and the CLI
 * (`dist/cli.js`, `dist/cli.cjs`) load the same shared chunks as these two (tsup splits them
 * out), so a changed rule set in any built copy shows in one of them.
 */
const LIBRARY_ENTRIES = ['dist/index.js', 'dist/index.cjs'];

/**
 * What `verifyBuiltEntries` found: for each built entry (ESM, CommonJS, and any browser bundle),
 * whether the rule sets compiled into it hash as the manifest says and whether the manifest
 * compiled into it is the same; and whether `rules/manifest.json` on disk is that manifest.
 * @since 0.1.0
 */
export const builtReportSchema = z.strictObject({
  ok: z.boolean(),
  entries: z.array(
    z.strictObject({
      file: z.string(),
      /** `unchecked`: this Node cannot load that format from here (an ES module from CommonJS before Node 20.19). */
      status: z.enum(['ok', 'changed', 'missing', 'unloadable', 'unchecked']),
      manifest: z.enum(['ok', 'changed']).nullable(),
      mismatches: z.array(z.strictObject({ id: z.string(), expected: sha256Schema.nullable(), actual: sha256Schema.nullable() })),
    }),
  ),
  manifestFile: z.strictObject({ file: z.string(), status: z.enum(['ok', 'changed', 'unreadable']) }),
});
export type BuiltReport = z.infer<typeof builtReportSchema>;

type Entry = { listRuleSets: () => Array<{ id: string; sha256: string }>; shippedManifest: () => Manifest };

/**
 * Checks what actually runs: loads every built entry of the package (`dist/index.js`,
 * `dist/index.cjs`, any `dist/*browser*.js`), hashes the rule sets compiled into each against the
 * manifest this code was built with, compares the manifest compiled into each, and reads
 * `rules/manifest.json` as the loader reads any file (a key given twice is refused). An edited
 * threshold in `dist/index.cjs` changes that entry's hash, so it is reported by file.
 *
 * @param root - the package folder (default: the installed package's own)
 * @returns the report; `ok` when every entry and the manifest file agree
 * @throws DvRulesError `FILE_NOT_READABLE` when `root/dist` cannot be listed
 * @example
 * (await verifyBuiltEntries(packageRoot())).entries.map((e) => [e.file, e.status]) //=> [['dist/index.js', 'ok'], ['dist/index.cjs', 'ok']]
 * @since 0.1.0
 */
export async function verifyBuiltEntries(root: string): Promise<BuiltReport> {
  const reference = shippedManifest();
  const expected = new Map(reference.ruleSets.map((e) => [e.id, e.sha256]));
  const referenceHash = canonicalSha256(reference);
  const entries: BuiltReport['entries'] = [];
  for (const file of [...LIBRARY_ENTRIES, ...(await browserBundles(root))]) {
    const entry = await load(join(root, file));
    if (entry === 'missing' || entry === 'unloadable' || entry === 'unchecked') {
      entries.push({ file, status: entry, manifest: null, mismatches: [] });
      continue;
    }
    let compiled: Array<{ id: string; sha256: string }>;
    let theirs: Manifest;
    try {
      compiled = entry.listRuleSets();
      theirs = entry.shippedManifest();
    } catch {
      // A built rule set edited into something the library refuses to load.
      entries.push({ file, status: 'unloadable', manifest: null, mismatches: [] });
      continue;
    }
    const ids = new Set(compiled.map((r) => r.id));
    const mismatches = [
      ...compiled.filter((r) => expected.get(r.id) !== r.sha256).map((r) => ({ id: r.id, expected: expected.get(r.id) ?? null, actual: r.sha256 })),
      ...reference.ruleSets.filter((e) => !ids.has(e.id)).map((e) => ({ id: e.id, expected: e.sha256, actual: null })),
    ];
    const manifest = canonicalSha256(theirs) === referenceHash ? 'ok' : 'changed';
    entries.push({ file, status: mismatches.length === 0 && manifest === 'ok' ? 'ok' : 'changed', manifest, mismatches });
  }
  const manifestFile = { file: 'rules/manifest.json', status: await manifestOnDisk(root, referenceHash) };
  return { ok: entries.every((e) => e.status === 'ok' || e.status === 'unchecked') && manifestFile.status === 'ok', entries, manifestFile };
}

async function browserBundles(root: string): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(join(root, 'dist'));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? 'error';
    // No dist/ at all: every entry is reported missing.
    if (code === 'ENOENT') return [];
    throw new DvRulesError('FILE_NOT_READABLE', `verifyBuiltEntries: cannot list ${join(root, 'dist')} (${code})`, [], join(root, 'dist'));
  }
  return names.filter((n) => /browser.*\.m?js$/.test(n)).sort().map((n) => `dist/${n}`);
}

async function load(file: string): Promise<Entry | 'missing' | 'unloadable' | 'unchecked'> {
  if (!existsSync(file)) return 'missing';
  const req = createRequire(import.meta.url);
  let mod: unknown;
  try {
    mod = file.endsWith('.cjs') ? req(file) : await importEsm(file, req);
  } catch (e) {
    // Node before 20.19 cannot require an ES module, which is how the CommonJS build must load it.
    return (e as NodeJS.ErrnoException).code === 'ERR_REQUIRE_ESM' ? 'unchecked' : 'unloadable';
  }
  const m = mod as Partial<Entry>;
  if (typeof m.listRuleSets !== 'function' || typeof m.shippedManifest !== 'function') return 'unloadable';
  try {
    return { listRuleSets: m.listRuleSets.bind(m), shippedManifest: m.shippedManifest.bind(m) } as Entry;
  } catch {
    return 'unloadable';
  }
}

/**
 * `import()` of the ES module build. In the CommonJS build of this file the bundler has turned
 * `import()` into `require()` of the URL, which fails; `require()` of the path then loads it.
 */
async function importEsm(file: string, req: NodeJS.Require): Promise<unknown> {
  try {
    return (await import(/* @vite-ignore */ pathToFileURL(file).href)) as unknown;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'MODULE_NOT_FOUND') throw e;
    return req(file) as unknown;
  }
}

async function manifestOnDisk(root: string, referenceHash: string): Promise<'ok' | 'changed' | 'unreadable'> {
  const file = join(root, 'rules', 'manifest.json');
  try {
    const data = parseDataText(await readTextFile(file, 'verify'), { file, api: 'verify' });
    return canonicalSha256(data) === referenceHash ? 'ok' : 'changed';
  } catch {
    return 'unreadable';
  }
}
