/** Where the CLI reads and writes; tests and the real process supply their own. */
export interface CliIo {
  readStdin(): Promise<string>;
  out(text: string): void;
  err(text: string): void;
  /** Colour is used only on a TTY and when NO_COLOR is not set. */
  color: boolean;
}
