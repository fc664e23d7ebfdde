/**
 * Freezes a plain-data tree in place and returns it. CharmMeta is shared by
 * the runtime, decorator checks and tests; freezing makes an accidental
 * mutation throw instead of leaking into the next reader.
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
