import { copyStoredValue } from './copy-stored-value';

/**
 * Applies persisted values to `@stored()` properties and reads them back for
 * saving. Values must survive JSON: anything that does not (functions,
 * `undefined`, class instances with methods, cycles) is an error naming the
 * property, raised before anything is saved.
 */
export class StoredStateBinder {
  private readonly slots: { key: string; owner: Record<string, unknown>; property: string }[] = [];

  constructor(private readonly persisted: Readonly<Record<string, unknown>>) {}

  /** Binds `owner[property]` to the persisted value under `key`, if any. */
  bind(key: string, owner: object, property: string): void {
    const target = owner as Record<string, unknown>;
    if (Object.prototype.hasOwnProperty.call(this.persisted, key)) target[property] = copyStoredValue(this.persisted[key]);
    this.slots.push({ key, owner: target, property });
  }

  /**
   * The current values, checked to be plain JSON. A value equal to what was
   * persisted is returned as the persisted object itself.
   *
   * Why: most hooks leave stored state as it was, and the JSON round trip
   * (stringify, parse, compare) was ~1 µs a hook; comparing alone allocates
   * nothing. Sharing is safe because persisted values are never mutated:
   * `bind` gives the charm a copy.
   */
  snapshot(): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const { key, owner, property } of this.slots) {
      const value = owner[property];
      const prior = this.persisted[key];
      // sameJson checks both sides, so a seeded persisted value that is not JSON never matches.
      if (prior !== undefined && Object.prototype.hasOwnProperty.call(this.persisted, key) && sameJson(prior, value)) {
        out[key] = prior;
        continue;
      }
      let text: string | undefined;
      try {
        text = JSON.stringify(value);
      } catch (e) {
        throw new TypeError(`stored state ${key} cannot be saved: ${(e as Error).message}; keep only plain JSON data in @stored() properties`);
      }
      if (text === undefined) throw new TypeError(`stored state ${key} is ${typeof value}; @stored() properties must hold JSON data (objects, arrays, strings, numbers, booleans, null)`);
      const back = JSON.parse(text) as unknown;
      if (!sameJson(back, value)) {
        throw new TypeError(`stored state ${key} does not survive JSON (it holds a Date, Map, Set, class instance or undefined field); keep only plain JSON data in @stored() properties`);
      }
      out[key] = back;
    }
    return out;
  }
}

/**
 * Whether `value` is exactly the JSON tree `json`. Both sides are checked to
 * be plain (JSON primitives, plain objects and arrays), so a seeded
 * persisted value that is not JSON never compares equal.
 */
function sameJson(json: unknown, value: unknown): boolean {
  if (json === null) return value === null;
  const type = typeof json;
  if (type === 'number') return Number.isFinite(json) && !Object.is(json, -0) && Object.is(json, value);
  if (type === 'string' || type === 'boolean') return json === value;
  if (type !== 'object') return false;
  if (Array.isArray(json)) return Array.isArray(value) && json.length === value.length && json.every((v, i) => sameJson(v, (value as unknown[])[i]));
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  if (!isPlainObject(json as object) || !isPlainObject(value)) return false;
  const keys = Object.keys(value);
  const jsonKeys = Object.keys(json as object);
  return keys.length === jsonKeys.length && jsonKeys.every((k) => sameJson((json as Record<string, unknown>)[k], (value as Record<string, unknown>)[k]));
}

/** A plain object from any realm (jest sandboxes, structuredClone) has a prototype whose own prototype is null; class instances do not. */
function isPlainObject(value: object): boolean {
  const proto = Object.getPrototypeOf(value) as object | null;
  return proto === null || Object.getPrototypeOf(proto) === null;
}
