/**
 * Freezes a value and everything it holds. A subtree that is already frozen is taken as frozen
 * through (parts shared between results, frozen when they were built), so freezing a result costs
 * only what was made for it.
 *
 * @param value - plain data
 * @returns the same value, frozen
 * @example
 * Object.isFrozen(deepFreeze({ a: [1] }).a) //=> true
 * @since 0.1.0
 */
export function deepFreeze<T>(value: T): T {
  if (value === null || typeof value !== 'object' || Object.isFrozen(value)) return value;
  Object.freeze(value);
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) deepFreeze(value[i]);
  } else {
    const record = value as Record<string, unknown>;
    for (const k in record) deepFreeze(record[k]);
  }
  return value;
}
