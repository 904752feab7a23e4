import type { ErrorCode } from '../index.js';

/** Exit statuses of `dv-rules`; docs/integrating.md lists them. */
export const EXIT = { ok: 0, failed: 1, invalid: 2, noRuleSet: 3, internal: 70, interrupted: 130, terminated: 143 } as const;

/** The exit status for an error code: 3 when no law covers the date, 2 for anything invalid. */
export function exitStatusFor(code: ErrorCode | 'INTERNAL_ERROR'): number {
  if (code === 'NO_RULE_SET_IN_FORCE') return EXIT.noRuleSet;
  if (code === 'INTERNAL_ERROR') return EXIT.internal;
  return EXIT.invalid;
}
