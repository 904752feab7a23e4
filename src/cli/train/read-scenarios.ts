import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Fixture } from '../../index.js';
import { readFixtureFile } from '../../node/index.js';
import { usageError } from '../parse-command-args.js';
import { refuseNonRegularFile } from '../regular-file.js';

/** One training scenario: a vignette and its versions (fixtures sharing `scenario.id`), in file order. */
export interface Scenario {
  id: string;
  title: { en: string; ro: string };
  vignette: { en: string; ro: string };
  versions: Fixture[];
}

const FIXTURE_FILE = /\.(?:json|ya?ml)$/i;

/**
 * Reads scenario files (or folders of them, in name order) with the same reader and checks as
 * `dv-rules fixtures`, and groups their fixtures into scenarios by `scenario.id`, in order of first
 * appearance. Fixtures without a `scenario` block are counted and left out.
 *
 * @param paths - fixture files or folders
 * @returns the scenarios and how many fixtures were left out
 * @throws DvRulesError `INVALID_FIXTURE` / `FILE_NOT_READABLE` from the fixture reader;
 *   `INVALID_ARGUMENTS` when no fixture has a scenario block
 * @example
 * (await readScenarios(['fixtures/scenarios/08-partner-court-order-months-2023.yaml'])).scenarios[0].versions.length //=> 2
 * @since 0.1.0
 */
export async function readScenarios(paths: readonly string[]): Promise<{ scenarios: Scenario[]; leftOut: number }> {
  const byId = new Map<string, Scenario>();
  let leftOut = 0;
  for (const file of await expand(paths)) {
    await refuseNonRegularFile(file, 'train');
    for (const fixture of await readFixtureFile(file)) {
      const meta = fixture.scenario;
      if (meta === undefined) {
        leftOut += 1;
        continue;
      }
      const known = byId.get(meta.id);
      if (known) known.versions.push(fixture);
      else byId.set(meta.id, { id: meta.id, title: meta.title, vignette: meta.vignette, versions: [fixture] });
    }
  }
  if (byId.size === 0) throw usageError(`no fixture in ${paths.join(', ')} has a scenario block (see docs/training.md)`);
  return { scenarios: [...byId.values()], leftOut };
}

/** Files as given; folders replaced by their fixture files, in code-unit order. */
async function expand(paths: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const path of paths) {
    const info = await stat(path).catch(() => undefined);
    if (info?.isDirectory()) {
      const names = (await readdir(path)).filter((n) => FIXTURE_FILE.test(n)).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
      files.push(...names.map((n) => join(path, n)));
    } else {
      // A missing file is reported by the fixture reader, as FILE_NOT_READABLE naming it.
      files.push(path);
    }
  }
  return files;
}
