import type { Translator } from '../../index.js';
import type { LineSource } from './line-source.js';
import { textStyle } from '../text-style.js';

/** Bold and dim, or nothing at all when colour is off (not a terminal, or NO_COLOR set). */
export interface TrainStyle {
  bold(s: string): string;
  dim(s: string): string;
}

/** What a training session writes to, reads from and speaks with. */
export interface TrainSession {
  readonly t: Translator['t'];
  readonly tr: Translator;
  readonly style: TrainStyle;
  out(text: string): void;
  /** Writes a line (a newline is added). */
  say(text?: string): void;
  /**
   * Shows a prompt and reads one line, trimmed; `null` when the input has ended. When the input
   * is not a terminal the answer is echoed after the prompt, so a piped transcript reads like a
   * terminal one.
   */
  ask(prompt: string): Promise<string | null>;
}


/**
 * Builds the session the free mode and the quiz run in.
 *
 * @param tr - the session's translator (`createTranslator` with the agency's pack)
 * @param io - where to write, whether colour is allowed, where lines come from, whether to echo them
 * @returns the session
 * @example
 * const s = createTrainSession(tr, { out: print, color: false, lines, echo: true });
 * await s.ask('q1 [y/n]: ') //=> 'y', having printed 'q1 [y/n]: y'
 * @since 0.1.0
 */
export function createTrainSession(
  tr: Translator,
  io: { out(text: string): void; color: boolean; lines: LineSource; echo: boolean },
): TrainSession {
  return {
    t: tr.t,
    tr,
    style: textStyle(io.color),
    out: io.out,
    say: (text = '') => io.out(`${text}\n`),
    async ask(prompt) {
      io.out(prompt);
      const line = await io.lines.next();
      if (line === null) {
        io.out('\n');
        return null;
      }
      if (io.echo) io.out(`${line}\n`);
      return line.trim();
    },
  };
}

/** The answer a trainee typed for yes or no, in either language; undefined for anything else. */
export function yesNo(answer: string): boolean | undefined {
  const a = answer.toLowerCase();
  if (['y', 'yes', 'd', 'da'].includes(a)) return true;
  if (['n', 'no', 'nu'].includes(a)) return false;
  return undefined;
}
