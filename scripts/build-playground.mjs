// Builds the classroom playground (playground/) into dist/playground/: index.html, style.css and
// one script, playground.js, bundled by esbuild from playground/main.ts and the library's main
// entry (src/index.ts). A classic script, not a module: Chromium refuses module scripts from
// file://, and the page must open from the file system. The shipped scenarios (their YAML text,
// validated by the page with parseFixtures) and the timeline entries (scripts/lib/rule-set-files.mjs,
// as docs/legal-timeline.md) are bundled in at build time: the page reads no file and asks no server.
//   node scripts/build-playground.mjs [--out DIR]
import { copyFileSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';
import { timelineEntries } from './lib/rule-set-files.mjs';
import { zodWithoutLocales } from './lib/zod-without-locales.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const src = join(root, 'playground');
const mainEntry = join(root, 'src', 'index.ts');

/**
 * @param {string} out - the folder to write
 * @returns {Promise<{ out: string, bytes: Record<string, number> }>} the folder and each file's size
 */
export async function buildPlayground(out = join(root, 'dist', 'playground')) {
  mkdirSync(out, { recursive: true });
  const scenarioDir = join(root, 'fixtures', 'scenarios');
  const scenarios = readdirSync(scenarioDir)
    .filter((f) => /\.ya?ml$/i.test(f))
    .sort()
    .map((f) => ({ file: `fixtures/scenarios/${f}`, text: readFileSync(join(scenarioDir, f), 'utf8') }));
  const data = { scenarios, timeline: timelineEntries(root) };
  await build({
    entryPoints: [join(src, 'main.ts')],
    outfile: join(out, 'playground.js'),
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    legalComments: 'none',
    logLevel: 'warning',
    plugins: [
      zodWithoutLocales,
      {
        name: 'playground-data',
        setup(b) {
          b.onResolve({ filter: /^playground-data$/ }, () => ({ path: 'playground-data', namespace: 'playground-data' }));
          b.onLoad({ filter: /.*/, namespace: 'playground-data' }, () => ({ contents: JSON.stringify(data), loader: 'json' }));
          // A thin layer over the public API: the page's own files may import the library's main
          // entry only, never one of its inner modules.
          b.onResolve({ filter: /\/src\// }, (args) => {
            const target = resolve(args.resolveDir, args.path).replace(/\.js$/, '.ts');
            if (args.importer.startsWith(src) && target !== mainEntry) {
              return { errors: [{ text: `${relative(root, args.importer)} imports ${args.path}: the playground uses the main entry (src/index.ts) only` }] };
            }
            return undefined;
          });
        },
      },
    ],
  });
  for (const f of ['index.html', 'style.css']) copyFileSync(join(src, f), join(out, f));
  const bytes = Object.fromEntries(['index.html', 'style.css', 'playground.js'].map((f) => [f, statSync(join(out, f)).size]));
  return { out, bytes };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { values } = parseArgs({ options: { out: { type: 'string' }, silent: { type: 'boolean' } } });
  const { out, bytes } = await buildPlayground(values.out === undefined ? undefined : resolve(values.out));
  const sizes = Object.entries(bytes).map(([f, n]) => `${f} ${(n / 1024).toFixed(1)} KiB`).join(', ');
  if (!values.silent) console.log(`playground built in ${relative(process.cwd(), out) || '.'}: ${sizes}`);
}
