import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createContext, runInContext } from 'node:vm';
import { z } from 'zod';
import { sha256Schema, type Manifest } from '../integrity/manifest-schema.js';
import { shippedManifest } from '../integrity/shipped-manifest.js';
import { canonicalSha256 } from '../versions/canonical-json.js';
import { parseDataText } from '../versions/parse-data-text.js';
import { DvRulesError } from '../errors.js';
import { packageRoot } from './package-root.js';
import { readTextFile } from './read-text-file.js';

/** The playground's script: a classic script for a page, run here in a `node:vm` context with no DOM. */
const PLAYGROUND = 'dist/playground/playground.js';
/** The global the playground's script, run with no DOM, puts `{ listRuleSets, shippedManifest }` on (playground/main.ts). */
const PLAYGROUND_GLOBAL = '__dvRulesRoBuilt';

/**
 * Every built copy of the rule sets the package ships: the library's ES module and CommonJS
 * entries (the `dv-rules-ro/node` entries load the same chunks as these), the CLI (one
 * self-contained file with its own copy) and the playground page's script (an IIFE with its own).
 */
const ENTRIES = ['dist/index.js', 'dist/index.cjs', 'dist/cli.js', PLAYGROUND];

/**
 * What `verifyBuiltEntries` found: for each built entry (ESM, CommonJS, the CLI and the playground's script),
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
 * `dist/index.cjs`, `dist/cli.js`, imported and not run, and `dist/playground/playground.js`, run
 * in a `node:vm` context with no DOM), hashes the rule sets compiled into each against the
 * manifest this code was built with, compares the manifest compiled into each, and reads
 * `rules/manifest.json` as the loader reads any file (a key given twice is refused). An edited
 * threshold in any one of these files changes that entry's hash, so it is reported by file.
 * Loading runs the package's own code: this is an integrity check of an installed copy, not a
 * sandbox for code of unknown origin.
 *
 * @param root - the package folder (default: the installed package's own)
 * @returns the report; `ok` when every entry and the manifest file agree
 * @throws DvRulesError `INVALID_ARGUMENTS` when `root` is given and is not a folder path
 * @example
 * (await verifyBuiltEntries()).entries.map((e) => e.status) //=> ['ok', 'ok', 'ok', 'ok']
 * @since 0.1.0
 */
export async function verifyBuiltEntries(root?: string): Promise<BuiltReport> {
  if (root !== undefined && (typeof root !== 'string' || root === '')) {
    throw new DvRulesError('INVALID_ARGUMENTS', 'verifyBuiltEntries: root must be a folder path', [{ path: 'root', message: 'Expected a non-empty string' }]);
  }
  root ??= packageRoot();
  const reference = shippedManifest();
  const expected = new Map(reference.ruleSets.map((e) => [e.id, e.sha256]));
  const referenceHash = canonicalSha256(reference);
  const entries: BuiltReport['entries'] = [];
  for (const file of ENTRIES) {
    const entry = file === PLAYGROUND ? await runPageScript(join(root, file)) : await load(join(root, file));
    if (entry === 'missing' || entry === 'unloadable' || entry === 'unchecked') {
      entries.push({ file, status: entry, manifest: null, mismatches: [] });
      continue;
    }
    let compiled: Array<{ id: string; sha256: string }>;
    let theirs: Manifest;
    try {
      // A JSON copy: the page script's objects belong to another realm.
      compiled = JSON.parse(JSON.stringify(entry.listRuleSets())) as typeof compiled;
      theirs = JSON.parse(JSON.stringify(entry.shippedManifest())) as Manifest;
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

/**
 * Runs the playground's script as a page would, but with no DOM: it then only registers
 * `{ listRuleSets, shippedManifest }` on its global. The context has the two web APIs the library
 * uses (TextEncoder, URL) and nothing of this process.
 */
async function runPageScript(file: string): Promise<Entry | 'missing' | 'unloadable'> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'missing' : 'unloadable';
  }
  try {
    const context = createContext({ TextEncoder, URL });
    runInContext(text, context, { filename: file, timeout: 30_000 });
    const m = (context as Record<string, unknown>)[PLAYGROUND_GLOBAL] as Partial<Entry> | undefined;
    if (typeof m?.listRuleSets !== 'function' || typeof m.shippedManifest !== 'function') return 'unloadable';
    return { listRuleSets: m.listRuleSets.bind(m), shippedManifest: m.shippedManifest.bind(m) } as Entry;
  } catch {
    return 'unloadable';
  }
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
