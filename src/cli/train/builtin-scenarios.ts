import { join } from 'node:path';
import { packageRoot } from '../../node/index.js';
import { usageError } from '../parse-command-args.js';

/** The value of `--scenario` that names the scenarios shipped with the package. */
export const BUILTIN = 'builtin';

/**
 * The scenario paths a quiz runs: the package's own `fixtures/scenarios` for `builtin` (or when
 * none is given), the others as given.
 *
 * @param given - the `--scenario` values
 * @returns the paths
 * @throws DvRulesError `INVALID_ARGUMENTS` when the package folder cannot be found (a bundled copy)
 * @example
 * scenarioPaths(['builtin']) //=> ['/app/node_modules/dv-rules-ro/fixtures/scenarios']
 * @since 0.1.0
 */
export function scenarioPaths(given: readonly string[]): string[] {
  const paths = given.length === 0 ? [BUILTIN] : given;
  return paths.map((p) => (p === BUILTIN ? builtinFolder() : p));
}

function builtinFolder(): string {
  try {
    return join(packageRoot(), 'fixtures', 'scenarios');
  } catch {
    throw usageError('the scenarios shipped with dv-rules-ro cannot be found (was the command bundled away from its package?)', 'give the scenario files with --scenario FILE');
  }
}
