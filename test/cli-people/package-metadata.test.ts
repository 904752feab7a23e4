import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { REPORT_URL } from '../../src/cli/report-url.js';

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as Record<string, unknown> & {
  bugs: { url: string };
  repository: { type: string; url: string };
  files: string[];
  scripts: Record<string, string>;
};

describe('package.json tells where the project lives and what ships', () => {
  it('has repository, bugs, homepage and keywords, and the CLI reports bugs at bugs.url', () => {
    expect(pkg.repository.url).toMatch(/^git\+https:\/\/.+\.git$/);
    expect(pkg.bugs.url).toMatch(/^https:\/\/.+\/issues$/);
    expect(pkg['homepage']).toMatch(/^https:\/\//);
    expect(pkg['keywords']).toEqual(expect.arrayContaining(['romania', 'domestic-violence']));
    expect(REPORT_URL).toBe(pkg.bugs.url);
  });

  it('ships the training scenarios', () => {
    expect(pkg.files).toContain('fixtures/scenarios');
  });

  it('"npm run demo" builds silently (no build log, no bundler warning) before the demo, every step of "npm run build"', () => {
    // A demo that built less than the build left dist without the playground (tsup cleans dist):
    // `dv-rules verify` then failed and `dv-rules playground` refused, after the README's first command.
    const steps = pkg.scripts['build']!.split(' && ').map((step) => `${step} --silent`);
    expect(pkg.scripts['demo']).toBe([...steps, 'node dist/cli.js demo'].join(' && '));
  });
});
