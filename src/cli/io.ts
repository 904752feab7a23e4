import type { JsonLineBytes } from './json-line-batch.js';
import type { JsonLine } from './json-line.js';

/** Where the CLI reads and writes; tests and the real process supply their own. */
export interface CliIo {
  readStdin(): Promise<string>;
  /**
   * Standard input as a stream of chunks, for `evaluate --ndjson`, which reads it line by line
   * and never whole. Without it, the text `readStdin` gives is the only chunk.
   */
  stdin?(): AsyncIterable<Uint8Array | string>;
  out(text: string): void;
  /** Writes to standard output and resolves once it can take more (backpressure). Without it, `out`. */
  write?(text: string): Promise<void>;
  /**
   * Writes a line `jsonLine` made, as `write` does but without the output gate's scan: such a line
   * already has every character the gate would change escaped (test/ndjson: a property holds it).
   */
  writeJsonLine?(line: JsonLine): Promise<void>;
  /**
   * Writes lines a `JsonLineBatch` gathered, as bytes, without the output gate's scan (they are
   * `jsonLine`'s lines, byte for byte), and resolves once they were handed on and standard output
   * can take more: only then may their memory be reused (`JsonLineBatch.take`). With it,
   * `evaluate --ndjson` writes several lines at a time; without it, one `writeJsonLine` per line.
   */
  writeJsonBytes?(bytes: JsonLineBytes): Promise<void>;
  err(text: string): void;
  /** Colour on standard output: a terminal, or FORCE_COLOR; never with NO_COLOR or TERM=dumb (`colorEnabled`). */
  color: boolean;
  /** Standard input is a terminal: a command with no input file says what it expects instead of waiting. */
  stdinIsTTY?: boolean;
  /** Standard error is a terminal: errors are sentences with a hint there (unless --json), one JSON object elsewhere. */
  errIsTTY?: boolean;
  /** A progress line may be drawn on standard error: it is a terminal and standard output is not. */
  progress?: boolean;
}
