/**
 * An object schema's shape built on first use: `z.strictObject(lazyShape(() => ({ … })))`.
 *
 * Importing the library builds every exported schema, and building a zod schema clones it at each
 * `.max()`, `.optional()` or `.describe()`: some thousand schemas, most of them the fields of
 * objects that a given program never parses (a caller that evaluates cases never validates a
 * fixture file or a label pack). zod reads an object's shape only when it first parses, checks,
 * extends or converts the object, and then copies it once (the same moment it resolves the getters
 * of a recursive shape): until then the fields need not exist. The object schema itself, the one
 * exported, is built at once and is an ordinary `ZodObject` of the caller's zod; only its fields
 * wait. They are built once, so every reader (a clone made by `.refine()` too) sees the same ones.
 *
 * The returned object stands for the built shape in every read (keys, values, `in`,
 * descriptors) and is typed as it, so `z.infer` and the declared types do not change.
 *
 * @param build - makes the shape: the object literal that would be passed to `z.strictObject`
 * @returns an object that answers every read from the shape `build` returns, built on the first
 * @example
 * z.strictObject(lazyShape(() => ({ id: z.string().max(120) }))).parse({ id: 'a' }) //=> { id: 'a' }
 * @since 0.1.0
 */
export function lazyShape<T extends object>(build: () => T): T {
  let shape: T | undefined;
  const get = (): T => (shape ??= build());
  return new Proxy({} as T, {
    get: (_, key) => Reflect.get(get(), key),
    has: (_, key) => Reflect.has(get(), key),
    ownKeys: () => Reflect.ownKeys(get()),
    getOwnPropertyDescriptor: (_, key) => Reflect.getOwnPropertyDescriptor(get(), key),
    set: (_, key, value) => Reflect.set(get(), key, value),
    defineProperty: (_, key, descriptor) => Reflect.defineProperty(get(), key, descriptor),
    deleteProperty: (_, key) => Reflect.deleteProperty(get(), key),
  });
}
