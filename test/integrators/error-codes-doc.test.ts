import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exitStatusFor } from '../../src/cli/exit-status.js';
import { errorCodeSchema } from '../../src/index.js';

/** The rows of the table under "## Error codes" in docs/integrating.md: code → exit status. */
function documentedCodes(): Map<string, number> {
  const page = readFileSync('docs/integrating.md', 'utf8');
  const section = page.split(/^## /m).find((s) => s.startsWith('Error codes\n'));
  if (section === undefined) throw new Error('docs/integrating.md has no "## Error codes" section');
  const rows = new Map<string, number>();
  for (const line of section.split('\n')) {
    const row = /^\| `([A-Z_]+)` \| .+ \| (\d+) \|$/.exec(line);
    if (row) rows.set(row[1]!, Number(row[2]));
  }
  return rows;
}

describe('the error-code table of docs/integrating.md', () => {
  const codes = [...errorCodeSchema.options, 'INTERNAL_ERROR' as const];

  it('lists every code of errorCodeSchema, plus INTERNAL_ERROR, and nothing else, in source order', () => {
    expect([...documentedCodes().keys()]).toEqual(codes);
  });

  it.each(codes.map((c) => [c]))('gives %s the exit status the CLI returns for it', (code) => {
    expect(documentedCodes().get(code)).toBe(exitStatusFor(code));
  });
});
