import type { RegimeResult } from '../schema/result.js';
import type { EvaluationContext } from './evaluation-context.js';

const SERIES: Record<RegimeResult['id'], string | null> = {
  'law-217-2003': 'ro-law-217-2003-violence-forms',
  'law-26-2024': 'ro-law-26-2024-violence-forms',
  none: null,
};

/**
 * The forms of violence the case's regime recognises on `date` (Law 217/2003: 7, and 8 with
 * cyber violence from 2020-07-09; Law 26/2024: the acts of art. 1(1)).
 *
 * @param ctx - the evaluation context
 * @param regime - the regime result
 * @param date - the incident day
 * @returns the form identifiers, empty when the regime is `none`
 * @example
 * decideViolenceForms(ctx, regime217, '2020-07-09').includes('cyber') //=> true
 * @since 0.1.0
 */
export function decideViolenceForms(ctx: EvaluationContext, regime: RegimeResult, date: string): string[] {
  const series = SERIES[regime.id];
  if (series === null) return [];
  const loaded = ctx.resolve(series, date);
  const forms = loaded === undefined ? undefined : ctx.param(loaded, 'forms')?.value;
  return Array.isArray(forms) ? [...forms] : [];
}
