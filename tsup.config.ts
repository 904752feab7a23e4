import { defineConfig, type Options } from 'tsup';

const common = { target: 'node20', platform: 'node', sourcemap: false } satisfies Options;

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
