/** The longest `ref` taken off a case: an agency's identifier, not a place for case text. */
const MAX_REF = 200;

/**
 * Takes the agency's opaque identifier off a case: a top-level string `ref` (at most 200
 * characters) is not part of the case schema, so `evaluate`, `deadlines` and `impact` alike take
 * it off before the case is validated and name the case by it in what they print. Anything else
 * called `ref` (a number, a long text) is left in place, and the case schema refuses it.
 *
 * @param data - the document read
 * @returns the case without `ref`, and the `ref` if there was one
 * @example
 * takeRef({ ref: 'IPJ-2019-0042', schemaVersion: 1 }) //=> { ref: 'IPJ-2019-0042', case: { schemaVersion: 1 } }
 * @since 0.1.0
 */
export function takeRef(data: unknown): { ref?: string; case: unknown } {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return { case: data };
  const ref = (data as { ref?: unknown }).ref;
  if (typeof ref !== 'string' || ref.length > MAX_REF || !Object.prototype.hasOwnProperty.call(data, 'ref')) return { case: data };
  const { ref: _ref, ...rest } = data as Record<string, unknown>;
  return { ref, case: rest };
}
