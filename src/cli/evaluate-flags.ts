import { DvRulesError, parseEvaluateOptions, type EvaluateOptions, type LoadedRuleSet } from '../index.js';
import { loadLabelPackFile, loadRuleSetFile, readDataFile } from '../node/index.js';
import { refuseNonRegularFile } from './regular-file.js';

/** The flags every command that evaluates a case takes, mapped one to one onto `evaluate`'s options. */
export const EVALUATE_FLAGS = {
  'rule-set': { type: 'string', multiple: true },
  'include-proposed': { type: 'boolean' },
  'as-of': { type: 'string' },
  'form-selection': { type: 'string' },
  'hour-term-start': { type: 'string' },
  'working-day-shift': { type: 'string' },
  'provisional-order-hours': { type: 'string' },
  'act-law': { type: 'string' },
  engine: { type: 'string' },
  lang: { type: 'string' },
  register: { type: 'string' },
  labels: { type: 'string' },
  assume: { type: 'string' },
} as const;

interface FlagValues {
  'rule-set'?: string[] | undefined;
  'include-proposed'?: boolean | undefined;
  'as-of'?: string | undefined;
  'form-selection'?: string | undefined;
  'hour-term-start'?: string | undefined;
  'working-day-shift'?: string | undefined;
  'provisional-order-hours'?: string | undefined;
  'act-law'?: string | undefined;
  engine?: string | undefined;
  lang?: string | undefined;
  register?: string | undefined;
  labels?: string | undefined;
  assume?: string | undefined;
}

/**
 * Turns the flags into `evaluate` options. Values are passed as given: `evaluate` validates them
 * and refuses a bad one with `INVALID_OPTIONS` and its path, like any caller's.
 */
export async function evaluateOptionsFromFlags(values: FlagValues, asOfDefault?: string): Promise<EvaluateOptions> {
  const ruleSets: LoadedRuleSet[] = [];
  for (const file of values['rule-set'] ?? []) {
    await refuseNonRegularFile(file, '--rule-set');
    ruleSets.push(await loadRuleSetFile(file));
  }
  if (values.labels !== undefined) await refuseNonRegularFile(values.labels, '--labels');
  const asOf = values['as-of'] ?? asOfDefault;
  const labels = values.labels === undefined ? undefined : await loadLabelPackFile(values.labels);
  const assumptions = values.assume === undefined ? undefined : await readAssumptions(values.assume, ruleSets);
  return {
    ...(ruleSets.length > 0 ? { ruleSets } : {}),
    ...(values['include-proposed'] ? { includeProposed: true } : {}),
    ...(asOf === undefined ? {} : { asOf }),
    ...(values['form-selection'] === undefined ? {} : { formSelection: values['form-selection'] as EvaluateOptions['formSelection'] }),
    ...(values['hour-term-start'] === undefined ? {} : { hourTermStart: values['hour-term-start'] as EvaluateOptions['hourTermStart'] }),
    ...(values['working-day-shift'] === undefined ? {} : { workingDayShift: values['working-day-shift'] as EvaluateOptions['workingDayShift'] }),
    ...(values['provisional-order-hours'] === undefined ? {} : { provisionalOrderHours: values['provisional-order-hours'] as EvaluateOptions['provisionalOrderHours'] }),
    ...(values['act-law'] === undefined ? {} : { actLaw: values['act-law'] as EvaluateOptions['actLaw'] }),
    ...(values.engine === undefined ? {} : { engine: values.engine as EvaluateOptions['engine'] }),
    ...(values.lang === undefined ? {} : { lang: values.lang as EvaluateOptions['lang'] }),
    ...(values.register === undefined ? {} : { register: values.register as EvaluateOptions['register'] }),
    ...(labels === undefined ? {} : { labels }),
    ...(assumptions === undefined ? {} : { assumptions }),
  };
}

/**
 * An `--assume` file: a list of assumptions (JSON or YAML, read with the bounds of every document),
 * checked here against the rule sets of the run so that an error names the file, with paths
 * inside it (`$[0].parameter`).
 */
async function readAssumptions(file: string, ruleSets: readonly LoadedRuleSet[]): Promise<EvaluateOptions['assumptions']> {
  await refuseNonRegularFile(file, '--assume');
  const data = await readDataFile(file, { api: '--assume' });
  try {
    return parseEvaluateOptions({ ...(ruleSets.length > 0 ? { ruleSets: [...ruleSets] } : {}), assumptions: data }, '--assume').assumptions;
  } catch (e) {
    if (!(e instanceof DvRulesError)) throw e;
    const issues = e.issues.map((i) => ({ path: i.path.replace(/^assumptions(?=\[|$)/, '$'), message: i.message }));
    throw new DvRulesError('INVALID_OPTIONS', `--assume: ${file} is not a valid list of assumptions`, issues, file);
  }
}
