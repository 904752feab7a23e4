/**
 * English wording of every message code the library emits, with `{placeholders}`.
 * Codes are stable; wording may improve between releases.
 */
export const messagesEn = {
  'risk-form.group-met': '{yes} YES among {group} against a threshold of {threshold}: met, so imminent risk exists.',
  'risk-form.group-not-met': '{yes} YES among {group} against a threshold of {threshold}: not met.',
  'rule.fired': 'Applied: {description} [{conditions}]',
  'rule.not-fired': 'Did not apply: {description} [{conditions}]',
  'warning.parameter-unverified': 'The value {parameter} of {ruleSet} is unverified: no source was found for it; check it before relying on this result.',
  'warning.user-rule-set': 'Rule set {ruleSet} was supplied by the caller, not shipped with the library.',
  'warning.proposed-law': 'Rule set {ruleSet} is proposed law, not in force; it was applied only because proposed law was asked for.',
} as const;

export type MessageCode = keyof typeof messagesEn;
