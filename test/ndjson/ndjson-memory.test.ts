import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { readLines } from '../../src/cli/read-lines.js';
import { caseLine, MARKER, runInProcess } from './ndjson-kit.js';

// A full collection before each reading, so that it measures what is kept, not garbage; buffers
// live outside the JavaScript heap, so they are added.
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
const heapMiB = (): number => {
  gc();
  const m = process.memoryUsage();
  return (m.heapUsed + m.arrayBuffers) / 2 ** 20;
};

describe('dv-rules evaluate --ndjson over a long stream', () => {
  it('keeps memory flat over 10 000 lines: what the heap holds after them grows by less than 32 MiB from what it held after the first 1 000', async () => {
    // Each result line is about 70 kB: keeping 9 000 of them would hold over 600 MiB.
    const LINES = 10_000;
    const WARM_UP = 1_000;
    const good = `${caseLine()}\n`;
    const broken = `${caseLine({ relationship: MARKER })}\n`;
    function* input() {
      for (let i = 1; i <= LINES; i++) yield i % 10 === 0 ? broken : good;
    }
    let written = 0;
    let afterWarmUp = 0;

    const { status, stderr } = await runInProcess(['evaluate', '--ndjson'], input(), {
      onLine: () => {
        written += 1;
        if (written === WARM_UP) afterWarmUp = heapMiB();
      },
    });
    const atEnd = heapMiB();

    expect(status).toBe(2);
    expect(stderr).toBe('');
    expect(written).toBe(LINES);
    expect(atEnd - afterWarmUp).toBeLessThan(32);
  });
});

describe('readLines', () => {
  it('counts a 200 MiB line without holding it, and reads the next line', async () => {
    const before = heapMiB();
    let peak = 0;
    async function* input() {
      yield '{"a":1}\n';
      for (let i = 0; i < 200; i++) {
        // A fresh chunk each time, as a stream gives: a reader that kept them would grow by 1 MiB a chunk.
        if (i % 20 === 19) peak = Math.max(peak, heapMiB());
        yield Buffer.alloc(1024 * 1024, 'x');
      }
      yield '\n{"b":2}';
    }

    const lines = [];
    for await (const line of readLines(input(), 2 * 1024 * 1024)) lines.push(line);

    expect(lines).toEqual([
      { number: 1, text: '{"a":1}', last: true },
      { number: 2, text: null, problem: 'too-long', last: true },
      { number: 3, text: '{"b":2}', last: true },
    ]);
    // Generous: freed buffers are returned lazily; a reader that kept the line would be at 200 MiB.
    expect(peak - before).toBeLessThan(64);
  });

  it('keeps a character cut across two chunks whole, and drops a CRLF line end', async () => {
    const bytes = Buffer.from('{"n":"Ștefan"}\r\n', 'utf8');
    const cut = bytes.indexOf(0x98); // inside the two bytes of "Ș"

    const lines = [];
    for await (const line of readLines([bytes.subarray(0, cut), bytes.subarray(cut)][Symbol.iterator]() as never, 100)) lines.push(line);

    expect(lines).toEqual([{ number: 1, text: '{"n":"Ștefan"}', last: true }]);
  });

  it('marks the last line a chunk completes (the next waits for input), so that output held in a batch is written before the reader waits', async () => {
    const chunks = ['{"a":1}\n\n{"b":2}\n{"c"', ':3}\n', '{"d":4}\n{"e":5}\n{"f"', ':6}'];

    const lines = [];
    for await (const line of readLines(chunks[Symbol.iterator]() as never, 100)) lines.push(line);

    expect(lines).toEqual([
      { number: 1, text: '{"a":1}' },
      { number: 3, text: '{"b":2}', last: true },
      { number: 4, text: '{"c":3}', last: true },
      { number: 5, text: '{"d":4}' },
      { number: 6, text: '{"e":5}', last: true },
      { number: 7, text: '{"f":6}', last: true },
    ]);
  });
});
