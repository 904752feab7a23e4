// Writes rules/manifest.json: every rule-set file under rules/ with the SHA-256 of its canonical
// JSON, the same hash `parseRuleSet` records and every result's receipt carries. Run it after
// adding a rule set (`node scripts/build-manifest.mjs`); test/integrators/manifest.test.ts fails
// when a rule-set file and its entry disagree. The output depends only on the files' content.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const rulesDir = join(root, 'rules');

// Must stay identical to src/versions/canonical-json.ts (the manifest test compares the two):
// it is repeated here so that the manifest can be written before the library is built.
function canonicalJson(value) {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map((v) => canonicalJson(v)).join(',')}]`;
  const entries = Object.keys(value)
    .filter((k) => value[k] !== undefined)
    .sort()
    .map((k) => `${JSON.stringify(k)}:${canonicalJson(value[k])}`);
  return `{${entries.join(',')}}`;
}

/** The manifest object for the rule sets under `dir`, sorted by id. */
export function buildManifest(dir = rulesDir) {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const ruleSets = readdirSync(dir, { recursive: true })
    .map((f) => String(f).split('\\').join('/'))
    .filter((f) => /^[^/]+\/\d{4}-\d{2}-\d{2}\.json$/.test(f))
    .map((file) => {
      const data = JSON.parse(readFileSync(join(dir, file), 'utf8'));
      const sha256 = createHash('sha256').update(canonicalJson(data), 'utf8').digest('hex');
      return { id: data.id, file, effectiveFrom: data.effectiveFrom, status: data.status, sha256 };
    })
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  // Each act's index.json (title, citation, link): not a rule set, but shipped text a reader trusts.
  const indexes = readdirSync(dir, { recursive: true })
    .map((f) => String(f).split('\\').join('/'))
    .filter((f) => /^[^/]+\/index\.json$/.test(f))
    .sort()
    .map((file) => ({ file, sha256: createHash('sha256').update(canonicalJson(JSON.parse(readFileSync(join(dir, file), 'utf8'))), 'utf8').digest('hex') }));
  return { manifestVersion: 1, library: { name: pkg.name, version: pkg.version }, ruleSets, indexes };
}

/** The manifest as the text of rules/manifest.json. */
export function renderManifest(dir = rulesDir) {
  return `${JSON.stringify(buildManifest(dir), null, 2)}\n`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const text = renderManifest();
  writeFileSync(join(rulesDir, 'manifest.json'), text);
  console.log(`rules/manifest.json written (${JSON.parse(text).ruleSets.length} rule sets)`);
}
