import { inspect, isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate, evaluateSync, verifyReceipt } from '../../src/index.js';

// On the compiled path a case without events is answered from its prelude's form memo when a case
// of the same day, relationship, flags and options had the same YES and NO counts in each group:
// only the parts that name items are made for it. These tests make cases meet in the memo (other
// hours of one day, other answers with equal counts) and hold each result to the reference path,
// which builds every result whole.

const ITEMS = Array.from({ length: 21 }, (_, i) => `q${i + 1}`);
const answersArb = fc
  .array(fc.constantFrom('yes', 'no', 'unknown', undefined), { minLength: 21, maxLength: 21 })
  .map((a) => Object.fromEntries(ITEMS.flatMap((id, i) => (a[i] === undefined ? [] : [[id, a[i]]]))));
// 2025-03-29 and 2025-03-30 (the spring clock change in Bucharest) at any minute, with either offset.
const instantArb = fc
  .integer({ min: Date.parse('2025-03-28T20:00:00Z'), max: Date.parse('2025-03-30T22:59:00Z') })
  .map((ms) => new Date(ms - (ms % 60_000)).toISOString().replace('.000Z', 'Z'));

describe('results answered from the form memo', () => {
  it('equal the reference path whole, for cases at other hours of one day and answers with the same counts', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.record({
            answers: answersArb,
            incidentAt: instantArb,
            relationship: fc.constantFrom('spouse', 'neighbour', 'child'),
            opposes: fc.option(fc.boolean(), { nil: undefined }),
            lang: fc.constantFrom('en' as const, 'ro' as const),
          }),
          { minLength: 2, maxLength: 16 },
        ),
        async (cases) => {
          for (const { answers, incidentAt, relationship, opposes, lang } of cases) {
            const c = { schemaVersion: 1, incidentAt, relationship, riskForm: { answers }, ...(opposes === undefined ? {} : { victimOpposesProvisionalOrder: opposes }) };
            const compiled = evaluateSync(c, { lang });
            const reference = await evaluate(c, { lang, engine: 'reference' });
            expect(isDeepStrictEqual(compiled, reference)).toBe(true);
          }
        },
      ),
      { numRuns: 80, seed: 20261202 },
    );
  });

  it('gives two cases with equal counts their own item lists, and shares only what the counts decide', () => {
    const day = { schemaVersion: 1, relationship: 'spouse' };
    // The memo of a prelude is kept from its second case on: a first case of the day, other counts.
    evaluateSync({ ...day, incidentAt: '2025-03-29T07:00:00+02:00', riskForm: { answers: { q8: 'yes' } } });
    const first = evaluateSync({ ...day, incidentAt: '2025-03-29T08:00:00+02:00', riskForm: { answers: { q1: 'yes', q9: 'no' } } });
    const second = evaluateSync({ ...day, incidentAt: '2025-03-29T21:30:00+02:00', riskForm: { answers: { q2: 'yes', q10: 'no' } } });

    expect(second.riskAssessment?.groups).toBe(first.riskAssessment?.groups);
    expect(second.determination).toBe(first.determination);
    expect(second.riskAssessment?.items.filter((i) => i.answer === 'yes').map((i) => i.id)).toEqual(['q2']);
    expect(second.riskAssessment?.decisiveItems).not.toContain('q2');
    expect(first.riskAssessment?.decisiveItems).toContain('q2');
    expect(Object.isFrozen(second.determination)).toBe(true);
    // Results of the same counts share their lists of explanation entries and warnings, frozen.
    expect(second.explanation).toBe(first.explanation);
    expect(second.warnings).toBe(first.warnings);
    expect(Object.isFrozen(second.explanation)).toBe(true);
    expect(Object.isFrozen(second.explanation[0])).toBe(true);
    expect(second.receipt.inputSha256).not.toBe(first.receipt.inputSha256);
  });

  it('makes the item parts of a result it answers when first read: own enumerable getters, read as data by JSON, copies, proxies and verifyReceipt', async () => {
    const day = { schemaVersion: 1, relationship: 'spouse', incidentAt: '2025-05-06T10:00:00+03:00' };
    evaluateSync({ ...day, riskForm: { answers: { q3: 'no' } } });
    evaluateSync({ ...day, riskForm: { answers: { q1: 'yes', q9: 'yes', q10: 'no' } } });
    const c = { ...day, riskForm: { answers: { q2: 'yes', q8: 'yes', q11: 'no', q12: 'unknown' } } };
    const hit = evaluateSync(c);
    const ra = hit.riskAssessment!;
    for (const name of ['decisiveItems', 'items', 'minimalFlips']) {
      const d = Object.getOwnPropertyDescriptor(ra, name);
      expect(typeof d?.get, name).toBe('function');
      expect(d?.enumerable, name).toBe(true);
    }
    // The same fields, in the same order, as a result built whole; the state is seen by none of these.
    const reference = await evaluate(c, { engine: 'reference' });
    expect(Object.keys(ra)).toEqual(Object.keys(reference.riskAssessment!));
    expect(JSON.stringify(hit)).toBe(JSON.stringify(reference));
    expect(structuredClone(hit)).toEqual(JSON.parse(JSON.stringify(reference)));
    expect({ ...ra }).toEqual(reference.riskAssessment);
    expect(ra.items.filter((i) => i.answer === 'yes').map((i) => i.id)).toEqual(['q2', 'q8']);
    // Made once: a second read gives the very same lists.
    expect(ra.items).toBe(ra.items);
    expect(ra.minimalFlips).toBe(ra.minimalFlips);
    expect(verifyReceipt(hit)).toMatchObject({ ok: true, content: 'ok' });
    // Assigning replaces the field for this result alone, as when it was data.
    const yesOnly = ra.items.filter((i) => i.answer === 'yes');
    (ra as { items: unknown }).items = yesOnly;
    expect(ra.items).toBe(yesOnly);
    expect(Object.getOwnPropertyDescriptor(ra, 'items')).toMatchObject({ value: yesOnly, writable: true, enumerable: true });
    expect(evaluateSync(c).riskAssessment!.items).toHaveLength(21);
  });

  it('reads the lazy fields through a reactive proxy, after a deep freeze that walks every own key, and shows no case data to util.inspect', async () => {
    const day = { schemaVersion: 1, relationship: 'spouse', incidentAt: '2025-05-08T10:00:00+03:00' };
    evaluateSync({ ...day, riskForm: { answers: { q3: 'no' } } });
    evaluateSync({ ...day, riskForm: { answers: { q1: 'yes', q9: 'yes', q10: 'no' } } });
    const c = { ...day, riskForm: { answers: { q2: 'yes', q8: 'yes', q11: 'no' } } };
    const reference = JSON.stringify(await evaluate(c, { engine: 'reference' }));
    // As Vue's reactive() does: every object read is wrapped in a proxy of the same kind, except
    // one that is not extensible; the getters run with the proxy as receiver. (A wrapped value of a
    // read-only, non-configurable property would break the proxy's invariants.)
    const proxies = new WeakMap<object, object>();
    const reactive = <T extends object>(o: T): T => {
      if (!Object.isExtensible(o)) return o;
      let p = proxies.get(o);
      if (p === undefined) {
        p = new Proxy(o, {
          get: (t, k, r) => {
            const v = Reflect.get(t, k, r) as unknown;
            return typeof v === 'object' && v !== null ? reactive(v) : v;
          },
        });
        proxies.set(o, p);
      }
      return p as T;
    };
    expect(JSON.stringify(reactive(evaluateSync(c)))).toBe(reference);
    expect(verifyReceipt(reactive(evaluateSync(c)))).toMatchObject({ ok: true });
    // A deep freeze over Reflect.ownKeys (symbols and non-enumerable keys too), without reading getters.
    const freezeAll = (o: unknown): void => {
      if (typeof o !== 'object' || o === null || Object.isFrozen(o)) return;
      Object.freeze(o);
      for (const k of Reflect.ownKeys(o)) {
        const d = Object.getOwnPropertyDescriptor(o, k)!;
        if ('value' in d) freezeAll(d.value);
      }
    };
    const frozen = evaluateSync(c);
    freezeAll(frozen);
    expect(JSON.stringify(frozen)).toBe(reference);
    // The hidden state shows nothing: not the case's answers, not the result.
    const shown = inspect(evaluateSync(c), { showHidden: true, depth: 12 });
    expect(shown).toContain('LazyState {}');
    expect(shown).not.toContain('answers');
  });

  it('judges a case that differs from the one before only in a scalar (relationship, a flag, the day) on its own prelude', async () => {
    const answers = { q1: 'yes', q2: 'yes', q8: 'no' } as const;
    const base = { schemaVersion: 1, incidentAt: '2025-05-07T10:00:00+03:00', relationship: 'spouse', riskForm: { answers } };
    const variants = [
      base,
      { ...base, relationship: 'neighbour' },
      { ...base, victimOpposesProvisionalOrder: true },
      { ...base, incidentAt: '2025-05-07T23:30:00+03:00' },
      { ...base, incidentAt: '2025-05-07T23:30:00+02:00' },
      { ...base, incidentAt: '2024-08-30T12:00:00+03:00', relationship: 'neighbour' },
      base,
    ];
    for (const v of variants) {
      // Each twice, so the second is answered from its prelude's memo.
      for (let i = 0; i < 2; i++) expect(JSON.stringify(evaluateSync(v))).toBe(JSON.stringify(await evaluate(v, { engine: 'reference' })));
    }
    // The neighbour's case on 2024-08-30 (before Law 26/2024) and on 2025-05-07 differ in regime: no prelude was taken from the case before.
    expect(evaluateSync(variants[5]!).regime.id).not.toBe(evaluateSync(variants[1]!).regime.id);
  });
});
