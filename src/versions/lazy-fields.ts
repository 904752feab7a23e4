/**
 * Fields of a result made when first read (the receipt's hashes, an assessment's item parts):
 * own, enumerable accessors, so JSON, spreading, `structuredClone` and the schemas see them as
 * data, whose getters are shared by every object of one kind and read the object's own state.
 * An object literal with getters costs some 0.7 µs to make and is kept by V8 as a slow
 * dictionary (every getter a new closure, so no two objects share a shape); shared getters keep
 * one shape for all and cost a fraction (bench/evaluate.bench.mjs, README "Performance").
 *
 * The state is a non-enumerable property under a symbol: no key listing, JSON, `structuredClone`
 * or `checkPlainData` sees it, and a proxy around the object (a web framework's reactive proxy)
 * reads it through, as it reads the getter.
 */
const STATE: unique symbol = Symbol('dv-rules-ro.lazy-fields');

/** The one descriptor that puts a state (its value set for the call, then cleared: nothing is kept). */
const putting: PropertyDescriptor = { value: undefined, enumerable: false, writable: false, configurable: false };

/**
 * Gives an object the state its lazy fields read.
 *
 * @param o - the object, which has no state yet
 * @param state - what its getters read (and may fill in: it is the object's own)
 * @example
 * putState(receipt, { input, out }) //=> undefined
 * @since 0.1.0
 */
export function putState(o: object, state: object): void {
  putting.value = state;
  Object.defineProperty(o, STATE, putting);
  putting.value = undefined;
}

/**
 * A field's descriptor whose getter reads the object's state: one per kind of field, shared.
 *
 * @param read - makes (or returns, once made) the field's value from the state
 * @returns the descriptor, for `Object.defineProperty`
 * @example
 * Object.defineProperty(o, 'digest', lazyField((s: { digest?: string }) => (s.digest ??= hash())))
 * @since 0.1.0
 */
export function lazyField<S>(read: (state: S) => unknown): PropertyDescriptor {
  return Object.freeze({
    get(this: Record<symbol, S>): unknown {
      const state = this[STATE];
      if (state === undefined) throw new TypeError('dv-rules-ro: a lazy field was read from an object that is not the result it belongs to');
      return read(state);
    },
    enumerable: true,
    configurable: true,
  });
}
