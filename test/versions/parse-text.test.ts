// The main entry reads no files: a web form or a fetch hands it text. Text goes through the same
// parser the node entry's file readers use, so a document means the same whichever way it came.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { stringify as toYaml } from 'yaml';
import { MAX_FILE_BYTES, parseDataText, parseLabelPack, parseRuleSet } from '../../src/index.js';
import { loadRuleSetFile } from '../../src/node/index.js';

const formFile = 'rules/ro-police-risk-form/2018-12-28.json';
const formText = readFileSync(formFile, 'utf8');

describe('parseDataText', () => {
  it('reads JSON, and YAML by format or by the name of the file', () => {
    expect(parseDataText('{"a": [1, "x"]}')).toEqual({ a: [1, 'x'] });
    expect(parseDataText('a: [1, x]', { format: 'yaml' })).toEqual({ a: [1, 'x'] });
    expect(parseDataText('a: [1, x]', { file: 'case.YML' })).toEqual({ a: [1, 'x'] });
  });

  it('names the place of every JSON syntax fault, also where JSON.parse names none (a bare word, two commas, a letter for a value)', () => {
    const messageOf = (text: string): string => {
      try {
        parseDataText(text, { file: 'case.json' });
      } catch (e) {
        return (e as { issues: Array<{ message: string }> }).issues[0]?.message ?? '';
      }
      return 'accepted';
    };

    expect(messageOf('{"a": x}')).toBe('Syntax error at line 1, column 7');
    expect(messageOf('{"a": tru}')).toBe('Syntax error at line 1, column 7');
    expect(messageOf('[1,,2]')).toBe('Syntax error at line 1, column 4');
    expect(messageOf('{\n  "a": 1,\n  "b": x\n}')).toBe('Syntax error at line 3, column 8');
    expect(messageOf('garbage')).toBe('Syntax error at line 1, column 1');
    expect(messageOf('{"a": 1,}')).toBe('Syntax error at line 1, column 9');
    expect(messageOf('{"a": 01}')).toBe('Syntax error at line 1, column 8');
    expect(messageOf('{"a": 1')).toMatch(/^Syntax error at /);
    expect(messageOf('{"a": "x"} 3')).toBe('Syntax error at line 1, column 12');
    expect(messageOf('[' .repeat(100_000))).not.toBe('accepted');
    expect(messageOf('garbage')).not.toContain('garbage');
  });

  it('for any JSON text cut or spliced so that JSON.parse refuses it, names a place within the text', () => {
    fc.assert(
      fc.property(fc.json(), fc.nat(), fc.constantFrom('', ',', ']', '}', ':', 'x', '"', '\\', '{', '['), (json, at, junk) => {
        const cut = Math.min(at, json.length);
        const text = json.slice(0, cut) + junk + json.slice(cut + (at % 2));
        let valid = true;
        try {
          JSON.parse(text);
        } catch {
          valid = false;
        }
        fc.pre(!valid && text.trim() !== '');
        try {
          parseDataText(text);
        } catch (e) {
          const message = (e as { issues: Array<{ message: string }> }).issues[0]?.message ?? '';
          const place = /^Syntax error at (?:line (\d+), column (\d+)|position (\d+))$/.exec(message);
          if (place === null) return /^(Nested deeper|More than)/.test(message);
          return place[3] !== undefined ? Number(place[3]) <= text.length : Number(place[1]) >= 1 && Number(place[2]) >= 1;
        }
        return false;
      }),
      { numRuns: 2000 },
    );
  });

  it('skips a byte-order mark and refuses a key given twice, with its line and without the text', () => {
    expect(parseDataText('\uFEFF{"q1": "yes"}')).toEqual({ q1: 'yes' });
    expect(() => parseDataText('{\n"q1": "yes",\n"q1": "no"}', { file: 'case.json', api: 'evaluate' })).toThrow(
      expect.objectContaining({ code: 'INVALID_JSON', file: 'case.json', message: 'evaluate: case.json has a key twice', issues: [{ path: '$', message: expect.stringMatching(/^Duplicate key at line 3/) }] }),
    );
  });

  it('words a refusal of one line of a stream (option line) as that line of the file, with its positions as columns', () => {
    expect(() => parseDataText('{"q1": "yes", "q1": "no"}', { file: 'cases.ndjson', api: 'evaluate', line: 8 })).toThrow(
      expect.objectContaining({ code: 'INVALID_JSON', file: 'cases.ndjson', message: 'evaluate: line 8 of cases.ndjson has a key twice', issues: [{ path: '$', message: 'Duplicate key at column 15: which value counts would be a guess' }] }),
    );
    expect(() => parseDataText(`${'['.repeat(40)}${']'.repeat(40)}`, { file: 'cases.ndjson', line: 3 })).toThrow(
      expect.objectContaining({ code: 'INPUT_TOO_LARGE', message: 'parseDataText: line 3 of cases.ndjson is too large', issues: [{ path: '$', message: 'Nested deeper than 32 levels at column 33' }] }),
    );
    expect(() => parseDataText('{"a": ', { file: 'cases.ndjson', line: 2 })).toThrow(expect.objectContaining({ code: 'INVALID_JSON', message: 'parseDataText: line 2 of cases.ndjson is not valid JSON' }));
  });

  it('refuses text larger than MAX_FILE_BYTES in UTF-8, counting bytes, not characters', () => {
    const fits = `"${'ă'.repeat((MAX_FILE_BYTES - 2) / 2)}"`; // 2 bytes a letter
    expect(parseDataText(fits)).toHaveLength((MAX_FILE_BYTES - 2) / 2);
    expect(() => parseDataText(`${fits} `)).toThrow(expect.objectContaining({ code: 'FILE_NOT_READABLE' }));
  });
});

describe('parseRuleSet and parseLabelPack given text', () => {
  it('give a rule set the hash of its content, whether it came as JSON text, YAML text, data or a file', async () => {
    const fromJson = parseRuleSet(formText, { file: 'form.json' });
    const fromYaml = parseRuleSet(toYaml(JSON.parse(formText)), { file: 'form.yaml' });
    const fromData = parseRuleSet(JSON.parse(formText) as unknown);
    expect(fromJson.ruleSet.id).toBe('ro-police-risk-form/2018-12-28');
    expect(new Set([fromJson.sha256, fromYaml.sha256, fromData.sha256, (await loadRuleSetFile(formFile)).sha256])).toEqual(
      new Set(['a269628b4a82019fea35357302424dd9562c5a4deada8d3f8453b2ac74ae49d7']),
    );
  });

  it('refuse malformed text as INVALID_JSON naming the file and the API, and an invalid rule set as INVALID_RULE_SET', () => {
    expect(() => parseRuleSet('{"id": ', { file: 'mine.json' })).toThrow(expect.objectContaining({ code: 'INVALID_JSON', file: 'mine.json', message: 'parseRuleSet: mine.json is not valid JSON' }));
    expect(() => parseRuleSet('{}', { file: 'mine.json' })).toThrow(expect.objectContaining({ code: 'INVALID_RULE_SET', file: 'mine.json' }));
    expect(() => parseLabelPack('lang: [', { file: 'labels.yaml' })).toThrow(expect.objectContaining({ code: 'INVALID_JSON', message: 'parseLabelPack: labels.yaml is not valid YAML' }));
  });

  it('read a label pack from YAML text', () => {
    const pack = parseLabelPack("schemaVersion: 1\nlang: ro\nname: IPJ\nlabels:\n  item.ro-police-risk-form.q1: 'Întrebarea 1'\n", { file: 'ipj.yaml' });
    expect(pack).toMatchObject({ origin: 'user', file: 'ipj.yaml', pack: { lang: 'ro', labels: { 'item.ro-police-risk-form.q1': 'Întrebarea 1' } } });
  });
});
