import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ESM script without types, used only to regenerate the docs page
import { renderLegalTimeline } from '../scripts/legal-timeline.mjs';

describe('docs/legal-timeline.md', () => {
  it('is what scripts/legal-timeline.mjs renders from rules/ (run it after changing a rule set)', () => {
    const rendered = (renderLegalTimeline as () => string)();
    expect(readFileSync('docs/legal-timeline.md', 'utf8')).toBe(rendered);
  });
});
