import { describe, expect, it } from 'vitest';
import { colorEnabled } from '../../src/cli/color-enabled.js';
import { textStyle } from '../../src/cli/text-style.js';

describe('colour follows NO_COLOR, FORCE_COLOR and TERM=dumb', () => {
  it.each([
    [true, {}, true],
    [false, {}, false],
    [true, { NO_COLOR: '1' }, false],
    [true, { NO_COLOR: '' }, true],
    [true, { TERM: 'dumb' }, false],
    [true, { NODE_DISABLE_COLORS: '1' }, false],
    [false, { FORCE_COLOR: '1' }, true],
    [false, { FORCE_COLOR: '' }, true],
    [true, { FORCE_COLOR: '0' }, false],
    [false, { FORCE_COLOR: '3', NO_COLOR: '1', TERM: 'dumb' }, true],
  ])('a terminal %s with %j: colour %s', (tty, env, expected) => {
    expect(colorEnabled(tty, env)).toBe(expected);
  });

  it('styles with node:util styleText when on, and leaves text alone when off', () => {
    expect(textStyle(true).bold('x')).toBe('\u001b[1mx\u001b[22m');
    expect(textStyle(true).red('x')).toBe('\u001b[31mx\u001b[39m');
    expect(textStyle(false).bold('x')).toBe('x');
  });
});
