import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { defineConfig, type Options } from 'tsup';
import { zodWithoutLocales } from './scripts/lib/zod-without-locales.mjs';

/**
 * The small implementation dependencies copied into dist instead of being imported at run time:
 * resolving and loading their many small files cost most of the import time of `dv-rules-ro`.
 * They are devDependencies (a consumer does not install them); THIRD-PARTY-NOTICES lists each one
 * (test/integrators/third-party-notices.test.ts checks it against this list). zod is copied too,
 * a dependency still (`bundledRuntimeDependencies`).
 * json-rules-engine stays external: it is the reference path, loaded lazily, at pinned versions.
 * (tsup bundles whatever package.json does not list in dependencies; this list says so explicitly,
 * and the tests read it: test/integrators/isomorphic-entry.test.ts counts these as declared.)
 */
export const bundledDependencies = ['date-fns', '@date-fns/tz', '@noble/hashes', 'yaml'];
/**
 * Copied into dist as well, but a dependency still: zod (resolving and loading its hundred-odd
 * files was some 50 ms of the import), without its locales (scripts/lib/zod-without-locales.mjs).
 * The published types refer to it, and a caller's own zod composes with the exported schemas (zod 4
 * schemas of two copies compose; test/integrators/packaging.test.ts).
 */
export const bundledRuntimeDependencies = ['zod'];

/**
 * `yaml` under the `node` condition is its CommonJS build, which requires `process` and `buffer`
 * (for debug variables, emitted warnings and `!!binary`, none of which readYaml uses: logLevel
 * silent, core schema): bundled into an ES module those requires fail. Its ES build (the one the
 * browser and the playground already run) has no such require and is what gets bundled.
 */
const yamlEsm = {
  name: 'yaml-esm',
  setup(build) {
    const path = join(dirname(createRequire(import.meta.url).resolve('yaml/package.json')), 'browser', 'index.js');
    build.onResolve({ filter: /^yaml$/ }, () => ({ path }));
  },
} satisfies NonNullable<Options['esbuildPlugins']>[number];

/**
 * The rule sets and label packs (some 350 kB of JSON) go into dist as one string each, handed to
 * `JSON.parse`, instead of as object literals: V8 compiles a string literal several times faster
 * than the same data as a literal, and `JSON.parse` is its fast path to the same objects (same keys
 * in the same order, same values).
 */
const jsonAsString = {
  name: 'json-as-string',
  setup(build) {
    build.onLoad({ filter: /[\\/](rules|labels)[\\/][^\\/]+(?:[\\/][^\\/]+)?\.json$/ }, async (args) => {
      // Parsed here, so a malformed file fails the build as esbuild's own JSON loader would.
      const text = JSON.stringify(JSON.parse(await readFile(args.path, 'utf8')));
      return { contents: `export default JSON.parse(${JSON.stringify(text)});`, loader: 'js' };
    });
  },
} satisfies NonNullable<Options['esbuildPlugins']>[number];

const common = {
  target: 'node20',
  platform: 'node',
  sourcemap: false,
  noExternal: [...bundledDependencies, ...bundledRuntimeDependencies],
  esbuildPlugins: [yamlEsm, jsonAsString, zodWithoutLocales],
} satisfies Options;

export default defineConfig([
  {
    ...common,
    // Two library entries: `dv-rules-ro` (src/index.ts, no Node built-ins: it runs in a browser) and
    // `dv-rules-ro/node` (src/node/index.ts: files, verify, fixture discovery).
    entry: { index: 'src/index.ts', node: 'src/node/index.ts' },
    format: ['esm', 'cjs'],
    dts: { entry: { index: 'src/index.ts', node: 'src/node/index.ts' } },
    // The two configs build at once into one folder: this one's clean must leave the CLI's file.
    clean: ['!cli.js'],
    // Shared code goes into chunks that both entries load, so `dv-rules-ro/node` and `dv-rules-ro`
    // are one library at run time: one DvRulesError class, one registry of validated rule sets
    // (a rule set from loadRuleSetFile is accepted by evaluate). tsup splits the CJS build too.
    splitting: true,
    // import.meta.url in the CommonJS build (src/node/package-root.ts needs its own file's place).
    shims: true,
  },
  {
    ...common,
    // The CLI (dist/cli.js, its shebang kept by esbuild) is one self-contained ES module with its
    // own copy of the rule sets, so that `verify` checks the copy the CLI runs by itself: an edit
    // to dist/cli.js is reported as dist/cli.js. Imported (not run), it only exports
    // listRuleSets and shippedManifest (src/cli/main.ts).
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    clean: false,
    splitting: false,
  },
]);
