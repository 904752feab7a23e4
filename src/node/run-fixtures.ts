import { DvRulesError } from '../errors.js';
import type { Fixture } from '../fixtures/fixture-schema.js';
import { runParsedFixtures, type FixtureReport } from '../fixtures/run-fixture-documents.js';
import type { LoadedRuleSet } from '../versions/parse-rule-set.js';
import { findFixtureFiles } from './find-fixture-files.js';
import { readFixtureFile } from './read-fixture-file.js';

/**
 * Runs fixture files: finds them (`findFixtureFiles`: folders searched recursively, in name order,
 * for `.json`, `.yaml` and `.yml` files), reads and validates every one before any case runs, then
 * checks each fixture as `runFixtureDocuments` does. A failing expectation is reported, not thrown;
 * an invalid fixture file is thrown, because its other fixtures cannot be trusted either.
 *
 * @param paths - fixture files and folders
 * @param options - `exclude`: folder names not to descend into (none by default); `ruleSets`: the
 *   caller's own rule sets (from `loadRuleSetFile`), used in every fixture as `evaluate` uses them
 *   (an agency testing its verified 2024 form in CI)
 * @returns the report
 * @throws DvRulesError `INVALID_FIXTURE` naming the file and the path inside it; `FILE_NOT_READABLE`;
 *   `INVALID_ARGUMENTS` when `paths` is empty or not strings
 * @example
 * const report = await runFixtures(['fixtures/examples']);
 * report.failed //=> 0
 * @since 0.1.0
 */
export async function runFixtures(
  paths: readonly string[],
  options: { exclude?: readonly string[]; ruleSets?: readonly LoadedRuleSet[] } = {},
): Promise<FixtureReport> {
  if (!Array.isArray(paths) || !paths.every((p) => typeof p === 'string' && p !== '')) {
    throw new DvRulesError('INVALID_ARGUMENTS', 'runFixtures: paths must be an array of file or folder paths', [{ path: 'paths', message: 'Expected an array of non-empty strings' }]);
  }
  if (paths.length === 0) throw new DvRulesError('INVALID_ARGUMENTS', 'runFixtures: give at least one fixture file or folder', [{ path: 'paths', message: 'Empty' }]);
  const { files, skipped } = await findFixtureFiles(paths, options.exclude ?? []);
  const loaded: Array<{ file: string; fixtures: Fixture[] }> = [];
  // Every file is validated before any case runs: a broken file stops the run before it reports.
  for (const file of files) loaded.push({ file, fixtures: await readFixtureFile(file) });
  return runParsedFixtures(loaded, skipped, options.ruleSets ?? []);
}
