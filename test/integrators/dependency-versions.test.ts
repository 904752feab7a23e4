import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);

/** The version in an installed package's package.json, resolved from `from` as Node would. */
function installedVersion(name: string, from: string = import.meta.url): string {
  const file = createRequire(from).resolve(`${name}/package.json`);
  return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
}

/** Compares dotted release versions numerically (pre-release tags count as lower). */
function atLeast(version: string, minimum: string): boolean {
  const [core = '', pre] = version.split('-', 2);
  const a = core.split('.').map(Number);
  const b = minimum.split('.').map(Number);
  for (let i = 0; i < 3; i += 1) {
    if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) > (b[i] ?? 0);
  }
  return pre === undefined;
}

describe('the rules engine and its JSONPath dependency', () => {
  it('compares versions numerically, not as text', () => {
    expect(atLeast('10.3.0', '10.3.0')).toBe(true);
    expect(atLeast('10.10.0', '10.3.0')).toBe(true);
    expect(atLeast('9.9.9', '10.3.0')).toBe(false);
    expect(atLeast('10.3.0-beta.1', '10.3.0')).toBe(false);
  });

  it('json-rules-engine is 7.3.1 or later', () => {
    expect(installedVersion('json-rules-engine'), 'json-rules-engine').toSatisfy((v: string) => atLeast(v, '7.3.1'));
  });

  it('the jsonpath-plus that json-rules-engine loads is 10.3.0 or later (CVE-2024-21534 and CVE-2025-1302 fixed)', () => {
    const engine = require.resolve('json-rules-engine/package.json');
    expect(installedVersion('jsonpath-plus', engine), 'jsonpath-plus').toSatisfy((v: string) => atLeast(v, '10.3.0'));
  });
});
