import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCodeSchema, resultSchema } from '../src/index.js';

// The dv-rules CLI as users run it: the built dist/cli.js in a child process (npm test builds first).
const CLI = process.env['DV_RULES_CLI'] ?? 'dist/cli.js';
const MARKER = 'Zanzibar-7731';
const ANSI = /\u001b\[/;

let dir = '';

beforeAll(() => {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run "npm run build" before these tests (npm test does it)`);
  dir = mkdtempSync(join(tmpdir(), 'dv-rules-cli-test-'));
});

afterAll(() => {
  if (dir !== '') rmSync(dir, { recursive: true, force: true });
});

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function dvRules(args: readonly string[], options: { input?: string; env?: Record<string, string> } = {}): Run {
  const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: '1', ...options.env };
  if (options.env && !('NO_COLOR' in options.env)) delete env['NO_COLOR'];
  const r = spawnSync(process.execPath, [CLI, ...args], { input: options.input ?? '', encoding: 'utf8', env, timeout: 60_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Writes a file under the test's temporary folder and returns its path. */
function tempFile(name: string, text: string): string {
  const file = join(dir, name);
  writeFileSync(file, text, 'utf8');
  return file;
}

const errorOutputSchema = z.strictObject({
  error: z.strictObject({
    code: errorCodeSchema,
    message: z.string().min(1),
    file: z.string().optional(),
    issues: z.array(z.strictObject({ path: z.string(), message: z.string() })),
  }),
});
type ErrorOutput = z.infer<typeof errorOutputSchema>['error'];

/** Standard error must be exactly one JSON error object (one line), with no stack trace. */
function singleError(run: Run): ErrorOutput {
  expect(run.stderr).not.toMatch(/^\s+at /m);
  expect(run.stderr.trim().split('\n')).toHaveLength(1);
  return errorOutputSchema.parse(JSON.parse(run.stderr)).error;
}

const caseJson = (over: Record<string, unknown> = {}, answers: Record<string, unknown> = { q1: 'yes', q4: 'yes', q9: 'unknown' }): string =>
  JSON.stringify({ schemaVersion: 1, incidentAt: '2019-03-01T21:15:00+02:00', relationship: 'spouse', riskForm: { answers }, ...over });

describe('dv-rules evaluate', () => {
  it('reads a case file and prints a readable determination, exit status 0', () => {
    const file = tempFile('case.json', caseJson());

    const run = dvRules(['evaluate', file]);

    expect(run.status).toBe(0);
    expect(run.stdout).toContain('IMMINENT RISK');
    expect(run.stdout).toContain('ro-police-risk-form/2018-12-28');
    expect(run.stderr).toBe('');
  });

  it('reads the case from standard input when the argument is "-"', () => {
    const run = dvRules(['evaluate', '-'], { input: caseJson() });

    expect(run.status).toBe(0);
    expect(run.stdout).toContain('IMMINENT RISK');
  });

  it('reads the case from standard input when there is no argument', () => {
    const run = dvRules(['evaluate'], { input: caseJson({}, { q1: 'yes' }) });

    expect(run.status).toBe(0);
    expect(run.stdout).toContain('NO IMMINENT RISK');
  });

  it('with --json prints exactly one JSON object, which parses with resultSchema', () => {
    const run = dvRules(['evaluate', '--json', '-'], { input: caseJson() });

    const parsed = resultSchema.safeParse(JSON.parse(run.stdout));

    expect(run.status).toBe(0);
    expect(run.stdout.trimStart().startsWith('{')).toBe(true);
    expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
    expect(parsed.data?.riskAssessment?.imminentRisk).toBe(true);
  });

  it('prints no ANSI escapes when NO_COLOR is set or the output is not a terminal', () => {
    const withNoColor = dvRules(['evaluate', '-'], { input: caseJson(), env: { NO_COLOR: '1' } });
    const notATerminal = dvRules(['evaluate', '-'], { input: caseJson(), env: {} });

    expect(withNoColor.status).toBe(0);
    expect(notATerminal.status).toBe(0);
    expect(withNoColor.stdout).not.toMatch(ANSI);
    expect(notATerminal.stdout).not.toMatch(ANSI);
  });

  it('colours a pipe with FORCE_COLOR=1, and not with FORCE_COLOR=0', () => {
    const forced = dvRules(['evaluate', '-'], { input: caseJson(), env: { FORCE_COLOR: '1' } });
    const off = dvRules(['evaluate', '-'], { input: caseJson(), env: { FORCE_COLOR: '0' } });

    expect(forced.stdout).toMatch(ANSI);
    expect(off.stdout).not.toMatch(ANSI);
  });
});

describe('dv-rules evaluate refuses invalid input with exit status 2 and one JSON error on standard error', () => {
  const invalid: Array<{ name: string; input: string; code: string; path: string; secret?: string }> = [
    { name: 'malformed JSON', input: `{"relationship": "${MARKER}",`, code: 'INVALID_JSON', path: '$', secret: MARKER },
    { name: 'an answer to q22', input: caseJson({}, { q22: 'yes' }), code: 'INVALID_CASE', path: 'riskForm.answers.q22' },
    { name: 'an answer "maybe"', input: caseJson({}, { q1: 'maybe' }), code: 'INVALID_CASE', path: 'riskForm.answers.q1', secret: 'maybe' },
    { name: 'an answer true', input: caseJson({}, { q1: true }), code: 'INVALID_CASE', path: 'riskForm.answers.q1' },
    { name: 'a missing relationship', input: JSON.stringify({ schemaVersion: 1, incidentAt: '2019-03-01T21:15:00+02:00' }), code: 'INVALID_CASE', path: 'relationship' },
    { name: 'an incidentAt without offset', input: caseJson({ incidentAt: '2019-03-01T21:15:00' }), code: 'INVALID_CASE', path: 'incidentAt', secret: '2019-03-01T21:15:00' },
    { name: 'an impossible date', input: caseJson({ incidentAt: '2023-02-30T10:00:00+02:00' }), code: 'INVALID_CASE', path: 'incidentAt', secret: '2023-02-30' },
    { name: 'an unknown relationship', input: caseJson({ relationship: MARKER }), code: 'INVALID_CASE', path: 'relationship', secret: MARKER },
    { name: 'a __proto__ key', input: caseJson().replace(/^\{/, `{"__proto__":{"polluted":"${MARKER}"},`), code: 'INVALID_CASE', path: '__proto__', secret: MARKER },
  ];

  it.each(invalid)('$name is refused with $code at $path, and nothing is printed on standard output', ({ input, code, path, secret }) => {
    const run = dvRules(['evaluate', '-'], { input });

    const error = singleError(run);

    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(error.code).toBe(code);
    expect(error.issues.map((i) => i.path)).toContain(path);
    if (secret !== undefined) expect(run.stderr).not.toContain(secret);
  });

  it('a case dated 2018-12-27, before the 2018 form, exits 3 with NO_RULE_SET_IN_FORCE', () => {
    const run = dvRules(['evaluate', '-'], { input: caseJson({ incidentAt: '2018-12-27T20:00:00+02:00' }) });

    const error = singleError(run);

    expect(run.status).toBe(3);
    expect(run.stdout).toBe('');
    expect(error.code).toBe('NO_RULE_SET_IN_FORCE');
  });

  it('a case file that does not exist exits 2 with FILE_NOT_READABLE, naming the file', () => {
    const missing = join(dir, 'no-such-case.json');

    const run = dvRules(['evaluate', missing]);

    const error = singleError(run);
    expect(run.status).toBe(2);
    expect(error.code).toBe('FILE_NOT_READABLE');
    expect(error.file).toBe(missing);
  });

  it('an invalid --rule-set exits 2 with INVALID_RULE_SET, naming the rule-set file', () => {
    const ruleSet = 'fixtures/invalid/unknown-operator.json';

    const run = dvRules(['evaluate', '--rule-set', ruleSet, '-'], { input: caseJson() });

    const error = singleError(run);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(error.code).toBe('INVALID_RULE_SET');
    expect(error.file).toBe(ruleSet);
    expect(error.message).toContain(ruleSet);
  });

  it('an unknown flag exits 2 with INVALID_ARGUMENTS', () => {
    const run = dvRules(['evaluate', '--colour', '-'], { input: caseJson() });

    const error = singleError(run);
    expect(run.status).toBe(2);
    expect(error.code).toBe('INVALID_ARGUMENTS');
  });
});

describe('dv-rules evaluate, readable output in Romanian', () => {
  it('honours the ui and reason texts of a --labels pack', () => {
    const pack = tempFile('pack.json', JSON.stringify({ schemaVersion: 1, lang: 'ro', name: 'IPJ test', labels: { 'ui.met': 'ÎNDEPLINIT', 'reason.IMMINENT_RISK_NOT_OPPOSED': 'MOTIV AGENȚIE' } }));

    const run = dvRules(['evaluate', '--labels', pack, '-'], { input: caseJson() });

    expect(run.status).toBe(0);
    expect(run.stdout).toContain('ÎNDEPLINIT');
    expect(run.stdout).toContain('se poate emite: MOTIV AGENȚIE');
    expect(run.stdout).not.toContain('ATINS');
  });

  it('"demo --lang ro --register plain" names no measure by its identifier and shows no rule-set id, hash or code', () => {
    const run = dvRules(['demo', '--lang', 'ro', '--register', 'plain']);

    expect(run.status).toBe(0);
    expect(run.stdout).toContain('evacuarea temporară a agresorului din locuință');
    expect(run.stdout).toContain('120 de ore de la emitere');
    expect(run.stdout).not.toMatch(/temporary-eviction|surrender-weapons|ro-police-risk-form\/|sha256|\[PARAMETER_UNVERIFIED\]/);
  });
});

describe('the other dv-rules commands', () => {
  it('"demo" exits 0 and shows the example case with IMMINENT RISK', () => {
    const run = dvRules(['demo']);

    expect(run.status).toBe(0);
    expect(run.stdout).toContain('IMMINENT RISK');
    expect(run.stdout).not.toMatch(ANSI);
  });

  it('"rules" lists the 2018 police form with the day it took effect', () => {
    const run = dvRules(['rules']);

    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/ro-police-risk-form\/2018-12-28\s+2018-12-28/);
  });

  it('"rules --json" lists the 2018 police form as data', () => {
    const run = dvRules(['rules', '--json']);

    const list = JSON.parse(run.stdout) as Array<{ id: string; effectiveFrom: string }>;
    expect(run.status).toBe(0);
    expect(list.find((r) => r.id === 'ro-police-risk-form/2018-12-28')?.effectiveFrom).toBe('2018-12-28');
  });

  it.each(['case', 'result', 'rule-set'])('"schema %s" prints a JSON Schema', (name) => {
    const run = dvRules(['schema', name]);

    const schema = JSON.parse(run.stdout) as Record<string, unknown>;
    expect(run.status).toBe(0);
    expect(schema['type']).toBe('object');
    expect(typeof schema['properties']).toBe('object');
  });

  it('"schema nope" exits 2 with INVALID_ARGUMENTS', () => {
    const run = dvRules(['schema', 'nope']);

    const error = singleError(run);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(error.code).toBe('INVALID_ARGUMENTS');
  });

  it('ends with OUTPUT_WRITE_FAILED and exit status 2 when the reader closes the pipe before the end ("dv-rules train | head")', () => {
    const r = spawnSync('bash', ['-c', `"${process.execPath}" ${CLI} train --scenario fixtures/scenarios --reveal | head -n 1; echo "status=\${PIPESTATUS[0]}" >&2`], { encoding: 'utf8', timeout: 60_000 });

    expect(r.stdout.split('\n')[0]).toContain('Trainer, quiz.');
    const [error, status] = r.stderr.trim().split('\n');
    expect(JSON.parse(error ?? '')).toMatchObject({ error: { code: 'OUTPUT_WRITE_FAILED', file: 'standard output' } });
    expect(r.stderr).not.toContain('EPIPE');
    expect(status).toBe('status=2');
  });

  it('an unknown command exits 2 with INVALID_ARGUMENTS', () => {
    const run = dvRules(['judge']);

    const error = singleError(run);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(error.code).toBe('INVALID_ARGUMENTS');
  });
});
