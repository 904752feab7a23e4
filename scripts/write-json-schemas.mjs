// Writes schema/<name>.json for every name in `schemaNames`, from the BUILT library (run
// `npm run build` first): `npm run build --silent && node scripts/write-json-schemas.mjs`.
// test/integrators/json-schema-files.test.ts fails when a file is stale, missing or extra.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'schema');
const { jsonSchema, schemaNames } = await import('../dist/index.js');

mkdirSync(out, { recursive: true });
for (const name of schemaNames) {
  // The same text `dv-rules schema <name>` prints.
  writeFileSync(join(out, `${name}.json`), `${JSON.stringify(jsonSchema(name), null, 2)}\n`);
}
// A schema the library no longer publishes must not linger in the package.
for (const file of readdirSync(out)) {
  if (file.endsWith('.json') && !schemaNames.includes(file.slice(0, -'.json'.length))) {
    rmSync(join(out, file));
    console.log(`schema/${file} removed`);
  }
}
console.log(`schema/: ${schemaNames.map((n) => `${n}.json`).join(', ')} written`);
