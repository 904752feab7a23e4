import { analyseFormDiagram } from './analyse-form-diagram.js';
import { compileFormDiagram } from './compile-form-diagram.js';
import { compileRuleSet } from './compile-rule-set.js';
import type { EngineRequest, EngineRun, FormAnalysis } from './step.js';

/**
 * The compiled path: answers the decision code's requests synchronously, from closures compiled
 * once per rule set and, for a risk form's exact questions, from its decision diagram.
 *
 * @param request - what the decision code asks
 * @returns the engine run, or the form analysis
 * @example
 * answerCompiled({ kind: 'run', loaded: regime2024, facts: { relationship: 'neighbour', formSelection: 'seed' } }).fired.size //=> 2
 * @since 0.1.0
 */
export function answerCompiled(request: EngineRequest): EngineRun | FormAnalysis {
  if (request.kind === 'run') return compileRuleSet(request.loaded).run(request.facts);
  return analyseFormDiagram(compileFormDiagram(request.loaded), request);
}
