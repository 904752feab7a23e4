import { describe, expect, it } from 'vitest';
import { progressLine } from '../../src/cli/progress-line.js';
import { caseLine, MARKER, runInProcess } from './ndjson-kit.js';

describe('the --ndjson progress line on a terminal', () => {
  it('counts lines done and refused on standard error, never shows the input, and is erased at the end', async () => {
    const input = [`${caseLine()}\n`, `${caseLine({ relationship: MARKER })}\n`, `{"${MARKER}":\n`];
    const out: string[] = [];

    const { status, stderr } = await runInProcess(['evaluate', '--ndjson'], input, { progress: true, onLine: (l) => out.push(l) });

    expect(status).toBe(2);
    expect(out).toHaveLength(3);
    expect(stderr).toMatch(/^\rdv-rules: 1 line, 0 refused, \d+ lines\/s\u001b\[K/);
    expect(stderr.endsWith('\r\u001b[K')).toBe(true);
    expect(stderr).not.toContain(MARKER);
  });

  it('speaks the language of --lang: in Romanian, lines are "linii" and the refused count is named', async () => {
    const input = [`${caseLine()}\n`, `${caseLine({ relationship: MARKER })}\n`];

    const { stderr } = await runInProcess(['evaluate', '--ndjson', '--lang', 'ro'], input, { progress: true, onLine: () => undefined });

    expect(stderr).toMatch(/^\rdv-rules: 1 linie, refuzate: 0, \d+ linii\/s\u001b\[K/);
    expect(stderr).not.toMatch(/lines|refused/);
  });

  it('is not drawn over lines being typed (standard input a terminal), where the terminal echoes them', async () => {
    const input = [`${caseLine()}\n`, `${caseLine()}\n`];

    const typed = await runInProcess(['evaluate', '--ndjson', '-'], input, { progress: true, stdinIsTTY: true, onLine: () => undefined });
    const piped = await runInProcess(['evaluate', '--ndjson', '-'], input, { progress: true, stdinIsTTY: false, onLine: () => undefined });

    expect(typed.status).toBe(0);
    expect(typed.stderr).toBe('');
    expect(piped.stderr).toContain('lines/s');
  });

  it('is redrawn at most ten times a second', () => {
    let now = 0;
    const drawn: string[] = [];
    const progress = progressLine((t) => drawn.push(t), () => now);

    for (let done = 1; done <= 100; done++) {
      now += 5;
      progress.update(done, 0);
    }
    progress.clear();

    // 500 ms of updates every 5 ms: the first at once, then one every 100 ms, then the erase.
    expect(drawn).toHaveLength(6);
    expect(drawn[1]).toBe('\rdv-rules: 21 lines, 0 refused, 200 lines/s\u001b[K');
    expect(drawn.at(-1)).toBe('\r\u001b[K');
  });

  it('is not drawn, nor erased, when nothing was done', () => {
    const drawn: string[] = [];

    progressLine((t) => drawn.push(t)).clear();

    expect(drawn).toEqual([]);
  });
});
