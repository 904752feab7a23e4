import { defineConfig } from 'tsup';

export default defineConfig({
  // The CLI (dist/cli.js, with its shebang kept by esbuild) is a thin layer over the same code.
  entry: { index: 'src/index.ts', cli: 'src/cli/main.ts' },
  format: ['esm', 'cjs'],
  dts: { entry: { index: 'src/index.ts' } },
  clean: true,
  sourcemap: false,
  target: 'node20',
  platform: 'node',
  splitting: false,
});
