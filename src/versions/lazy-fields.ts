/**
 * Fields of a result made when first read (the receipt's hashes, an assessment's item parts):
 * own, enumerable accessors, so JSON, spreading, `structuredClone` and the schemas see them as
 * data, whose getters are shared by every object of one kind and read the object's own state.
 * An object literal with getters costs some 0.7 µs to make and is kept by V8 as a slow
 * dictionary (every getter a new closure, so no two objects share a shape); shared getters keep
 * one shape for all and cost a fraction (README, "Performance").
 *
 * The state sits under a symbol, as a non-enumerable property whose value is an opaque holder: a
 * non-extensible object with no property of its own, the state in a private field. So what walks
 * an object's keys (JSON, `Object.keys`, `checkPlainData`, and even `Reflect.ownKeys` walkers: a
 * deep freeze, MobX, `util.inspect` with `showHidden`) finds nothing in it to print, copy, freeze
 * or change, no case data and no way back to the result; and a proxy around the object (Vue's
 * `reactive`, which leaves non-extensible objects unwrapped) reads the state through, as it
 * reads the getter (test/engine/form-memo.test.ts).
 */
const STATE: unique symbol = Symbol('dv-rules-ro.lazy-fields');

/** An opaque holder of one object's state: nothing of it is visible but its class name. */
class LazyState {
  readonly #state: object;
  constructor(state: object) {
    this.#state = state;
    Object.preventExtensions(this);
  }

  /** The state in a holder, or undefined when the value is not one. */
  static open(holder: unknown): object | undefined {
    return typeof holder === 'object' && holder !== null && #state in holder ? (holder as LazyState).#state : undefined;
  }
}

/** The one descriptor that puts a holder (its value set for the call, then cleared: nothing is kept). */
const putting: PropertyDescriptor = { value: undefined, enumerable: false, writable: false, configurable: true };

/**
 * Gives an object the state its lazy fields read.
 *
 * @param o - the object, which has no state yet
 * @param state - what its getters read (and may fill in: it is the object's own)
 * @example
 * putState(receipt, { input, result }) //=> undefined
 * @since 0.1.0
 */
export function putState(o: object, state: object): void {
  putting.value = new LazyState(state);
  Object.defineProperty(o, STATE, putting);
  putting.value = undefined;
}

/**
 * A field's descriptor whose getter reads the object's state: one per kind of field, shared.
 *
 * @param path - the field as a reader names it (`receipt.resultSha256`), for the one refusal
 * @param read - makes (or returns, once made) the field's value from the state
 * @param assignable - whether assigning to the field replaces it with the value given (a data
 *   field from then on), as it could be replaced when it was data; else it is read-only
 * @returns the descriptor, for `Object.defineProperty`
 * @example
 * Object.defineProperty(o, 'digest', lazyField('receipt.digest', (s: { digest?: string }) => (s.digest ??= hash())))
 * @since 0.1.0
 */
export function lazyField<S>(path: string, read: (state: S) => unknown, assignable = false): PropertyDescriptor {
  const name = path.slice(path.lastIndexOf('.') + 1);
  const descriptor: PropertyDescriptor = {
    get(this: Record<symbol, unknown>): unknown {
      const state = LazyState.open(this[STATE]);
      if (state === undefined) {
        throw new TypeError(`dv-rules-ro: ${path} was read from an object it does not belong to (a copy made from property descriptors, or a proxy that wraps every object it returns); copy values instead ({ ...x } or structuredClone)`);
      }
      return read(state as S);
    },
    enumerable: true,
    configurable: true,
  };
  if (assignable) {
    descriptor.set = function (this: object, value: unknown): void {
      Object.defineProperty(this, name, { value, writable: true, enumerable: true, configurable: true });
    };
  }
  return Object.freeze(descriptor);
}
