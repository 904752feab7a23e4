import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run-cli.js';
import type { CliIo } from '../../src/cli/io.js';

const dir = mkdtempSync(join(tmpdir(), 'dv-rules-errors-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

async function run(argv: string[], options: { tty?: boolean; stdin?: string; stdinIsTTY?: boolean } = {}) {
  let out = '';
  let err = '';
  const io: CliIo = {
    readStdin: async () => options.stdin ?? '',
    out: (t) => void (out += t),
    err: (t) => void (err += t),
    color: false,
    errIsTTY: options.tty ?? false,
    stdinIsTTY: options.stdinIsTTY ?? false,
  };
  const status = await runCli(argv, io);
  return { status, out, err };
}

const SYSTEM_CODES = /\b(ENOENT|EISDIR|ENOTDIR|EACCES|EPERM)\b/;
const INTERNAL_NAMES = /\b(runFixtures|loadLabelPackFile|loadRuleSetFile|readDataFile|parseRuleSet|parseLabelPack|verifyRuleSets|computeDue):/;
const caseText = (incidentAt = '2019-03-01T21:15:00+02:00'): string => JSON.stringify({ schemaVersion: 1, incidentAt, relationship: 'spouse', riskForm: { answers: { q1: 'yes' } } });

describe('errors on a terminal are sentences with a hint', () => {
  it('a mistyped flag gets "did you mean --json?", and Node\'s own wording is not shown', async () => {
    const r = await run(['evaluate', '--jsno', '-'], { tty: true, stdin: caseText() });

    expect(r.status).toBe(2);
    expect(r.err).toBe('dv-rules: unknown flag --jsno.\n  hint: did you mean --json?\n');
  });

  it('a mistyped command gets the command it was probably meant to be', async () => {
    const r = await run(['evalute'], { tty: true });

    expect(r.status).toBe(2);
    expect(r.err).toContain('hint: did you mean dv-rules evaluate?');
  });

  it('an empty file says it is empty, not "Syntax error"', async () => {
    const r = await run(['evaluate', file('empty.json', '')], { tty: true });

    expect(r.status).toBe(2);
    expect(r.err).toMatch(/^dv-rules: .*empty\.json is empty\.\n  hint: a case is a JSON or YAML object/);
    expect(r.err).not.toContain('Syntax error');
  });

  it('a UTF-16 file says so and how to fix it', async () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(caseText(), 'utf16le')]);

    const r = await run(['evaluate', file('utf16.json', utf16)], { tty: true });

    expect(r.status).toBe(2);
    expect(r.err).toContain('utf16.json is written in UTF-16, not UTF-8.');
    expect(r.err).toContain('hint: save it as UTF-8');
  });

  it('a UTF-16 file without its byte-order mark is still named UTF-16; a binary file (a program, an image) is not text, not UTF-16', async () => {
    const bare = await run(['evaluate', file('utf16-bare.json', Buffer.from(caseText(), 'utf16le'))], { tty: true });
    expect(bare.err).toContain('utf16-bare.json is written in UTF-16, not UTF-8.');

    // An ELF header and a PNG header: NUL bytes, but not every other byte.
    const elf = Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 0, 0x3e, 0, 1, 0, 0, 0]), Buffer.alloc(64, 0x41), Buffer.from([0, 0, 0, 0, 0, 0, 0, 0])]);
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0, 0, 0, 1, 0, 8, 6, 0, 0, 0]);
    for (const [name, bytes] of [['program.json', elf], ['image.json', png]] as const) {
      const r = await run(['evaluate', file(name, bytes)], { tty: true });

      expect(r.status).toBe(2);
      expect(r.err, name).toContain(`${name} is not text: it holds binary data.`);
      expect(r.err, name).not.toContain('UTF-16');
    }
    const ro = await run(['evaluate', '--lang', 'ro', join(dir, 'image.json')], { tty: true });
    expect(ro.err).toContain('image.json nu este text: conține date binare.');
    expect(ro.err).toContain('sugestie: un caz este un fișier text JSON sau YAML; verificați numele fișierului');
  });

  it('a file over the size read says so with the bound and points to --ndjson for many cases, not "check the name", in en and ro', async () => {
    const big = file('big.json', ' '.repeat(2 * 1024 * 1024 + 10));
    const r = await run(['evaluate', big], { tty: true });

    expect(r.status).toBe(2);
    expect(r.err).toContain('big.json is larger than 2097152 bytes.');
    expect(r.err).toContain('hint: a document is read up to 2 MiB; many cases go through dv-rules evaluate --ndjson');
    expect(r.err).not.toContain('check the name');
    const ro = await run(['evaluate', big, '--lang', 'ro'], { tty: true });
    expect(ro.err).toContain('big.json are peste 2097152 de octeți');
    expect(ro.err).toContain('sugestie: un document se citește până la 2 MiB');
  });

  it('a fixture file given to evaluate gets the hint to run it with dv-rules fixtures (en, ro); a case with another unknown field does not', async () => {
    const fixtureFile = 'fixtures/examples/officer-finding-2018-form.json';
    const r = await run(['evaluate', fixtureFile], { tty: true });

    expect(r.status).toBe(2);
    expect(r.err).toContain('hint: this is a fixture file (cases with their expected results): dv-rules fixtures FILE runs it');
    expect((await run(['evaluate', fixtureFile, '--lang', 'ro'], { tty: true })).err).toContain('îl rulează dv-rules fixtures FIȘIER');
    const other = await run(['evaluate', '-'], { tty: true, stdin: JSON.stringify({ ...JSON.parse(caseText()), notes: 'x' }) });
    expect(other.err).not.toContain('dv-rules fixtures');
  });

  it('empty standard input says so', async () => {
    const r = await run(['evaluate', '-'], { tty: true, stdin: '  \n' });

    expect(r.status).toBe(2);
    expect(r.err).toContain('dv-rules: standard input is empty.');
  });

  it('a date and time written with its offset but impossible (30 February, hour 25) says so, not that an offset is needed, in en and ro', async () => {
    for (const at of ['2019-02-30T20:00:00+02:00', '2019-03-01T25:00:00Z']) {
      const r = await run(['evaluate', '-'], { tty: true, stdin: caseText(at) });

      expect(r.status).toBe(2);
      expect(r.err, at).toContain('  at incidentAt: Not a possible date and time: the month has no such day, or the hour or minute is out of range\n');
      expect(r.err, at).not.toMatch(/offset/);
      expect(r.err, at).not.toContain(at);
      const ro = await run(['evaluate', '-', '--lang', 'ro'], { tty: true, stdin: caseText(at) });
      expect(ro.err, at).toContain('la incidentAt: nu este o dată și oră posibilă');
      expect(ro.err, at).not.toMatch(/decalaj/);
    }
  });

  it('a date without offset names the path and says an offset is needed', async () => {
    const r = await run(['evaluate', '-'], { tty: true, stdin: caseText('2019-03-01T21:15:00') });

    expect(r.status).toBe(2);
    expect(r.err).toContain('  at incidentAt: Invalid ISO datetime\n');
    expect(r.err).toContain('hint: a date and time needs its offset from UTC, for example 2024-03-02T21:15:00+02:00');
    expect(r.err).not.toContain('2019-03-01T21:15:00');
  });

  it.each([
    ['a missing fixture folder', ['fixtures', join(dir, 'nope')], 'there is no such file or folder'],
    ['a folder given as a label pack', ['evaluate', '--labels', dir, '-'], 'it is a folder, where a file was expected'],
    ['a missing rule-set file', ['evaluate', '--rule-set', join(dir, 'nope.json'), '-'], 'there is no such file or folder'],
  ])('%s is said in words, with no internal name and no system code, on a terminal and in the JSON', async (_, argv, words) => {
    const tty = await run(argv, { tty: true, stdin: caseText() });
    const piped = await run(argv, { tty: false, stdin: caseText() });

    expect(tty.status).toBe(2);
    expect(tty.err).toContain(words);
    expect(JSON.parse(piped.err).error.message).toContain(words);
    for (const text of [tty.err, piped.err]) {
      expect(text).not.toMatch(SYSTEM_CODES);
      expect(text).not.toMatch(INTERNAL_NAMES);
    }
  });

  it('strips control characters from a file name before the terminal shows it', async () => {
    const r = await run(['evaluate', join(dir, 'x\u001b[2Jy.json')], { tty: true });

    expect(r.err).toContain('x?[2Jy.json');
    expect(r.err).not.toContain('\u001b');
  });

  it('with no input file on a terminal, says what it expects instead of waiting', async () => {
    const r = await run(['evaluate'], { tty: true, stdinIsTTY: true });

    expect(r.status).toBe(2);
    expect(r.err).toContain('evaluate needs a case: a JSON or YAML file');
    expect(r.err).toContain('Ctrl-D');
  });

  it('"evaluate --ndjson" and "deadlines" say so too', async () => {
    for (const argv of [['evaluate', '--ndjson'], ['deadlines']]) {
      const r = await run(argv, { tty: true, stdinIsTTY: true });
      expect(r.status).toBe(2);
      expect(r.err).toContain('needs a case');
    }
  });
});

describe('errors anywhere else (or with --json) are one JSON object, as before', () => {
  it('a mistyped flag: code, argv path, and the suggestion in the message', async () => {
    const r = await run(['evaluate', '--jsno', '-'], { stdin: caseText() });

    expect(JSON.parse(r.err)).toEqual({
      error: { code: 'INVALID_ARGUMENTS', message: 'dv-rules: unknown flag --jsno; did you mean --json?', issues: [{ path: 'argv', message: 'unknown flag --jsno' }] },
    });
  });

  it('--json on a terminal still gets the JSON object', async () => {
    const r = await run(['evaluate', '--json', '-'], { tty: true, stdin: caseText('2019-03-01T21:15:00') });

    const error = JSON.parse(r.err).error;
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(error.code).toBe('INVALID_CASE');
    expect(error.issues).toEqual([{ path: 'incidentAt', message: 'Invalid ISO datetime' }]);
    expect(error.message).toBe('the case is invalid');
  });

  it('an empty file keeps its code and names the file', async () => {
    const path = file('empty2.json', '');

    const r = await run(['evaluate', path]);

    expect(JSON.parse(r.err).error).toMatchObject({ code: 'INVALID_JSON', file: path, message: `${path} is empty` });
  });
});

describe('standard input', () => {
  it('takes YAML as well as JSON', async () => {
    const yaml = 'schemaVersion: 1\nincidentAt: "2019-03-01T21:15:00+02:00"\nrelationship: spouse\nriskForm:\n  answers: { q1: "yes", q4: "yes" }\n';

    const r = await run(['evaluate', '--json', '-'], { stdin: yaml });

    expect(r.status).toBe(0);
    expect(JSON.parse(r.out).riskAssessment.imminentRisk).toBe(true);
  });

  it('still says "not valid JSON" for broken JSON', async () => {
    const r = await run(['evaluate', '-'], { stdin: '{"relationship": ' });

    expect(r.status).toBe(2);
    expect(JSON.parse(r.err).error.message).toBe('standard input is not valid JSON');
  });
});
