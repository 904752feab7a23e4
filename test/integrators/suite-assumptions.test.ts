import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// vitest.config.ts runs the files of one worker in one module graph (isolate: false). That is sound
// only while no test replaces a module or a global for the files after it.
describe('the test suite', () => {
  it('mocks no module and stubs no global, so files can share one module graph', () => {
    const files = readdirSync('test', { recursive: true }).map(String).filter((f) => /\.ts$/.test(f));
    const offending = files.filter((f) => /\bvi\.(mock|doMock|stubGlobal|stubEnv)\(/.test(readFileSync(`test/${f}`, 'utf8')));

    expect(files.length).toBeGreaterThan(50);
    expect(offending).toEqual([]);
  });
});
