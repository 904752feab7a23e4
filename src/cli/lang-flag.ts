import { usageError } from './parse-command-args.js';

/**
 * The value of `--lang` for a command that words its own output (rules, verify, fixtures, impact).
 *
 * @param value - the flag's value, if given
 * @returns `en` (the default) or `ro`
 * @throws DvRulesError `INVALID_ARGUMENTS` for any other language
 * @example
 * langFlag('ro') //=> 'ro'
 * @since 0.1.0
 */
export function langFlag(value: string | undefined): 'en' | 'ro' {
  if (value === undefined || value === 'en' || value === 'ro') return value ?? 'en';
  throw usageError('--lang must be en or ro', 'write --lang en or --lang ro');
}
