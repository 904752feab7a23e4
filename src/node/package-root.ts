import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DvRulesError } from '../errors.js';

let cache: string | undefined;

/**
 * The folder of the installed `dv-rules-ro` package (the one holding its package.json), found by
 * walking up from the module file this code is in: a file of `dist/` (`node.js`, `node.cjs`, the
 * CLI, or a chunk they share) or, under a test runner, `src/node/package-root.ts`.
 *
 * @returns the absolute path of the package folder
 * @throws DvRulesError `FILE_NOT_READABLE` when the code was bundled away from its package
 * @example
 * packageRoot() //=> '/app/node_modules/dv-rules-ro'
 * @since 0.1.0
 */
export function packageRoot(): string {
  if (cache !== undefined) return cache;
  let dir = dirname(moduleFile());
  for (;;) {
    if (isThisPackage(join(dir, 'package.json'))) return (cache = dir);
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  throw new DvRulesError(
    'FILE_NOT_READABLE',
    'verifyRuleSets: cannot find the dv-rules-ro package folder (was the library bundled?); pass the rules folder explicitly',
    [],
  );
}

function moduleFile(): string {
  // In the CommonJS build, tsup's shim turns import.meta.url into the URL of __filename (the
  // CommonJS chunks are converted from ES modules, where import.meta would be a syntax error).
  return fileURLToPath(import.meta.url);
}

function isThisPackage(file: string): boolean {
  try {
    return (JSON.parse(readFileSync(file, 'utf8')) as { name?: unknown }).name === 'dv-rules-ro';
  } catch {
    return false;
  }
}
