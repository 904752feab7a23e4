import { describe, expect, it } from 'vitest';
import { batchItemSchema, DvRulesError, evaluate, evaluateMany, evaluateManyAsync, type BatchItem } from '../../src/index.js';

const MARKER = 'Zanzibar-7731';
const good = (q4: 'yes' | 'no') => ({ schemaVersion: 1, incidentAt: '2019-03-01T21:15:00+02:00', relationship: 'spouse', riskForm: { answers: { q1: 'yes', q4 } } });
const invalid = { schemaVersion: 1, incidentAt: '2019-03-01T21:15:00+02:00', relationship: MARKER };
const before2012 = { schemaVersion: 1, incidentAt: '2010-06-01T10:00:00+03:00', relationship: 'spouse' };

/** An iterable that counts how many cases were pulled from it. */
function counted<T>(cases: readonly T[]): { iterable: Iterable<T>; pulled: () => number } {
  let pulled = 0;
  return {
    iterable: {
      *[Symbol.iterator]() {
        for (const c of cases) {
          pulled += 1;
          yield c;
        }
      },
    },
    pulled: () => pulled,
  };
}

async function collect(items: AsyncIterable<BatchItem>): Promise<BatchItem[]> {
  const out: BatchItem[] = [];
  for await (const item of items) out.push(item);
  return out;
}

const codeOf = (item: BatchItem | undefined): string | undefined => (item !== undefined && 'error' in item ? item.error.code : undefined);

describe('evaluateManyAsync', () => {
  it('yields one item per case, in order, with the result evaluate gives or the coded error, and goes on after a refused case', async () => {
    const items = await collect(evaluateManyAsync([good('yes'), invalid, before2012, good('no')]));

    expect(items.map((i) => i.index)).toEqual([0, 1, 2, 3]);
    expect(items[0]).toEqual({ index: 0, result: await evaluate(good('yes')) });
    expect(codeOf(items[1])).toBe('INVALID_CASE');
    expect(codeOf(items[2])).toBe('NO_RULE_SET_IN_FORCE');
    expect(items[3]).toEqual({ index: 3, result: await evaluate(good('no')) });
    for (const item of items) expect(batchItemSchema.safeParse(item).success).toBe(true);
  });

  it('gives a refused case exactly the DvRulesError JSON evaluate throws, without the offending value', async () => {
    const thrown = await evaluate(invalid).then(() => undefined, (e: unknown) => e);

    const [item] = await collect(evaluateManyAsync([invalid]));

    expect(thrown).toBeInstanceOf(DvRulesError);
    expect(item).toEqual({ index: 0, error: (thrown as DvRulesError).toJSON() });
    expect(JSON.stringify(item)).not.toContain(MARKER);
  });

  it('turns a case whose every read throws into INVALID_CASE without the thrown message', async () => {
    // A case whose every property read throws: not a DvRulesError, and its message is case data;
    // the API boundary turns it into a coded refusal (issue 12), so it is not an INTERNAL_ERROR.
    const hostile = new Proxy({}, { get: () => { throw new Error(MARKER); }, ownKeys: () => { throw new Error(MARKER); } });

    const items = await collect(evaluateManyAsync([hostile, good('yes')]));

    expect(codeOf(items[0])).toBe('INVALID_CASE');
    expect(JSON.stringify(items[0])).not.toContain(MARKER);
    expect(items[1] && 'result' in items[1]).toBe(true);
  });

  it('reads an async iterable lazily, a case only when its item is asked for, and closes it when the caller stops', async () => {
    let pulled = 0;
    let closed = false;
    async function* cases() {
      try {
        for (;;) {
          pulled += 1;
          yield good('yes');
        }
      } finally {
        closed = true;
      }
    }
    const items = evaluateManyAsync(cases());

    const first = await items.next();
    const second = await items.next();
    await items.return();

    expect([first.value?.index, second.value?.index]).toEqual([0, 1]);
    expect(pulled).toBe(2);
    expect(closed).toBe(true);
  });

  it('refuses bad options with INVALID_OPTIONS at the call, before pulling a case', () => {
    const { iterable, pulled } = counted([good('yes')]);

    const call = () => evaluateManyAsync(iterable, { lang: 'fr' } as never);

    expect(call).toThrow(DvRulesError);
    expect(() => call()).toThrow(expect.objectContaining({ code: 'INVALID_OPTIONS', issues: [expect.objectContaining({ path: 'lang' })] }));
    expect(pulled()).toBe(0);
  });

  it('refuses something that is not iterable with INVALID_ARGUMENTS', () => {
    expect(() => evaluateManyAsync(good('yes') as never)).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENTS' }));
  });
});

describe('evaluateMany', () => {
  it('refuses bad options with INVALID_OPTIONS at the call, before pulling a case', () => {
    const { iterable, pulled } = counted([good('yes')]);

    expect(() => evaluateMany(iterable, { asOf: 'yesterday' })).toThrow(expect.objectContaining({ code: 'INVALID_OPTIONS', issues: [expect.objectContaining({ path: 'asOf' })] }));
    expect(pulled()).toBe(0);
  });

  it('refuses options that are not an object, and cases that are not iterable', () => {
    expect(() => evaluateMany([], null as never)).toThrow(expect.objectContaining({ code: 'INVALID_OPTIONS' }));
    expect(() => evaluateMany(42 as never)).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENTS' }));
  });

  it('yields, in order, what evaluateManyAsync yields, and goes on after a refused case', async () => {
    const cases = [good('yes'), invalid, before2012, good('no')];
    // Errors name the function that refused (evaluateSync or evaluate); code and paths are the same.
    const unnamed = (items: readonly BatchItem[]) => items.map((i) => ('error' in i ? { ...i, error: { ...i.error, message: i.error.message.replace(/^\w+:/, '') } } : i));

    const items = [...evaluateMany(cases, { lang: 'ro' })];

    expect(items.map((i) => 'error' in i)).toEqual([false, true, true, false]);
    expect(unnamed(items)).toEqual(unnamed(await collect(evaluateManyAsync(cases, { lang: 'ro' }))));
  });

  it('pulls one case per item asked for, so an endless iterable is fine', () => {
    function* endless() {
      for (;;) yield good('yes');
    }
    const items = evaluateMany(endless());

    expect([items.next().value?.index, items.next().value?.index]).toEqual([0, 1]);
  });
});
