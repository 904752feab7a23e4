import { defineConfig } from 'tsup';

export default defineConfig({
  // Two library entries: `dv-rules-ro` (src/index.ts, no Node built-ins: it runs in a browser) and
  // `dv-rules-ro/node` (src/node/index.ts: files, verify, fixture discovery). The CLI (dist/cli.js,
  // with its shebang kept by esbuild) is a thin layer over both.
  entry: { index: 'src/index.ts', node: 'src/node/index.ts', cli: 'src/cli/main.ts' },
  format: ['esm', 'cjs'],
  dts: { entry: { index: 'src/index.ts', node: 'src/node/index.ts' } },
  clean: true,
  sourcemap: false,
  target: 'node20',
  platform: 'node',
  // Shared code goes into chunks that both entries load, so `dv-rules-ro/node` and `dv-rules-ro`
  // are one library at run time: one DvRulesError class, one registry of validated rule sets
  // (a rule set from loadRuleSetFile is accepted by evaluate). tsup splits the CJS build too.
  splitting: true,
  // import.meta.url in the CommonJS build (src/node/package-root.ts needs its own file's place).
  shims: true,
});
