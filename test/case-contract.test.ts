import { describe, expect, it } from 'vitest';
import { DvRulesError, evaluate, jsonSchema, resultSchema } from '../src/index.js';

// The contract of evaluate's input: anything not exactly a case is refused with INVALID_CASE and the
// path of what is wrong, and the error never repeats the case's data.

const valid = () => ({
  schemaVersion: 1,
  incidentAt: '2019-03-01T10:00:00+02:00',
  relationship: 'spouse',
  riskForm: { answers: { q1: 'yes', q2: 'no' } as Record<string, unknown> },
});

const without = (key: string): Record<string, unknown> => {
  const c: Record<string, unknown> = valid();
  delete c[key];
  return c;
};

/** A distinctive value that must never appear in an error message. */
const MARKER = 'Zanzibar-7731';

async function refusal(input: unknown): Promise<DvRulesError> {
  const outcome = await evaluate(input).then(
    () => new Error('expected evaluate to refuse the case'),
    (e: unknown) => e,
  );
  if (!(outcome instanceof DvRulesError)) throw outcome;
  return outcome;
}

/** Every text of the error a reader sees, except the paths (which name fields, never values). */
const texts = (e: DvRulesError): string => [e.message, ...e.issues.map((i) => i.message)].join('\n');

interface Refused {
  name: string;
  input: unknown;
  path: string;
  /** Case data that must not be echoed by the error. */
  secret?: string;
}

const refused: Refused[] = [
  { name: 'null', input: null, path: '$' },
  { name: 'an array', input: [valid()], path: '$' },
  { name: 'a string', input: `{"relationship":"${MARKER}"}`, path: '$', secret: MARKER },
  { name: 'a number', input: 42, path: '$' },
  { name: 'a top-level typo (incidentDate for incidentAt)', input: { ...without('incidentAt'), incidentDate: '2019-03-01T10:00:00+02:00' }, path: 'incidentDate' },
  { name: 'an unknown top-level field next to the right ones', input: { ...valid(), notes: MARKER }, path: 'notes', secret: MARKER },
  { name: 'an answer to q22, which the 2018 form does not have', input: { ...valid(), riskForm: { answers: { q1: 'yes', q22: 'yes' } } }, path: 'riskForm.answers.q22' },
  { name: 'an answer keyed Q1 instead of q1', input: { ...valid(), riskForm: { answers: { Q1: 'yes' } } }, path: 'riskForm.answers.Q1' },
  { name: 'an unknown field in riskForm', input: { ...valid(), riskForm: { answers: {}, extra: MARKER } }, path: 'riskForm.extra', secret: MARKER },
  { name: 'an answer "maybe"', input: { ...valid(), riskForm: { answers: { q1: 'maybe' } } }, path: 'riskForm.answers.q1', secret: 'maybe' },
  { name: 'an answer given as true', input: { ...valid(), riskForm: { answers: { q1: true } } }, path: 'riskForm.answers.q1', secret: 'true' },
  { name: 'an answer given as 1', input: { ...valid(), riskForm: { answers: { q1: 1 } } }, path: 'riskForm.answers.q1' },
  { name: 'a missing incidentAt', input: without('incidentAt'), path: 'incidentAt' },
  { name: 'a missing relationship', input: without('relationship'), path: 'relationship' },
  { name: 'a missing schemaVersion', input: without('schemaVersion'), path: 'schemaVersion' },
  { name: 'schemaVersion 2', input: { ...valid(), schemaVersion: 2 }, path: 'schemaVersion' },
  { name: 'an incidentAt without offset', input: { ...valid(), incidentAt: '2019-03-01T10:00:00' }, path: 'incidentAt', secret: '2019-03-01T10:00:00' },
  { name: 'an incidentAt that is only a date', input: { ...valid(), incidentAt: '2019-03-01' }, path: 'incidentAt' },
  { name: 'an impossible incidentAt (30 February)', input: { ...valid(), incidentAt: '2023-02-30T10:00:00+02:00' }, path: 'incidentAt', secret: '2023-02-30' },
  { name: 'an impossible hour (25:00)', input: { ...valid(), incidentAt: '2023-03-01T25:00:00+02:00' }, path: 'incidentAt' },
  { name: 'an event time without offset', input: { ...valid(), events: { provisionalOrderIssuedAt: '2019-03-01T12:00:00' } }, path: 'events.provisionalOrderIssuedAt' },
  { name: 'an unknown relationship', input: { ...valid(), relationship: MARKER }, path: 'relationship', secret: MARKER },
  { name: 'an officer finding that is not true or false', input: { ...valid(), riskForm: { answers: {}, officerFinding: { imminentRisk: 'yes', reason: MARKER } } }, path: 'riskForm.officerFinding.imminentRisk', secret: MARKER },
  { name: 'a __proto__ key at the top level', input: JSON.parse(`{"schemaVersion":1,"incidentAt":"2019-03-01T10:00:00+02:00","relationship":"spouse","__proto__":{"polluted":"${MARKER}"}}`), path: '__proto__', secret: MARKER },
  { name: 'a __proto__ key inside the answers', input: JSON.parse(`{"schemaVersion":1,"incidentAt":"2019-03-01T10:00:00+02:00","relationship":"spouse","riskForm":{"answers":{"q1":"yes","__proto__":{"polluted":"${MARKER}"}}}}`), path: 'riskForm.answers.__proto__', secret: MARKER },
  { name: 'a constructor key at the top level', input: JSON.parse(`{"schemaVersion":1,"incidentAt":"2019-03-01T10:00:00+02:00","relationship":"spouse","constructor":{"prototype":{"polluted":"${MARKER}"}}}`), path: 'constructor', secret: MARKER },
  { name: 'a constructor key inside the answers', input: JSON.parse(`{"schemaVersion":1,"incidentAt":"2019-03-01T10:00:00+02:00","relationship":"spouse","riskForm":{"answers":{"constructor":"yes"}}}`), path: 'riskForm.answers.constructor' },
];

describe('evaluate refuses what is not a case', () => {
  it.each(refused)('$name is refused with INVALID_CASE at $path', async ({ input, path }) => {
    const error = await refusal(input);

    expect(error.code).toBe('INVALID_CASE');
    expect(error.issues.map((i) => i.path)).toContain(path);
  });

  it.each(refused.filter((r) => r.secret !== undefined))('refusing $name, the error does not repeat the case data', async ({ input, secret }) => {
    const error = await refusal(input);

    expect(texts(error)).not.toContain(secret);
    expect(JSON.stringify(error.toJSON().issues.map((i) => i.message))).not.toContain(secret);
  });

  it('a case with __proto__ or constructor keys leaves Object.prototype as it was', async () => {
    for (const r of refused.filter((x) => /__proto__|constructor/.test(x.name))) await refusal(r.input);

    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')).toBe(false);
  });

  it('a value that is not JSON data (a Date) is refused with its path', async () => {
    const error = await refusal({ ...valid(), incidentAt: new Date('2019-03-01T10:00:00+02:00') });

    expect(error.code).toBe('INVALID_CASE');
    expect(error.issues.map((i) => i.path)).toContain('incidentAt');
  });

  it('the refused case is not changed by evaluate', async () => {
    const input = { ...valid(), riskForm: { answers: { q1: 'maybe' } } };
    const before = JSON.stringify(input);

    await refusal(input);

    expect(JSON.stringify(input)).toBe(before);
  });

  it('a valid case is accepted, as a control for the refusals above', async () => {
    const result = await evaluate(valid());

    expect(result.incidentDate).toBe('2019-03-01');
    expect(result.riskAssessment?.groups[0]?.yes).toBe(1);
  });
});

describe('the published JSON Schemas', () => {
  it.each(['case', 'result', 'rule-set'] as const)('jsonSchema("%s") is a JSON Schema object describing an object', (name) => {
    const schema = jsonSchema(name);

    expect(typeof schema).toBe('object');
    expect(schema['type']).toBe('object');
    expect(typeof schema['properties']).toBe('object');
    expect(JSON.parse(JSON.stringify(schema))).toEqual(schema);
  });

  it('the case schema requires schemaVersion, incidentAt and relationship and allows no other fields', () => {
    const schema = jsonSchema('case');

    expect(schema['required']).toEqual(expect.arrayContaining(['schemaVersion', 'incidentAt', 'relationship']));
    expect(schema['additionalProperties']).toBe(false);
  });

  it('results of evaluate, as JSON, parse with resultSchema', async () => {
    const cases = [
      valid(),
      { ...valid(), riskForm: { answers: {} } },
      { ...valid(), riskForm: { answers: { q1: 'yes', q2: 'yes' } } },
      { schemaVersion: 1, incidentAt: '2024-09-15T10:00:00+03:00', relationship: 'neighbour' },
      { schemaVersion: 1, incidentAt: '2019-03-01T10:00:00+02:00', relationship: 'spouse', riskForm: { answers: { q1: 'yes', q2: 'yes' } }, events: { provisionalOrderIssuedAt: '2019-03-01T11:00:00+02:00' } },
    ];

    for (const c of cases) {
      const result = JSON.parse(JSON.stringify(await evaluate(c))) as unknown;
      const parsed = resultSchema.safeParse(result);
      expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
    }
  });
});
