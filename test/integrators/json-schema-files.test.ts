import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CliIo } from '../../src/cli/io.js';
import { runCli } from '../../src/cli/run-cli.js';
import { jsonSchema, schemaNames } from '../../src/index.js';

/** The text of schema/<name>.json: what `dv-rules schema <name>` prints. */
const expected = (name: (typeof schemaNames)[number]): string => `${JSON.stringify(jsonSchema(name), null, 2)}\n`;

function captureIo(): CliIo & { stdout: () => string; stderr: () => string } {
  let out = '';
  let err = '';
  return { readStdin: async () => '', out: (t) => void (out += t), err: (t) => void (err += t), color: false, stdout: () => out, stderr: () => err };
}

describe('schema/*.json, the JSON Schemas shipped as files', () => {
  it('holds exactly one file per published schema (regenerate: npm run build && node scripts/write-json-schemas.mjs)', () => {
    const files = readdirSync('schema').filter((f) => f.endsWith('.json')).sort();
    expect(files).toEqual(schemaNames.map((n) => `${n}.json`).sort());
  });

  it.each(schemaNames.map((n) => [n]))('schema/%s.json is what the zod schema produces now', (name) => {
    expect(readFileSync(`schema/${name}.json`, 'utf8')).toBe(expected(name));
  });

  it.each(schemaNames.map((n) => [n]))('dv-rules schema %s prints the shipped file', async (name) => {
    const io = captureIo();
    expect(await runCli(['schema', name], io)).toBe(0);
    expect(io.stderr()).toBe('');
    expect(io.stdout()).toBe(readFileSync(`schema/${name}.json`, 'utf8'));
  });

  it('gives each schema a stable $id and the 2020-12 dialect', () => {
    for (const name of schemaNames) {
      const schema = JSON.parse(readFileSync(`schema/${name}.json`, 'utf8')) as Record<string, unknown>;
      expect(schema['$id']).toBe(`https://dv-rules-ro.invalid/schema/${name}.json`);
      expect(schema['$schema']).toBe('https://json-schema.org/draft/2020-12/schema');
    }
  });
});
