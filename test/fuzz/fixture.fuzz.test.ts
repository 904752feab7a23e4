import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { parse as parseYaml, stringify as toYaml } from 'yaml';
import { readFixtureFile, runFixtures } from '../../src/node/index.js';
import { badValueArb, expectCleanError, expectNoPollution, MARKER, pathsOf, prototypeKeyArb, REMOVE, RUNS, withValueAt } from './fuzz-kit.js';

const sources = ['fixtures/examples', 'fixtures/legal-changes'].flatMap((dir) =>
  readdirSync(dir)
    .filter((f) => /\.(json|ya?ml)$/.test(f))
    .map((f) => parseYaml(readFileSync(join(dir, f), 'utf8')) as unknown),
);
const dir = mkdtempSync(join(tmpdir(), 'dv-rules-fixture-fuzz-'));

/** A fixture document with one value changed, removed, or a prototype key added, written as JSON or YAML. */
const mutatedFileArb = fc
  .constantFrom(...sources)
  .chain((doc) =>
    fc.tuple(
      fc.constant(doc),
      fc.constantFrom(...pathsOf(doc)),
      fc.oneof(
        { weight: 5, arbitrary: badValueArb },
        { weight: 1, arbitrary: fc.constant<unknown>(REMOVE) },
        { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
        { weight: 1, arbitrary: prototypeKeyArb.map((k) => ({ [k]: MARKER })) },
      ),
      fc.constantFrom('json' as const, 'yaml' as const),
    ),
  )
  .map(([doc, path, value, format]) => ({ doc: withValueAt(doc, path, value), format }));

/** Writes the document; null when it has no text form (a BigInt, a symbol at the root). */
function write(doc: unknown, format: 'json' | 'yaml', name: string): string | null {
  let text: string | undefined;
  try {
    text = format === 'json' ? JSON.stringify(doc) : toYaml(doc);
  } catch {
    return null;
  }
  if (text === undefined) return null;
  const file = join(dir, `${name}.${format}`);
  writeFileSync(file, text);
  return file;
}

afterEach(() => expectNoPollution());

describe('fixture loading under fuzzing: fixtures or INVALID_FIXTURE, never a crash or a leak', () => {
  it('reads or refuses a shipped fixture file with one value changed', async () => {
    await fc.assert(
      fc.asyncProperty(mutatedFileArb, async ({ doc, format }) => {
        const file = write(doc, format, 'mutated');
        if (file === null) return;
        const outcome = await readFixtureFile(file).catch((e: unknown) => ({ thrown: e }));
        expectNoPollution();
        if ('thrown' in outcome) expectCleanError(outcome.thrown, ['INVALID_FIXTURE']);
        else expect(outcome.length).toBeGreaterThan(0);
      }),
      { numRuns: RUNS.fixtureFileMutated },
    );
  });

  it('runs a mutated fixture file to a report or refuses it, never throwing anything else', async () => {
    await fc.assert(
      fc.asyncProperty(mutatedFileArb, async ({ doc, format }) => {
        const file = write(doc, format, 'run');
        if (file === null) return;
        const report = await runFixtures([file]).catch((e: unknown) => ({ thrown: e }));
        if ('thrown' in report) {
          expectCleanError(report.thrown, ['INVALID_FIXTURE']);
          return;
        }
        expect(report.passed + report.failed).toBe(report.results.length);
        for (const r of report.results) expect(r.error?.message ?? '').not.toContain(MARKER);
      }),
      { numRuns: RUNS.fixtureRun },
    );
  });
});
