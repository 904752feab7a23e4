import { parseArgs } from 'node:util';
import { DvRulesError } from '../index.js';
import { closestName } from './closest-name.js';
import { safeText } from './safe-text.js';
import { UsageError } from './usage-error.js';

/** A usage error: exit status 2 with code INVALID_ARGUMENTS. */
export function usageError(message: string, hint?: string): DvRulesError {
  return new UsageError(message, hint);
}

type Options = Record<string, { type: 'boolean' | 'string'; multiple?: boolean }>;

/**
 * Parses one command's flags strictly (an unknown flag is a usage error, never ignored) and
 * caps the number of positional arguments. A mistyped flag is answered with the nearest known
 * one ("did you mean --json?"); Node's own wording of the error is never shown.
 */
export function parseCommandArgs<T extends Options>(args: readonly string[], options: T, maxPositionals: number) {
  let parsed;
  try {
    parsed = parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
  } catch (e) {
    throw argumentError(e as Error & { code?: string }, options);
  }
  if (parsed.positionals.length > maxPositionals) {
    throw usageError(maxPositionals === 0 ? 'this command takes no file or other argument, only flags' : `too many arguments (at most ${maxPositionals})`);
  }
  return parsed;
}

function argumentError(e: Error & { code?: string }, options: Options): DvRulesError {
  // Node words these errors for developers; only the flag's name is taken from its text.
  const flag = safeText(/'(-{1,2}[^' <=]+)/.exec(e.message)?.[1] ?? '').slice(0, 60);
  const known = ['--help', ...Object.keys(options).map((name) => `--${name}`)];
  switch (e.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION': {
      const near = closestName(flag, known);
      return usageError(`unknown flag ${flag}`, near === undefined ? undefined : `did you mean ${near}?`);
    }
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE': {
      const name = flag.replace(/^-+/, '');
      return options[name]?.type === 'boolean' ? usageError(`${flag} takes no value`) : usageError(`${flag} needs a value`, `write it as ${flag} VALUE`);
    }
    default:
      return usageError('the arguments cannot be read');
  }
}
