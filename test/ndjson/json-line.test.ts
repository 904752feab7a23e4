import { describe, expect, it } from 'vitest';
import { jsonLine } from '../../src/cli/json-line.js';

describe('jsonLine', () => {
  it('writes one line that parses back to the same value, with terminal controls and line separators escaped', () => {
    const value = { reason: 'a\u001b[2Jb\u009bc\u0085d\u2028e\u2029f\u007fg\nh' };

    const line = jsonLine(value);

    expect(line.endsWith('\n')).toBe(true);
    expect(line.slice(0, -1)).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/);
    expect(JSON.parse(line)).toEqual(value);
  });
});
