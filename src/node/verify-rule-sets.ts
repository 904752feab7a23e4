import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { DvRulesError } from '../errors.js';
import { sha256Schema } from '../integrity/manifest-schema.js';
import { shippedManifest } from '../integrity/shipped-manifest.js';
import { canonicalSha256 } from '../versions/canonical-json.js';
import { parseDataText } from '../versions/parse-data-text.js';
import { shippedRuleSets } from '../versions/shipped-rule-sets.js';
import { packageRoot } from './package-root.js';
import { readTextFile } from './read-text-file.js';
import { builtReportSchema, verifyBuiltEntries } from './verify-built-entries.js';

const API = 'verifyRuleSets';

/** A rule-set file is `<series>/<YYYY-MM-DD>.json`; index.json and manifest.json are not. */
const RULE_SET_FILE = /^[^/]+\/\d{4}-\d{2}-\d{2}\.json$/;
/** An act's metadata beside its rule sets. */
const INDEX_FILE = /^[^/]+\/index\.json$/;

/**
 * What `verifyRuleSets` found. `actual` is `null` when the file exists but is not readable JSON
 * (or is larger than the library reads).
 * @since 0.1.0
 */
export const verifyReportSchema = z.strictObject({
  ok: z.boolean(),
  dir: z.string(),
  checked: z.int().min(0),
  matched: z.array(z.strictObject({ id: z.string(), file: z.string(), sha256: sha256Schema })),
  mismatches: z.array(z.strictObject({ id: z.string(), file: z.string(), expected: sha256Schema, actual: sha256Schema.nullable() })),
  missing: z.array(z.strictObject({ id: z.string(), file: z.string(), expected: sha256Schema })),
  extra: z.array(z.strictObject({ file: z.string(), actual: sha256Schema.nullable() })),
  /**
   * The rule sets compiled into the library, the ones `evaluate` actually applies, against the same
   * manifest: a changed built file shows here even when the files under `rules/` are intact.
   */
  compiled: z.strictObject({
    checked: z.int().min(0),
    mismatches: z.array(z.strictObject({ id: z.string(), expected: sha256Schema.nullable(), actual: sha256Schema })),
  }),
  /** Each act's `index.json` against the manifest: `actual` null when absent or unreadable, `expected` null when the manifest does not list it. */
  indexes: z.strictObject({
    checked: z.int().min(0),
    mismatches: z.array(z.strictObject({ file: z.string(), expected: sha256Schema.nullable(), actual: sha256Schema.nullable() })),
  }),
  /** Every built entry of the package (ESM, CommonJS, the CLI, the playground's script) and rules/manifest.json: see `verifyBuiltEntries`. */
  built: builtReportSchema,
});
export type VerifyReport = z.infer<typeof verifyReportSchema>;

/**
 * Checks rule-set files against the manifest the package was built with: each listed file must
 * exist and hash (canonical JSON, SHA-256) to its entry, and no unlisted rule-set file may sit
 * beside them. The default folder is the installed package's own `rules/`.
 *
 * @param dir - the rules folder to check (`<series>/<YYYY-MM-DD>.json` inside); default: the package's `rules/`
 * @returns the report; `ok` is true when nothing is changed, missing or extra
 * @throws DvRulesError `FILE_NOT_READABLE` when `dir` cannot be listed; `INVALID_ARGUMENTS` when it is not a string
 * @example
 * const report = await verifyRuleSets();
 * [report.ok, report.checked] //=> [true, 19]
 * @since 0.1.0
 */
export async function verifyRuleSets(dir?: string): Promise<VerifyReport> {
  if (dir !== undefined && (typeof dir !== 'string' || dir === '')) {
    throw new DvRulesError('INVALID_ARGUMENTS', `${API}: dir must be a folder path`, [{ path: 'dir', message: 'Expected a non-empty string' }]);
  }
  const root = dir ?? join(packageRoot(), 'rules');
  const present = await listRuleSetFiles(root);
  const manifest = shippedManifest();
  const listed = new Set(manifest.ruleSets.map((e) => e.file));

  const built = await verifyBuiltEntries(packageRoot());
  const report: VerifyReport = { ok: false, dir: root, checked: 0, matched: [], mismatches: [], missing: [], extra: [], compiled: checkCompiled(manifest), indexes: await checkIndexes(root, manifest, present), built };
  for (const entry of manifest.ruleSets) {
    if (!present.has(entry.file)) {
      report.missing.push({ id: entry.id, file: entry.file, expected: entry.sha256 });
      continue;
    }
    const actual = await hashFile(join(root, entry.file));
    report.checked += 1;
    if (actual === entry.sha256) report.matched.push({ id: entry.id, file: entry.file, sha256: actual });
    else report.mismatches.push({ id: entry.id, file: entry.file, expected: entry.sha256, actual });
  }
  for (const file of [...present].filter((f) => RULE_SET_FILE.test(f)).sort()) {
    if (!listed.has(file)) report.extra.push({ file, actual: await hashFile(join(root, file)) });
  }
  report.ok =
    report.mismatches.length === 0 &&
    report.missing.length === 0 &&
    report.extra.length === 0 &&
    report.compiled.mismatches.length === 0 &&
    report.indexes.mismatches.length === 0 &&
    built.ok;
  return report;
}

/** Each act's index.json listed in the manifest must hash as listed, and none may be unlisted. */
async function checkIndexes(root: string, manifest: ReturnType<typeof shippedManifest>, present: ReadonlySet<string>): Promise<VerifyReport['indexes']> {
  const listed = new Set(manifest.indexes.map((e) => e.file));
  const mismatches: VerifyReport['indexes']['mismatches'] = [];
  for (const entry of manifest.indexes) {
    const actual = present.has(entry.file) ? await hashFile(join(root, entry.file)) : null;
    if (actual !== entry.sha256) mismatches.push({ file: entry.file, expected: entry.sha256, actual });
  }
  for (const file of [...present].filter((f) => INDEX_FILE.test(f) && !listed.has(f)).sort()) {
    mismatches.push({ file, expected: null, actual: await hashFile(join(root, file)) });
  }
  return { checked: manifest.indexes.length, mismatches };
}

/** Every rule set compiled into the library, and every manifest entry, must agree by hash. */
function checkCompiled(manifest: ReturnType<typeof shippedManifest>): VerifyReport['compiled'] {
  const expected = new Map(manifest.ruleSets.map((e) => [e.id, e.sha256]));
  const compiled = shippedRuleSets();
  const mismatches = compiled
    .filter((l) => expected.get(l.ruleSet.id) !== l.sha256)
    .map((l) => ({ id: l.ruleSet.id, expected: expected.get(l.ruleSet.id) ?? null, actual: l.sha256 }));
  return { checked: compiled.length, mismatches };
}

async function listRuleSetFiles(root: string): Promise<Set<string>> {
  const list = async (dir: string) => {
    try {
      return await readdir(dir, { withFileTypes: true });
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code ?? 'error';
      throw new DvRulesError('FILE_NOT_READABLE', `${API}: cannot list ${dir} (${code})`, [], dir);
    }
  };
  // The layout is fixed (rules/<series>/<YYYY-MM-DD>.json), so two levels are read, not a whole tree.
  const files = new Set<string>();
  for (const series of await list(root)) {
    if (!series.isDirectory()) continue;
    for (const entry of await list(join(root, series.name))) {
      const file = `${series.name}/${entry.name}`;
      if (RULE_SET_FILE.test(file) || INDEX_FILE.test(file)) files.add(file);
    }
  }
  return files;
}

/**
 * The canonical-JSON SHA-256 of a file, or null when it is not readable as the loader reads it:
 * within the size limit, UTF-8, valid JSON, no key given twice (`"value": 5, "value": 2` would
 * hash as the last while a reader could take the first).
 */
async function hashFile(file: string): Promise<string | null> {
  try {
    return canonicalSha256(parseDataText(await readTextFile(file, API), { file, api: API, format: 'json' }));
  } catch {
    return null;
  }
}
