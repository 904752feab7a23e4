/** The environment variables that decide colour, as `process.env` gives them. */
export type ColorEnv = Readonly<Record<string, string | undefined>>;

/**
 * Whether a stream gets colour, by the conventions Node's own `tty.getColorDepth` follows:
 * `FORCE_COLOR` decides when set (`''`, `1`, `2`, `3` or `true` is on, anything else off);
 * otherwise `NO_COLOR` (not empty, see no-color.org) and `NODE_DISABLE_COLORS` turn it off, and so
 * does `TERM=dumb`; otherwise a terminal gets colour and a pipe or a file does not.
 *
 * Node 20's `util.styleText` checks none of this consistently (an array of formats is always
 * styled, and before 20.18 nothing is checked), so the CLI decides here and styles only when on.
 *
 * @param isTTY - whether the stream is a terminal
 * @param env - the environment (`process.env`)
 * @returns true when the stream should be coloured
 * @example
 * colorEnabled(true, { TERM: 'dumb' }) //=> false
 * colorEnabled(false, { FORCE_COLOR: '1' }) //=> true
 * @since 0.1.0
 */
export function colorEnabled(isTTY: boolean, env: ColorEnv): boolean {
  const force = env['FORCE_COLOR'];
  if (force !== undefined) return ['', '1', '2', '3', 'true'].includes(force);
  if ((env['NO_COLOR'] ?? '') !== '') return false;
  if (env['NODE_DISABLE_COLORS'] !== undefined) return false;
  if (env['TERM'] === 'dumb') return false;
  return isTTY;
}
