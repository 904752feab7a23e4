// The library's JavaScript as `npm run build` makes it (the same tsup config, without the type
// declarations, which take 20 seconds and are not what these tests read), built fresh into a
// temporary folder: the repository's dist/ may be stale or absent when one test file is run.
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, resolve } from 'node:path';
import { build } from 'tsup';
import configs from '../../tsup.config.js';

/**
 * Builds dist/ into a new folder under node_modules/.cache (inside the repository, so that Node
 * and esbuild resolve the dependencies from it, and packageRoot finds the package.json).
 *
 * @returns the folder holding index.js, index.cjs, node.js, node.cjs, cli.js and their chunks,
 *   and a function that removes it
 */
export async function buildLibrary(): Promise<{ dir: string; remove: () => void }> {
  const cache = resolve('node_modules', '.cache');
  mkdirSync(cache, { recursive: true });
  const dir = mkdtempSync(join(cache, 'dv-rules-dist-'));
  // One after the other: the library's build cleans the folder first.
  for (const config of configs as Array<Parameters<typeof build>[0]>) await build({ ...config, config: false, dts: false, outDir: dir, silent: true });
  if (!readdirSync(dir).includes('index.js')) throw new Error(`tsup wrote no index.js into ${dir}`);
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** True for a specifier that names a Node built-in module (`node:fs`, `fs`, `fs/promises`, `vm`, …). */
export function isNodeBuiltin(specifier: string): boolean {
  if (specifier.startsWith('node:')) return true;
  return builtinModules.includes(specifier) || builtinModules.includes(specifier.split('/')[0] ?? '');
}

/**
 * Every module specifier a built JavaScript file loads: static and dynamic imports, re-exports,
 * side-effect imports and `require` calls. Built files keep no comments, so a match is code.
 */
export function specifiersIn(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const patterns = [
    /\bfrom\s*["']([^"']+)["']/g,
    /\bimport\s*["']([^"']+)["']/g,
    /\bimport\s*\(\s*["']([^"']+)["']\s*\)/g,
    // esbuild writes `__require("x")` for a require it could not resolve.
    /(?:\b|__)require\s*\(\s*["']([^"']+)["']\s*\)/g,
  ];
  return patterns.flatMap((p) => [...text.matchAll(p)].map((m) => m[1] ?? ''));
}
