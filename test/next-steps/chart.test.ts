import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ESM script without types, used only to regenerate the docs
import { renderNextStepsPage, renderNextStepsSvg } from '../../scripts/next-steps-chart.mjs';

describe('docs/next-steps.svg and the steps table of docs/next-steps.md', () => {
  it('are what scripts/next-steps-chart.mjs renders from the rule sets (run it after changing one)', () => {
    expect(readFileSync('docs/next-steps.svg', 'utf8')).toBe((renderNextStepsSvg as () => string)());
    expect(readFileSync('docs/next-steps.md', 'utf8')).toBe((renderNextStepsPage as () => string)());
  });

  it('draw every step of the latest versions, with its status', () => {
    const svg = (renderNextStepsSvg as () => string)();
    for (const file of ['rules/ro-police-intervention/2025-12-15.json', 'rules/ro-referrals/2018-12-07.json']) {
      const rs = JSON.parse(readFileSync(file, 'utf8')) as { rules: { id: string; event: { type: string } }[] };
      for (const r of rs.rules.filter((x) => x.event.type === 'step' || x.event.type === 'child-protection')) {
        expect(svg, r.id).toContain(`<g id="step-${r.id}"><title>${r.id}: `);
      }
    }
    expect(svg).toContain('status: seed');
  });
});
