import type { Fixture } from '../fixtures/fixture-schema.js';
import { parseFixtures } from '../fixtures/parse-fixtures.js';
import { readTextFile } from './read-text-file.js';

const API = 'runFixtures';

/**
 * Reads one fixture file (JSON, or YAML when it ends in `.yaml`/`.yml`) and validates it with
 * `parseFixtures`: every way a file can be wrong is an `INVALID_FIXTURE` naming the file, with the
 * path inside it (`fixtures[2].expect`).
 *
 * @param file - path to the fixture file
 * @returns its fixtures, in file order
 * @throws DvRulesError `INVALID_FIXTURE` (syntax, forbidden keys, schema) or `FILE_NOT_READABLE`
 * @example
 * (await readFixtureFile('fixtures/examples/police-risk-form-2018.yaml'))[0].name
 * //=> 'On 2018-12-28, the day the 2018 form took effect, two YES answers among questions 1-7 establish imminent risk'
 * @since 0.1.0
 */
export async function readFixtureFile(file: string): Promise<Fixture[]> {
  return parseFixtures(await readTextFile(file, API), { file, api: API });
}
