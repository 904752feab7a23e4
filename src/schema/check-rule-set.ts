import type { ErrorIssue } from '../errors.js';
import { unitsOf } from '../deadlines/counting.js';
import { EVENT_PARAMS, EVENT_TYPES_BY_KIND, knownFacts } from '../engine/known-facts.js';
import { checkStepConditions } from './check-step-conditions.js';
import { publicHolidayParameterSchema } from './public-holiday-parameter.js';
import type { Condition, RuleSet } from './rule-set.js';


/** Deepest nesting of `all`/`any`/`not` in one rule (the shipped rules use 1). */
export const MAX_CONDITION_DEPTH = 12;
/** Most leaf conditions in one rule set, all rules together (the shipped sets use at most 34). */
export const MAX_RULE_SET_CONDITIONS = 2500;

const NUMERIC_OPERATORS = new Set(['lessThan', 'lessThanInclusive', 'greaterThan', 'greaterThanInclusive']);
/** Operators under which a larger count can only keep a condition true: risk never drops on a YES. */
const MONOTONE_OPERATORS = new Set(['greaterThan', 'greaterThanInclusive']);

/**
 * The checks a schema cannot express: ids agree with the series and date, every parameter a rule
 * names exists and has the right type, every fact is one the kind provides, forms are complete,
 * and risk-form rules are monotone (one more YES never removes imminent risk).
 *
 * @param rs - a rule set that passed `ruleSetSchema`
 * @returns the issues found, each with its path inside the file; empty when valid
 * @example
 * checkRuleSet(form2018) //=> []
 * @since 0.1.0
 */
export function checkRuleSet(rs: RuleSet): ErrorIssue[] {
  const issues: ErrorIssue[] = [];
  const add = (path: string, message: string): void => void issues.push({ path, message });

  if (rs.id !== `${rs.series}/${rs.effectiveFrom}`) add('id', `Must be "${rs.series}/${rs.effectiveFrom}" (series/effectiveFrom)`);
  if (rs.effectiveTo !== undefined && rs.effectiveTo < rs.effectiveFrom) add('effectiveTo', 'Is before effectiveFrom');

  const facts = knownFacts(rs);
  let leaves = 0;
  const ruleIds = new Set<string>();
  rs.rules.forEach((rule, r) => {
    if (ruleIds.has(rule.id)) add(`rules[${r}].id`, `Duplicate rule id "${rule.id}"`);
    ruleIds.add(rule.id);
    walk(rule.conditions, `rules[${r}].conditions`, 0);
    // An empty top-level list holds whatever the facts (json-rules-engine: an empty `all` or `any` is
    // true): a rule that can never be false would decide every case alike.
    const top = 'all' in rule.conditions ? rule.conditions.all : 'any' in rule.conditions ? rule.conditions.any : undefined;
    if (top !== undefined && top.length === 0) add(`rules[${r}].conditions`, 'An empty "all" or "any" always holds: a rule needs at least one condition');
    const allowed = EVENT_TYPES_BY_KIND[rs.kind];
    if (!allowed.includes(rule.event.type)) {
      add(`rules[${r}].event.type`, `A ${rs.kind} rule may raise only: ${allowed.join(', ') || 'no event (parameters only)'}`);
    }
    checkEventParams(rule.event, `rules[${r}].event`);
    const declared = rule.event.params?.['status'];
    if (rule.status !== undefined && declared !== undefined && declared !== rule.status) add(`rules[${r}].status`, `The rule's status "${rule.status}" differs from its event's "${String(declared)}"`);
  });

  function checkEventParams(event: RuleSet['rules'][number]['event'], path: string): void {
    // Own properties only: an event type named `constructor` or a param named `toString` must not
    // find what every object inherits.
    const contract = Object.hasOwn(EVENT_PARAMS, event.type) ? EVENT_PARAMS[event.type] : undefined;
    if (!contract) return; // an event type the kind does not allow is reported above
    const params = event.params ?? {};
    for (const name of contract.required) {
      if (params[name] === undefined) add(`${path}.params`, `A "${event.type}" event needs the param "${name}"`);
    }
    for (const [name, value] of Object.entries(params)) {
      const at = `${path}.params.${name}`;
      const type = Object.hasOwn(contract.params, name) ? contract.params[name] : undefined;
      if (!type) {
        add(at, `A "${event.type}" event takes only: ${Object.keys(contract.params).join(', ')}`);
      } else if (type.type === 'word' && (typeof value !== 'string' || !type.values.includes(value))) {
        add(at, `Takes one of: ${type.values.join(', ')}`);
      } else if (type.type === 'reason' && (typeof value !== 'string' || !/^[A-Z][A-Z0-9_]*$/.test(value))) {
        add(at, 'A reason is a code in capitals, e.g. "VICTIM_OPPOSES"');
      } else if (type.type === 'series' && (typeof value !== 'string' || !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(value))) {
        add(at, 'A rule-set series, e.g. "ro-police-risk-form"');
      } else if (type.type === 'parameter' && (typeof value !== 'string' || typeof rs.parameters[value]?.value !== 'number')) {
        add(at, `No numeric parameter "${String(value)}"`);
      } else if (type.type === 'group' && !(rs.groups ?? []).some((g) => g.id === value)) {
        add(at, `No group "${String(value)}"`);
      }
    }
  }

  function walk(c: Condition, path: string, depth: number): void {
    if (('all' in c || 'any' in c || 'not' in c) && depth >= MAX_CONDITION_DEPTH) {
      return add(path, `Conditions nested deeper than ${MAX_CONDITION_DEPTH} levels`);
    }
    if ('all' in c) return c.all.forEach((x, i) => walk(x, `${path}.all[${i}]`, depth + 1));
    if ('any' in c) return c.any.forEach((x, i) => walk(x, `${path}.any[${i}]`, depth + 1));
    if ('not' in c) {
      if (rs.kind === 'risk-form') add(`${path}.not`, 'A risk-form rule may not use "not": one more YES must never remove imminent risk');
      return walk(c.not, `${path}.not`, depth + 1);
    }
    if (++leaves === MAX_RULE_SET_CONDITIONS + 1) add(path, `More than ${MAX_RULE_SET_CONDITIONS} conditions in the rule set`);
    const fact = facts.get(c.fact);
    if (!fact) add(`${path}.fact`, `Unknown fact "${c.fact}" for a ${rs.kind} rule set`);
    if (fact?.type === 'flag' && typeof c.value !== 'boolean') add(`${path}.value`, `Fact "${c.fact}" is true or false`);
    if (fact?.type === 'word') {
      const p = typeof c.value === 'object' && !Array.isArray(c.value) ? rs.parameters[c.value.param]?.value : c.value;
      const words = Array.isArray(p) ? p : [p];
      for (const w of words) {
        if (typeof w !== 'string' || !fact.values.includes(w)) add(`${path}.value`, `Fact "${c.fact}" takes one of: ${fact.values.join(', ')}`);
      }
    }
    const numeric = NUMERIC_OPERATORS.has(c.operator);
    if (typeof c.value === 'object' && !Array.isArray(c.value)) {
      const p = rs.parameters[c.value.param];
      if (p === undefined) add(`${path}.value.param`, `No parameter "${c.value.param}"`);
      else if (numeric && typeof p.value !== 'number') add(`${path}.value.param`, `Parameter "${c.value.param}" is not a number`);
    } else if (numeric) {
      add(`${path}.value`, 'A numeric comparison must name a parameter ({"param": …}), never a literal');
    }
    if (c.operator === 'in' || c.operator === 'notIn') {
      // Both engines look the fact up in a list: a word would be searched as text, a flag would throw.
      const listed = typeof c.value === 'object' && !Array.isArray(c.value) ? rs.parameters[c.value.param]?.value : c.value;
      if (listed !== undefined && !Array.isArray(listed)) add(`${path}.value`, `"${c.operator}" compares the fact with a list: give a list, or a parameter that is one`);
    }
    if (fact !== undefined && (c.operator === 'contains' || c.operator === 'doesNotContain')) {
      // Both engines look inside the fact, which must be a list: every fact here is one value, so the condition could never hold.
      add(`${path}.operator`, `"${c.operator}" looks inside a list, and fact "${c.fact}" is one value (a ${fact.type}): the condition could never hold; compare with "equal"/"notEqual", or "in"/"notIn" and a list`);
    }
    if (rs.kind === 'risk-form' && !MONOTONE_OPERATORS.has(c.operator)) {
      add(`${path}.operator`, 'A risk-form rule may only use greaterThan or greaterThanInclusive on counts');
    }
  }

  const u = rs.effectiveFromUncertainty;
  if (u && !(u.earliest <= rs.effectiveFrom && rs.effectiveFrom <= u.latest)) {
    add('effectiveFromUncertainty', 'The window must contain effectiveFrom');
  }
  const deadlineIds = new Set<string>();
  (rs.deadlines ?? []).forEach((d, i) => {
    if (deadlineIds.has(d.id)) add(`deadlines[${i}].id`, `Duplicate deadline id "${d.id}"`);
    deadlineIds.add(d.id);
    const p = rs.parameters[d.counting.amount.param];
    if (p === undefined) add(`deadlines[${i}].counting.amount.param`, `No parameter "${d.counting.amount.param}"`);
    else if (typeof p.value !== 'number' || !Number.isInteger(p.value) || p.value < 1) {
      add(`deadlines[${i}].counting.amount.param`, `Parameter "${d.counting.amount.param}" must be a whole number of at least 1`);
    } else if (p.unit !== d.counting.unit) {
      add(`deadlines[${i}].counting.unit`, `Unit "${d.counting.unit}" differs from the parameter's unit "${p.unit}"`);
    }
    const fits = unitsOf[d.counting.method];
    if (d.kind === 'deadline' && d.metBy === undefined) add(`deadlines[${i}].metBy`, 'A deadline names the event that meets it');
    if (!fits.includes(d.counting.unit)) add(`deadlines[${i}].counting.unit`, `Method ${d.counting.method} counts in ${fits.join(' or ')}`);
  });
  if (rs.kind === 'risk-form') checkForm(rs, add);
  checkStepConditions(rs, facts, add);
  if (rs.kind === 'public-holidays') checkHolidays(rs, add);
  return issues;
}

/** A holiday list: only holidays as parameters, and nothing to decide (no rules, deadlines or form). */
function checkHolidays(rs: RuleSet, add: (path: string, message: string) => void): void {
  for (const field of ['deadlines', 'groups', 'items'] as const) {
    if (rs[field] !== undefined) add(field, `A public-holidays rule set has no ${field}: its parameters are the holidays`);
  }
  if (Object.keys(rs.parameters).length === 0) add('parameters', 'A public-holidays rule set lists at least one holiday');
  for (const [name, p] of Object.entries(rs.parameters)) {
    const parsed = publicHolidayParameterSchema.safeParse(p);
    if (!parsed.success) {
      add(
        `parameters.${name}`,
        'A holiday is a day of the year ("MM-DD", unit "date") or whole days from Orthodox Easter Sunday (unit "days"), named in Romanian in its description (at most 100 characters)',
      );
    }
  }
}

function checkForm(rs: RuleSet, add: (path: string, message: string) => void): void {
  const groups = rs.groups ?? [];
  const items = rs.items ?? [];
  if (groups.length === 0) add('groups', 'A risk form needs at least one group');
  const unverified = groups.some((g) => rs.parameters[g.thresholdParameter]?.status === 'unverified');
  // A placeholder form (its structure unknown, thresholds unverified) may list no items: it never decides.
  if (items.length === 0 && !unverified) add('items', 'A risk form needs at least one item');
  if (rs.rules.length === 0) add('rules', 'A risk form needs at least one rule');
  const groupIds = new Set<string>();
  groups.forEach((g, i) => {
    if (groupIds.has(g.id)) add(`groups[${i}].id`, `Duplicate group id "${g.id}"`);
    groupIds.add(g.id);
    const p = rs.parameters[g.thresholdParameter];
    if (p === undefined) add(`groups[${i}].thresholdParameter`, `No parameter "${g.thresholdParameter}"`);
    else if (typeof p.value !== 'number' || !Number.isInteger(p.value) || p.value < 1) {
      add(`groups[${i}].thresholdParameter`, `Parameter "${g.thresholdParameter}" must be a whole number of at least 1`);
    }
  });
  const itemIds = new Set<string>();
  items.forEach((item, i) => {
    if (itemIds.has(item.id)) add(`items[${i}].id`, `Duplicate item id "${item.id}"`);
    itemIds.add(item.id);
    if (!groupIds.has(item.group)) add(`items[${i}].group`, `No group "${item.group}"`);
  });
  groups.forEach((g, i) => {
    if (!unverified && !items.some((item) => item.group === g.id)) add(`groups[${i}]`, `Group "${g.id}" has no items`);
  });

}
