import { parseArgs } from 'node:util';
import { DvRulesError } from '../index.js';

/** A usage error: exit status 2 with code INVALID_ARGUMENTS. */
export function usageError(message: string): DvRulesError {
  return new DvRulesError('INVALID_ARGUMENTS', `dv-rules: ${message}; see dv-rules --help`, [{ path: 'argv', message }]);
}

/**
 * Parses one command's flags strictly (an unknown flag is a usage error, never ignored) and
 * caps the number of positional arguments.
 */
export function parseCommandArgs<T extends Record<string, { type: 'boolean' | 'string'; multiple?: boolean }>>(
  args: readonly string[],
  options: T,
  maxPositionals: number,
) {
  let parsed;
  try {
    parsed = parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
  } catch (e) {
    throw usageError((e as Error).message.split('\n')[0] ?? 'bad arguments');
  }
  if (parsed.positionals.length > maxPositionals) throw usageError('too many arguments');
  return parsed;
}
