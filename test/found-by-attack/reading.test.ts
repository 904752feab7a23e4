import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DvRulesError, evaluate, evaluateMany, evaluateSync, parseDataText } from '../../src/index.js';
import { readDataFile } from '../../src/node/index.js';
import { refusal } from '../support/refusal.js';

// Reproductions from the hardening attack (issue 12) on reading documents: each used to take from
// 10 seconds to forever, or to print case text, or to escape as a plain Error. Each is now a coded
// refusal. (No times are asserted: the refusals come from bounds, which is what keeps them quick.)

const spouses = { schemaVersion: 1, incidentAt: '2024-03-02T21:15:00+02:00', relationship: 'spouse' };

function thrown(f: () => unknown): DvRulesError {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(DvRulesError);
    return e as DvRulesError;
  }
  throw new Error('expected a refusal, got a result');
}

const manyKeys = (n: number): string => `{${Array.from({ length: n }, (_, i) => `"k${i}": ${i}`).join(',')}}`;

describe('JSON text that used to hang the duplicate-key check', () => {
  it.each([20_000, 40_000])('an object of %i keys is refused as too large, naming the bound', (n) => {
    const e = thrown(() => parseDataText(manyKeys(n)));
    expect(e.code).toBe('INPUT_TOO_LARGE');
    expect(e.issues[0]?.message).toMatch(/^More than 10000 keys in one object at line 1/);
  });

  it('a case with 150 000 answer keys (1.7 MB, under the 2 MiB limit) is refused as too large', () => {
    const answers = Array.from({ length: 150_000 }, (_, i) => `"a${i}":0`).join(',');
    const text = `{"schemaVersion":1,"incidentAt":"2024-03-02T21:15:00+02:00","relationship":"spouse","riskForm":{"answers":{${answers}}}}`;
    expect(text.length).toBeLessThan(2 * 1024 * 1024);
    expect(thrown(() => parseDataText(text)).code).toBe('INPUT_TOO_LARGE');
  });

  it('a million nested brackets are refused at the 33rd level', () => {
    const e = thrown(() => parseDataText('['.repeat(1_000_000)));
    expect(e.code).toBe('INPUT_TOO_LARGE');
    expect(e.issues[0]?.message).toBe('Nested deeper than 32 levels at line 1, column 33');
  });

  it('an array of 500 000 items is refused for its number of values', () => {
    const e = thrown(() => parseDataText(`[${Array(500_000).fill('0').join(',')}]`));
    expect(e.code).toBe('INPUT_TOO_LARGE');
    expect(e.issues[0]?.message).toMatch(/^More than 250000 values/);
  });

  it('still finds a key given twice among 9 000, with its line, and still reads 9 000 distinct keys', () => {
    const text = `${manyKeys(9_000).slice(0, -1)},\n"k42": 0}`;
    const e = thrown(() => parseDataText(text));
    expect(e.code).toBe('INVALID_JSON');
    expect(e.issues[0]?.message).toMatch(/^Duplicate key at line 2, column 1/);
    expect(Object.keys(parseDataText(manyKeys(9_000)) as object)).toHaveLength(9_000);
  });

  it('finds a key given twice when one spelling uses an escape ("q1" and "q\\u0031")', () => {
    expect(thrown(() => parseDataText('{"q1": "yes", "q\\u0031": "no"}')).code).toBe('INVALID_JSON');
  });

  it('does not take a string value for a key, nor a key in an array for a duplicate', () => {
    expect(parseDataText('{"a": "b", "b": ["a", "a", {"a": 1}], "c": {"a": 2}}')).toEqual({ a: 'b', b: ['a', 'a', { a: 1 }], c: { a: 2 } });
  });
});

describe('YAML that used to hang, print case text, or read silently', () => {
  it.each([
    ['a key given twice', 'q1: yes\nq1: no\n', 'INVALID_JSON', /^Duplicate key at line 2, column 1/],
    ['a collection used as a key', '? [a, b]\n: 1\n', 'INVALID_JSON', /^A key that is not text at line 1/],
    ['an unknown tag', 'reason: !secret SECRET-TEXT\n', 'INVALID_JSON', /^A tag at line 1/],
    ['a million nested brackets', '['.repeat(1_000_000), 'INPUT_TOO_LARGE', /^Brackets nested more than 128 deep/],
    ['an array of 500 000 items', `[${Array(500_000).fill('0').join(',')}]`, 'INPUT_TOO_LARGE', /^More than 100000 lines and separators/],
    ['33 levels of nesting', `${'['.repeat(33)}${']'.repeat(33)}`, 'INPUT_TOO_LARGE', /^Nested deeper than 32 levels/],
  ])('%s is refused with a position, never the text', (_name, text, code, message) => {
    const e = thrown(() => parseDataText(text, { format: 'yaml' }));
    expect(e.code).toBe(code);
    expect(e.issues[0]?.message).toMatch(message);
    expect(JSON.stringify(e.toJSON())).not.toContain('SECRET');
  });

  it('a case with an unknown tag on the officer reason prints nothing of it on standard error', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dv-rules-yaml-'));
    const file = join(dir, 'case.yaml');
    writeFileSync(file, 'schemaVersion: 1\nincidentAt: 2024-03-02T21:15:00+02:00\nrelationship: spouse\nofficerFinding:\n  reason: !note SECRET-TEXT\n');
    const written: string[] = [];
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => (written.push(String(chunk)), true));
    const warn = vi.spyOn(console, 'warn').mockImplementation((...args) => void written.push(args.join(' ')));
    const emit = vi.spyOn(process, 'emitWarning').mockImplementation((w) => void written.push(String(w)));
    const { runCli } = await import('../../src/cli/run-cli.js');
    let err = '';

    const status = await runCli(['evaluate', file], { readStdin: async () => '', out: () => undefined, err: (t) => void (err += t), color: false });

    expect(status).toBe(2);
    expect(JSON.parse(err)).toMatchObject({ error: { code: 'INVALID_JSON' } });
    expect(err).not.toContain('SECRET');
    expect(written.join('')).not.toContain('SECRET');
    expect(warn).not.toHaveBeenCalled();
    expect(emit).not.toHaveBeenCalled();
    stderr.mockRestore();
  });
});

describe('files that are not UTF-8', () => {
  it('are refused with the line and byte, instead of read with U+FFFD in place of the bytes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dv-rules-utf8-'));
    const file = join(dir, 'case.json');
    writeFileSync(file, Buffer.concat([Buffer.from('{"schemaVersion": 1,\n"relationship": "sp'), Buffer.from([0xff, 0xfe]), Buffer.from('"}')]));

    const e = await refusal(readDataFile(file));

    expect(e.code).toBe('INVALID_JSON');
    expect(e.file).toBe(file);
    expect(e.issues[0]).toEqual({ path: '$', message: 'Not valid UTF-8 at line 2 (byte 40)' });
  });
});

describe('objects passed to the API', () => {
  afterEach(() => vi.restoreAllMocks());

  it('an answers object with a million keys is refused as too large', () => {
    const answers = Object.fromEntries(Array.from({ length: 1_000_000 }, (_, i) => [`a${i}`, 'no']));
    const e = thrown(() => evaluateSync({ ...spouses, riskForm: { answers } }));
    expect(e.code).toBe('INPUT_TOO_LARGE');
    expect(e.issues[0]).toEqual({ path: 'riskForm.answers', message: 'More than 10000 keys in one object' });
  });

  it('a small object graph whose shared references make 2^26 paths is refused after the bound, not walked', () => {
    let node: Record<string, unknown> = { end: true };
    for (let i = 0; i < 26; i++) node = { left: node, right: node };
    const e = thrown(() => evaluateSync({ ...spouses, extra: node }));
    expect(e.code).toBe('INPUT_TOO_LARGE');
    expect(e.issues[0]?.message).toBe('More than 250000 values in the document');
  });

  const hostile = () => [
    new Proxy({}, { ownKeys: () => { throw new Error('ownKeys trap'); } }),
    new Proxy({ ...spouses }, { get: () => { throw new TypeError('get trap'); } }),
    Object.defineProperty({ ...spouses }, 'relationship', { enumerable: true, get: () => { throw new RangeError('getter'); } }),
  ];

  it('a proxy or a throwing getter becomes INVALID_CASE from evaluateSync, evaluate and evaluateMany', async () => {
    for (const c of hostile()) {
      expect(thrown(() => evaluateSync(c)).code).toBe('INVALID_CASE');
      expect((await refusal(evaluate(c))).code).toBe('INVALID_CASE');
      const [item] = [...evaluateMany([c])];
      expect(item && 'error' in item ? item.error.code : 'no error').toBe('INVALID_CASE');
    }
  });

  it('a proxy as the options becomes INVALID_OPTIONS', () => {
    const options = new Proxy({}, { ownKeys: () => { throw new Error('trap'); }, get: () => { throw new Error('trap'); } });
    expect(thrown(() => evaluateSync(spouses, options)).code).toBe('INVALID_OPTIONS');
  });
});
