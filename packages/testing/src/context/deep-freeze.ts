/**
 * Freezes `value` and everything reachable from it, in place, and returns
 * it. Functions (exec handlers) are left as they are.
 */
export function deepFreeze<T>(value: T): T {
  if (value === null || typeof value !== 'object' || Object.isFrozen(value)) return value;
  Object.freeze(value);
  for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  return value;
}

/**
 * A private deep copy of a caller's data, so freezing it never freezes the
 * caller's objects. Frozen parts are shared rather than copied (they cannot
 * change), and so are functions.
 */
export function thaw<T>(value: T): T {
  if (value === null || typeof value !== 'object' || Object.isFrozen(value)) return value;
  if (Array.isArray(value)) return value.map(thaw) as T;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) out[key] = thaw(v);
  return out as T;
}
