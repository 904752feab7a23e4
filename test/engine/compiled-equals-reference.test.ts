import { describe, expect, it } from 'vitest';
// The proof that the compiled path answers exactly as json-rules-engine does. It drives the two
// engines directly, below the public entry, because what it proves is a property of the engine
// layer over every point of each rule set's fact space (the public differential tests beside it
// compare whole results).
import { analyseFormDiagram } from '../../src/engine/analyse-form-diagram.js';
import { compileFormDiagram } from '../../src/engine/compile-form-diagram.js';
import { compileRuleSet } from '../../src/engine/compile-rule-set.js';
import { knownFacts } from '../../src/engine/known-facts.js';
import { answerReference } from '../../src/engine/reference/reference-engine.js';
import type { EngineRun, FormAnalysis } from '../../src/engine/step.js';
import { shippedRuleSets } from '../../src/versions/shipped-rule-sets.js';
import type { LoadedRuleSet } from '../../src/index.js';

type Facts = Record<string, string | number | boolean>;

/** Every assignment of the facts a rule set's kind gives it: words, flags and counts, all values. */
function factSpace(loaded: LoadedRuleSet): Facts[] {
  const rs = loaded.ruleSet;
  let points: Facts[] = [{}];
  for (const [name, type] of knownFacts(rs as never)) {
    const values: Array<string | number | boolean> =
      type.type === 'word'
        ? [...type.values]
        : type.type === 'flag'
          ? [false, true]
          : Array.from({ length: (rs.items ?? []).filter((i) => i.group === type.group).length + 1 }, (_, k) => k);
    points = points.flatMap((p) => values.map((v) => ({ ...p, [name]: v })));
  }
  return points;
}

/** The evaluated condition tree, reduced to what explanations read. */
function normal(tree: unknown): unknown {
  const t = tree as Record<string, unknown>;
  for (const op of ['all', 'any'] as const) if (Array.isArray(t[op])) return { [op]: (t[op] as unknown[]).map(normal) };
  if (t['not'] !== undefined) return { not: normal(t['not']) };
  return { fact: t['fact'], operator: t['operator'], value: t['value'], factResult: t['factResult'], result: t['result'] };
}

function runShape(run: EngineRun, loaded: LoadedRuleSet): unknown {
  return loaded.ruleSet.rules.map((r) => ({ id: r.id, fired: run.fired.has(r.id), tree: normal(run.trees.get(r.id)) }));
}

const all = shippedRuleSets();

describe('the compiled engine answers exactly as json-rules-engine over every point of each shipped rule set', () => {
  it('covers every shipped rule set', () => {
    expect(all.length).toBeGreaterThanOrEqual(19);
  });

  it.each(all.map((l) => [l.ruleSet.id, l] as const))('%s: the same rules fire, with the same condition trees, for every assignment of its facts', async (_id, loaded) => {
    const points = factSpace(loaded);
    const compiled = compileRuleSet(loaded);
    let compared = 0;
    for (const facts of points) {
      const reference = (await answerReference({ kind: 'run', loaded, facts })) as EngineRun;
      expect(runShape(compiled.run(facts), loaded), JSON.stringify(facts)).toEqual(runShape(reference, loaded));
      compared++;
    }
    expect(compared).toBe(points.length);
    expect(compared).toBeGreaterThanOrEqual(1);
  });

  const forms = all.filter((l) => l.ruleSet.kind === 'risk-form' && (l.ruleSet.items ?? []).length > 0);

  it.each(forms.map((l) => [l.ruleSet.id, l] as const))(
    '%s: outcome, decisive groups and minimal flips agree with the enumeration for every YES count and every reachable highest count',
    async (_id, loaded) => {
      const groups = loaded.ruleSet.groups ?? [];
      const size = groups.map((g) => (loaded.ruleSet.items ?? []).filter((i) => i.group === g.id).length);
      const diagram = compileFormDiagram(loaded);
      const compiled = compileRuleSet(loaded);
      // Every pair low <= high, component by component.
      let pairs: Array<{ yes: number[]; high: number[] }> = [{ yes: [], high: [] }];
      size.forEach((n) => {
        pairs = pairs.flatMap((p) => {
          const out: Array<{ yes: number[]; high: number[] }> = [];
          for (let lo = 0; lo <= n; lo++) for (let hi = lo; hi <= n; hi++) out.push({ yes: [...p.yes, lo], high: [...p.high, hi] });
          return out;
        });
      });
      let compared = 0;
      for (const { yes, high } of pairs) {
        const facts = Object.fromEntries(groups.map((g, i) => [`yes:${g.id}`, yes[i] ?? 0]));
        const imminentRisk = compiled.run(facts).fired.size > 0;
        const request = { kind: 'form' as const, loaded, yes, high, size, imminentRisk };
        const reference = (await answerReference(request)) as FormAnalysis;
        expect(analyseFormDiagram(diagram, request), JSON.stringify({ yes, high })).toEqual(reference);
        compared++;
      }
      expect(compared).toBe(pairs.length);
    },
  );
});
