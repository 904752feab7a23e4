// The main entry (`dv-rules-ro`) must run in a browser: nothing it loads, directly or through its
// own modules, may be a Node built-in. Checked twice: on the sources (every module reachable
// from src/index.ts) and on the build (dist/index.js and dist/index.cjs with the chunks they
// load). The CLI, for its part, may use the library only through its two public entries.
import { execFile } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { promisify } from 'node:util';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildLibrary, isNodeBuiltin, specifiersIn } from '../support/built-library.js';
import { bundledDependencies } from '../../tsup.config.js';

const src = resolve('src');

/** Every specifier a source file imports, type-only imports, re-exports, import() and require() included. */
function sourceSpecifiers(file: string): string[] {
  return ts.preProcessFile(readFileSync(file, 'utf8'), true, true).importedFiles.map((f) => f.fileName);
}

/** The file a relative specifier of `from` names: `./x.js` is `./x.ts` in the sources. */
function resolveSource(from: string, specifier: string): string {
  const target = resolve(dirname(from), specifier);
  const candidates = [target.replace(/\.js$/, '.ts'), target, `${target}.ts`];
  const found = candidates.find((c) => existsSync(c) && statSync(c).isFile());
  if (found === undefined) throw new Error(`${relative('.', from)} imports ${specifier}, which does not exist`);
  return found;
}

/** Walks a module graph from `entry`: each module's file, and the bare specifiers (packages, built-ins) it loads. */
function walk(entry: string, specifiersOf: (file: string) => string[], resolveRelative: (from: string, spec: string) => string): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (graph.has(file)) continue;
    const bare: string[] = [];
    for (const spec of specifiersOf(file)) {
      if (spec.startsWith('.')) {
        const target = resolveRelative(file, spec);
        if (!target.endsWith('.json')) queue.push(target);
      } else bare.push(spec);
    }
    graph.set(file, bare);
  }
  return graph;
}

/** `file: specifier` for every Node built-in the graph loads. */
function builtinsIn(graph: Map<string, string[]>, root: string): string[] {
  return [...graph].flatMap(([file, bare]) => bare.filter(isNodeBuiltin).map((spec) => `${relative(root, file)}: ${spec}`));
}

describe('the main entry, in the sources', () => {
  const graph = walk(join(src, 'index.ts'), sourceSpecifiers, resolveSource);

  it('reaches the library modules it exports, and none of src/node or src/cli', () => {
    const files = [...graph.keys()].map((f) => relative(src, f));
    expect(files).toContain('evaluate.ts');
    expect(files).toContain('versions/parse-data-text.ts');
    expect(files.filter((f) => f.startsWith('node/') || f.startsWith('cli/'))).toEqual([]);
  });

  it('imports no Node built-in, directly or through its own modules', () => {
    expect(builtinsIn(graph, src)).toEqual([]);
  });

  it('loads only the packages it declares as dependencies', () => {
    // The packages tsup copies into dist/ count as declared: the built entries do not import them.
    const declared = [...Object.keys((JSON.parse(readFileSync('package.json', 'utf8')) as { dependencies: Record<string, string> }).dependencies), ...bundledDependencies];
    const packageOf = (spec: string): string => spec.split('/').slice(0, spec.startsWith('@') ? 2 : 1).join('/');
    const used = new Set([...graph.values()].flat().map(packageOf));
    expect([...used].filter((p) => !declared.includes(p))).toEqual([]);
  });

  it('still finds a Node built-in when one is there (the check can fail)', () => {
    const node = walk(join(src, 'node', 'index.ts'), sourceSpecifiers, resolveSource);
    expect(builtinsIn(node, src)).toEqual(expect.arrayContaining(['node/read-text-file.ts: node:fs/promises']));
  });
});

describe('the main entry, as built', () => {
  let dist = '';
  let remove = (): void => {};
  const resolveBuilt = (from: string, spec: string): string => resolve(dirname(from), spec);

  beforeAll(async () => {
    ({ dir: dist, remove } = await buildLibrary());
  }, 120_000);
  afterAll(() => remove());

  it.each(['index.js', 'index.cjs'])('%s and the chunks it loads require no Node built-in', (entry) => {
    const graph = walk(join(dist, entry), specifiersIn, resolveBuilt);
    expect(graph.size).toBeGreaterThan(1);
    expect(builtinsIn(graph, dist)).toEqual([]);
  });

  it.each(['node.js', 'node.cjs'])('%s, by contrast, does load Node built-ins (the scan sees them in built code)', (entry) => {
    const graph = walk(join(dist, entry), specifiersIn, resolveBuilt);
    expect(builtinsIn(graph, dist).length).toBeGreaterThan(0);
  });

  // The two entries are bundled with shared chunks: were each a copy, a rule set read by the node
  // entry would not be one the main entry validated, and its errors another DvRulesError class.
  it.each([
    ['ES modules', 'mjs', `import * as main from './index.js';\nimport * as node from './node.js';`],
    ['CommonJS', 'cjs', `const main = require('./index.cjs');\nconst node = require('./node.cjs');`],
  ])('is one library with the node entry from %s: a loaded rule set is accepted, an error is a DvRulesError', async (_name, ext, load) => {
    const script = join(dist, `same-library.${ext}`);
    writeFileSync(
      script,
      `${load}
(async () => {
  const form = await node.loadRuleSetFile(${JSON.stringify(resolve('rules/ro-police-risk-form/2018-12-28.json'))});
  const r = await main.evaluate({ schemaVersion: 1, incidentAt: '2019-03-01T20:00:00+02:00', relationship: 'spouse', riskForm: { answers: { q1: 'yes', q4: 'yes' } } }, { ruleSets: [form] });
  const e = await node.loadRuleSetFile('missing.json').catch((e) => e);
  console.log(JSON.stringify({ user: r.receipt.options.userRuleSets.length, risk: r.riskAssessment.imminentRisk, same: e instanceof main.DvRulesError, code: e.code }));
})();
`,
    );
    const { stdout } = await promisify(execFile)('node', [script], { cwd: dist });
    expect(JSON.parse(stdout)).toEqual({ user: 1, risk: true, same: true, code: 'FILE_NOT_READABLE' });
  });
});

describe('the CLI', () => {
  const cliFiles = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? cliFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));

  it('uses the library only through its two public entries, src/index.ts and src/node/index.ts', () => {
    // package.json is data (the bug-report address), not library code.
    const entries = [join(src, 'index.ts'), join(src, 'node', 'index.ts'), join(src, '..', 'package.json')];
    const outside = cliFiles(join(src, 'cli')).flatMap((file) =>
      sourceSpecifiers(file)
        .filter((spec) => spec.startsWith('.'))
        .map((spec) => ({ file, target: resolveSource(file, spec) }))
        .filter(({ target }) => !entries.includes(target) && !target.startsWith(join(src, 'cli') + '/'))
        .map(({ file, target }) => `${relative(src, file)} imports ${relative(src, target)}`),
    );
    expect(outside).toEqual([]);
  });
});
