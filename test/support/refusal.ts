import { DvRulesError } from '../../src/index.js';

/**
 * The DvRulesError a promise rejects with. A promise that resolves, or rejects with anything
 * else, fails the test: a refusal must be the project's coded error.
 */
export async function refusal(promise: Promise<unknown>): Promise<DvRulesError> {
  const outcome = await promise.then(
    () => new Error('expected a refusal with a DvRulesError, got a result'),
    (e: unknown) => e,
  );
  if (!(outcome instanceof DvRulesError)) throw outcome;
  return outcome;
}
