// The small dependencies copied into dist/ (tsup.config.ts `bundledDependencies`) are no longer
// installed beside the package, so their licences travel in THIRD-PARTY-NOTICES; and the built
// entries must not import them, or a consumer (who does not install them) could not load them.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bundledDependencies, bundledRuntimeDependencies } from '../../tsup.config.js';

const notices = readFileSync('THIRD-PARTY-NOTICES', 'utf8');
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
  files: string[];
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};
// Read from node_modules/ directly: not every package exports its package.json (@noble/hashes does not).
const installed = (name: string) => JSON.parse(readFileSync(`node_modules/${name}/package.json`, 'utf8')) as { version: string; license: string };
/** Every package a built file names in an import, export-from, dynamic import or require. */
const importedPackages = (text: string): string[] =>
  [...text.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|\brequire\s*\(\s*)["'`]([^"'`./][^"'`]*)["'`]/g)].map((m) => m[1]!);

describe('the bundled dependencies', () => {
  it('are listed in THIRD-PARTY-NOTICES with their installed version, licence and copyright line', () => {
    expect(bundledDependencies.length).toBeGreaterThan(0);
    for (const name of [...bundledDependencies, ...bundledRuntimeDependencies]) {
      const { version, license } = installed(name);
      const section = notices.split(/^={20,}$/m).find((s) => s.trimStart().startsWith(`${name} ${version}\n`));
      expect(section, `${name} ${version} in THIRD-PARTY-NOTICES`).toBeDefined();
      expect(section).toContain(`Licence: ${license}`);
      expect(section).toMatch(/^Copyright .+$/m);
    }
  });

  it('are development dependencies only: a consumer does not install them', () => {
    for (const name of bundledDependencies) {
      expect(pkg.dependencies[name], name).toBeUndefined();
      expect(pkg.devDependencies[name], name).toBeDefined();
    }
  });

  it('ship their notices: THIRD-PARTY-NOTICES is in package.json "files"', () => {
    expect(pkg.files).toContain('THIRD-PARTY-NOTICES');
  });

  it('are not imported by any built entry, ES module or CommonJS (dist/ as `npm run build` left it)', () => {
    const built = readdirSync('dist').filter((f) => /\.(c?js)$/.test(f));
    expect(built).toContain('index.js');
    expect(built).toContain('index.cjs');
    expect(built).toContain('cli.js');
    for (const file of built) {
      const imported = importedPackages(readFileSync(`dist/${file}`, 'utf8'));
      const bundled = imported.filter((id) => [...bundledDependencies, ...bundledRuntimeDependencies].some((name) => id === name || id.startsWith(`${name}/`)));
      expect(bundled, `dist/${file}`).toEqual([]);
    }
  });

  it('copy zod without its locales: only English, the one the library uses, is in a built file', () => {
    for (const file of readdirSync('dist').filter((f) => /\.(c?js)$/.test(f))) {
      const text = readFileSync(`dist/${file}`, 'utf8');
      const locales = [...new Set([...text.matchAll(/node_modules\/zod\/v4\/locales\/([\w-]+)\.js/g)].map((m) => m[1]))];
      expect(locales.filter((l) => l !== 'en'), `dist/${file}`).toEqual([]);
    }
    // The check can fail: the chunk that carries zod names zod's English locale.
    expect(readdirSync('dist').some((f) => /\.js$/.test(f) && readFileSync(`dist/${f}`, 'utf8').includes('node_modules/zod/v4/locales/en.js'))).toBe(true);
  });

  it('include zod, a dependency still (the published types refer to it)', () => {
    for (const name of bundledRuntimeDependencies) expect(pkg.dependencies[name], name).toBeDefined();
    expect(importedPackages(readFileSync('dist/index.d.ts', 'utf8'))).toContain('zod');
  });
});
