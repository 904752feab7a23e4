import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { DvRulesError, MAX_FILE_BYTES, type ErrorIssue } from '../../index.js';
import { parseDataText } from '../../index.js';
import { readDataFile, readFixtureFile } from '../../node/index.js';
import { takeRef } from '../case-ref.js';
import { plainMessage } from '../describe-error.js';
import { inputChunks } from '../input-chunks.js';
import type { CliIo } from '../io.js';
import { readLines } from '../read-lines.js';
import { refuseNonRegularFile } from '../regular-file.js';
import { usageError } from '../parse-command-args.js';

/** One case of an impact report: where it is (its file and line, or fixture), its opaque `ref`, and the case. */
export interface ImpactCase {
  where: string;
  ref?: string;
  case: unknown;
}

/**
 * A file or an NDJSON line that could not be read as a case: where, and the coded error (its code,
 * message, file if any and issues, each a path into the document and a message, never a value).
 * Never counted as a case.
 */
export interface ImpactInputError {
  where: string;
  line?: number;
  error: ImpactErrorData;
}

/** The error of an impact report's entry: a `DvRulesError`'s data, its message worded for a person. */
export interface ImpactErrorData {
  code: string;
  message: string;
  file?: string;
  issues: ErrorIssue[];
}

/** What `readImpactCases` found: the cases, what could not be read, and what was passed over on purpose. */
export interface ImpactInput {
  cases: ImpactCase[];
  errors: ImpactInputError[];
  /** The cases and the errors together, in input order (the report lists its errors in this order). */
  entries: Array<ImpactCase | ImpactInputError>;
  /** Folders marked as holding no cases (`.not-fixtures`, as fixtures/invalid/), and fixtures of expected refusals (`expectError`). */
  skipped: string[];
}

const CASE_FILE = /\.(?:json|ya?ml|ndjson)$/i;
/** The marker of a folder that holds no cases nor fixtures (fixtures/invalid/ holds rule sets that must be refused). */
const NOT_FIXTURES = '.not-fixtures';

/**
 * Reads the cases of `dv-rules impact`: NDJSON files (one case per line, `file:N`), case files
 * (JSON or YAML, one case each), fixture files (each fixture's case, `file › name`), and folders of
 * them, in name order. A case may carry an opaque string `ref` (the agency's own identifier), which
 * is taken off the case (`takeRef`) and named in the report instead of any of the case's content.
 * Nothing stops the reading: a file or a line that cannot be read is an error of its own (and
 * `impact` exits 2), never a case. A fixture that expects a refusal, and a folder marked
 * `.not-fixtures`, are passed over and listed as skipped. An input that yields no case at all is
 * refused, as `dv-rules fixtures` refuses a folder without fixtures: a job pointed at the wrong
 * place fails instead of reporting 0 cases.
 *
 * @param paths - files and folders
 * @param io - standard input, for `-` (NDJSON)
 * @returns the cases, the errors, both together in input order (`entries`), and the skipped
 * @throws DvRulesError `FILE_NOT_READABLE` only for an NDJSON path given on the command line that cannot be read;
 *   `INVALID_ARGUMENTS` naming the folder, for a folder given that holds no case file
 *   (none below it, and none marked `.not-fixtures`), or naming the paths when they yield no case and
 *   no error at all
 * @example
 * (await readImpactCases(['cases.ndjson'], io)).cases[0].where //=> 'cases.ndjson:1'
 * @since 0.1.0
 */
export async function readImpactCases(paths: readonly string[], io: CliIo): Promise<ImpactInput> {
  const input: ImpactInput = { cases: [], errors: [], entries: [], skipped: [] };
  const found = (c: ImpactCase): void => {
    input.cases.push(c);
    input.entries.push(c);
  };
  const refused = (x: ImpactInputError): void => {
    input.errors.push(x);
    input.entries.push(x);
  };
  const fail = (where: string, e: unknown, line?: number): void => {
    if (!(e instanceof DvRulesError)) throw e;
    refused({ where, ...(line === undefined ? {} : { line }), error: impactErrorOf(e) });
  };
  for (const file of await expand(paths, input.skipped)) {
    if (file === '-' || /\.ndjson$/i.test(file)) {
      const name = file === '-' ? 'standard input' : file;
      if (file !== '-') await refuseNonRegularFile(file, 'impact');
      for await (const line of readLines(await inputChunks(file, io, 'impact'), MAX_FILE_BYTES)) {
        const where = `${name}:${line.number}`;
        if (line.problem === 'not-utf-8') {
          refused({ where, line: line.number, error: { code: 'INVALID_JSON', message: `line ${line.number} of ${name} is not UTF-8 text`, file: name, issues: [] } });
          continue;
        }
        if (line.text === null) {
          refused({ where, line: line.number, error: { code: 'INPUT_TOO_LARGE', message: `line ${line.number} of ${name} is longer than ${MAX_FILE_BYTES} bytes`, file: name, issues: [] } });
          continue;
        }
        try {
          found(withRef(where, parseDataText(line.text, { format: 'json', api: 'impact', file: name })));
        } catch (e) {
          fail(where, e, line.number);
        }
      }
      continue;
    }
    try {
      await refuseNonRegularFile(file, 'impact');
      const data = await readDataFile(file, { api: 'impact' });
      if (!isFixtureDocument(data)) {
        found(withRef(file, data));
        continue;
      }
      for (const f of await readFixtureFile(file)) {
        if (f.expectError !== undefined) input.skipped.push(`${file} › ${f.name}`);
        else found(withRef(`${file} › ${f.name}`, f.case));
      }
    } catch (e) {
      fail(file, e);
    }
  }
  // Not one case nor one input in error (an empty NDJSON file or standard input, only folders marked
  // .not-fixtures, only fixtures of expected refusals): there is nothing the report could say.
  if (input.entries.length === 0) throw noCase(paths.map((p) => (p === '-' ? 'standard input' : p)).join(', '), '');
  return input;
}

/**
 * The error of an impact report's entry from what the library threw or refused a case with: its
 * code, its message for a person (no API name, no system code), its file if any, and its issues.
 *
 * @param e - a `DvRulesError`, or a batch's error data
 * @returns the error object of the report
 * @example
 * impactErrorOf(new DvRulesError('INVALID_CASE', 'evaluate: the case is invalid', [{ path: 'colour', message: 'Unknown field: not part of the schema' }]))
 * //=> { code: 'INVALID_CASE', message: 'the case is invalid', issues: [{ path: 'colour', message: 'Unknown field: not part of the schema' }] }
 * @since 0.1.0
 */
export function impactErrorOf(e: { code: string; message: string; file?: string | undefined; issues: readonly ErrorIssue[] }): ImpactErrorData {
  return { code: e.code, message: plainMessage(e.message), ...(e.file === undefined ? {} : { file: e.file }), issues: [...e.issues] };
}

function withRef(where: string, data: unknown): ImpactCase {
  const { ref, case: c } = takeRef(data);
  return ref === undefined ? { where, case: c } : { where, ref, case: c };
}

function isFixtureDocument(data: unknown): boolean {
  if (Array.isArray(data)) return data.every((x) => x !== null && typeof x === 'object' && 'case' in x);
  return data !== null && typeof data === 'object' && ('fixtures' in data || ('case' in data && 'name' in data));
}

async function expand(paths: readonly string[], skipped: string[], given = true): Promise<string[]> {
  const files: string[] = [];
  for (const path of paths) {
    const info = path === '-' ? undefined : await stat(path).catch(() => undefined);
    if (!info?.isDirectory()) {
      files.push(path);
      continue;
    }
    const names = (await readdir(path)).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    if (names.includes(NOT_FIXTURES)) {
      skipped.push(path);
      continue;
    }
    const [filesBefore, skippedBefore] = [files.length, skipped.length];
    for (const name of names) {
      const child = join(path, name);
      if ((await stat(child)).isDirectory()) files.push(...(await expand([child], skipped, false)));
      else if (CASE_FILE.test(name)) files.push(child);
    }
    // As `dv-rules fixtures` does: a folder given that holds nothing to read is the wrong place, not zero cases.
    if (given && files.length === filesBefore && skipped.length === skippedBefore) throw noCase(path, ': it holds no .ndjson, .json, .yaml or .yml file');
  }
  return files;
}

/** The refusal of an input that yields no case at all (a job pointed at the wrong place must fail, not report 0 cases). */
function noCase(where: string, why: string): DvRulesError {
  return usageError(`no case to judge in ${where}${why}`, 'give the NDJSON files, case or fixture files, or folders of them, that hold the cases');
}
