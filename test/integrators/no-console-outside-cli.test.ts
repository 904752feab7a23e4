import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

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
