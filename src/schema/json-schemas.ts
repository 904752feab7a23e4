import { DvRulesError } from '../errors.js';
import { z } from 'zod';
import { fixtureFileSchema } from '../fixtures/fixture-schema.js';
import { caseSchema } from './case.js';
import { labelPackSchema } from './label-pack.js';
import { resultSchema } from './result.js';
import { ruleSetSchema } from './rule-set.js';

/** The documents the library publishes a JSON Schema for. */
export const schemaNames = ['case', 'result', 'rule-set', 'fixture', 'label-pack'] as const;
export type SchemaName = (typeof schemaNames)[number];

const SCHEMAS = {
  case: caseSchema,
  result: resultSchema,
  'rule-set': ruleSetSchema,
  fixture: fixtureFileSchema,
  'label-pack': labelPackSchema,
} as const;

/**
 * The JSON Schema (draft 2020-12) of a document, generated from its zod schema, for systems in
 * other languages that validate before they call.
 *
 * @param name - `case`, `result`, `rule-set`, `fixture` (a fixture file) or `label-pack`
 * @returns the JSON Schema object
 * @throws DvRulesError `INVALID_ARGUMENTS` for a name that is not in `schemaNames`
 * @example
 * jsonSchema('case').required //=> ['schemaVersion', 'incidentAt', 'relationship']
 * @since 0.1.0
 */
export function jsonSchema(name: SchemaName): Record<string, unknown> {
  if (!(schemaNames as readonly unknown[]).includes(name)) {
    throw new DvRulesError('INVALID_ARGUMENTS', `jsonSchema: no schema named ${JSON.stringify(String(name)).slice(0, 40)}`, [
      { path: 'name', message: `Expected one of: ${schemaNames.join(', ')}` },
    ]);
  }
  const schema = z.toJSONSchema(SCHEMAS[name], { target: 'draft-2020-12', io: name === 'result' ? 'output' : 'input' });
  return { $id: `https://dv-rules-ro.invalid/schema/${name}.json`, title: `dv-rules-ro ${name}`, ...schema };
}
