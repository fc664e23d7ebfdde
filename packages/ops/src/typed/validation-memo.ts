/** At most this many clean value sets are remembered per class: a test sweeping many configs must not grow memory without bound. */
const MAX_PER_CLASS = 256;

const clean = new WeakMap<object, Set<string>>();

/**
 * A key that identifies `instance`'s own values exactly, or undefined when
 * one of them is not a primitive (an object, a lazy Secret, a symbol): only
 * then is the instance fully described by its key, so validating it again
 * could not give a different answer.
 */
export function primitiveValuesKey(instance: object): string | undefined {
  const parts: unknown[] = [];
  for (const key of Object.keys(instance)) {
    const value = (instance as Record<string, unknown>)[key];
    const type = typeof value;
    if (type === 'object' ? value !== null : type === 'function' || type === 'symbol') return undefined;
    // String() alone would merge -0 with 0 and null with 'null'; the type and Object.is keep them apart.
    parts.push(key, type, Object.is(value, -0) ? '-0' : String(value));
  }
  return JSON.stringify(parts);
}

/**
 * Whether `cls` already validated cleanly with exactly these values.
 *
 * Why: the Harness and Context run the typed-config check on every hook
 * (thousands in a test), and class-validator costs ~5 µs a run even when
 * nothing changed. Only successes are remembered, so every failure is
 * reported afresh with its own messages.
 */
export function validatedClean(cls: object, key: string): boolean {
  return clean.get(cls)?.has(key) ?? false;
}

/** Records that `cls` validated cleanly with the values behind `key`. */
export function rememberClean(cls: object, key: string): void {
  let keys = clean.get(cls);
  if (!keys) clean.set(cls, (keys = new Set()));
  if (keys.size >= MAX_PER_CLASS) keys.clear();
  keys.add(key);
}
