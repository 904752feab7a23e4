import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/index.js';

/** Library code never prints: case data must not reach a log, and printing is the CLI's job. */
const PRINTING = /\bconsole\s*\.\s*[a-zA-Z]+\s*\(|\bprocess\s*\.\s*(?:stdout|stderr)\b/;

describe('the library outside src/cli/', () => {
  it('never calls console.* nor writes to process.stdout or process.stderr', () => {
    const offenders = readdirSync('src', { recursive: true })
      .map((f) => String(f).split('\\').join('/'))
      .filter((f) => /\.[cm]?[jt]s$/.test(f) && !f.startsWith('cli/'))
      .flatMap((f) =>
        readFileSync(`src/${f}`, 'utf8')
          .split('\n')
          .map((line, i) => ({ where: `src/${f}:${i + 1}`, line }))
          // A comment may mention the console; code may not use it.
          .filter(({ line }) => !/^\s*(?:\/\/|\*|\/\*)/.test(line) && PRINTING.test(line.replace(/\/\/.*$/, '')))
          .map(({ where, line }) => `${where}: ${line.trim()}`),
      );
    expect(offenders).toEqual([]);
  });
});

describe('a dependency asked to log (DEBUG=json-rules-engine)', () => {
  const aCase = { schemaVersion: 1, incidentAt: '2024-03-02T21:15:00+02:00', relationship: 'spouse', riskForm: { answers: { q1: 'yes', q4: 'yes' } } };

  it('prints nothing from evaluate: the engine would log the case facts', async () => {
    // The engine reads DEBUG when its module loads, which happened before this test: replay that
    // by swapping its logger for one that records, as DEBUG would have made it.
    const debugModule = (await import('json-rules-engine/dist/debug.js')).default as { default?: unknown };
    const logged: unknown[] = [];
    debugModule.default = (...args: unknown[]) => void logged.push(args);

    await evaluate({ ...aCase, relationship: 'cousin' });

    expect(logged).toEqual([]);
  });

  it('leaves dv-rules evaluate --json with exactly the result on standard output and nothing on standard error', () => {
    const r = spawnSync('node', ['dist/cli.js', 'evaluate', '-', '--json'], {
      input: JSON.stringify(aCase),
      encoding: 'utf8',
      env: { ...process.env, DEBUG: 'json-rules-engine,*' },
    });

    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    expect((JSON.parse(r.stdout) as { regime: { id: string } }).regime.id).toBe('law-217-2003');
  });
});
