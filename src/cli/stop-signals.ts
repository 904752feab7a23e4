/** The signals that stop a long-running command: Ctrl-C, and a supervisor's or a CI job's timeout. */
export const STOP_SIGNALS = ['SIGINT', 'SIGTERM'] as const;
export type StopSignal = (typeof STOP_SIGNALS)[number];

/** Where a command hears SIGINT and SIGTERM: the process (a test may pass its own). */
export type StopSignals = Pick<NodeJS.Process, 'on' | 'off'>;

/**
 * Calls `stop` on the first SIGINT or SIGTERM, once: its listeners are then gone, so a second
 * signal finds none of ours and takes Node's own handling (the process ends at once).
 *
 * @param signals - where the signals are heard
 * @param stop - what the command does on the first one, given its name
 * @returns what removes the listeners before any signal came (call it once the command is done)
 * @example
 * const off = onFirstStopSignal(process, (signal) => server.close()); … off();
 * @since 0.1.0
 */
export function onFirstStopSignal(signals: StopSignals, stop: (signal: StopSignal) => void): () => void {
  const off = (): void => {
    for (const s of STOP_SIGNALS) signals.off(s, heard);
  };
  const heard = (signal: StopSignal): void => {
    off();
    stop(signal);
  };
  for (const s of STOP_SIGNALS) signals.on(s, heard);
  return off;
}
