/** The progress of a streaming command on standard error; never a word of the input. */
export interface ProgressLine {
  /** Redraws the line, at most ten times a second. */
  update(done: number, refused: number): void;
  /** Erases the line, if it was drawn. */
  clear(): void;
}

const REDRAW_MS = 100;

/** The counter's words: lines done, lines refused, lines a second (`--lang`; English by default). */
export type ProgressText = (done: number, refused: number, rate: number) => string;

const english: ProgressText = (done, refused, rate) => `${done} ${done === 1 ? 'line' : 'lines'}, ${refused} refused, ${rate} lines/s`;

/**
 * A one-line counter, redrawn in place with a carriage return: lines done, lines refused and the
 * rate. The first update draws at once; later ones at most every 100 ms.
 *
 * @param err - writes to standard error (a terminal)
 * @param now - the clock, in milliseconds
 * @param text - the counter's words, in the language of the command
 * @returns the progress line
 * @example
 * const p = progressLine(io.err); p.update(1200, 3); // "\rdv-rules: 1200 lines, 3 refused, 2400 lines/s\u001b[K"
 * @since 0.1.0
 */
export function progressLine(err: (text: string) => void, now: () => number = Date.now, text: ProgressText = english): ProgressLine {
  const start = now();
  let drawnAt: number | undefined;
  return {
    update(done, refused) {
      const t = now();
      if (drawnAt !== undefined && t - drawnAt < REDRAW_MS) return;
      drawnAt = t;
      const rate = t > start ? Math.round((done * 1000) / (t - start)) : 0;
      err(`\rdv-rules: ${text(done, refused, rate)}\u001b[K`);
    },
    clear() {
      if (drawnAt !== undefined) err('\r\u001b[K');
    },
  };
}
