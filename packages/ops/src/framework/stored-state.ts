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

  /** The current values, checked to be plain JSON. */
  snapshot(): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const { key, owner, property } of this.slots) {
      const value = owner[property];
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

function sameJson(json: unknown, value: unknown): boolean {
  if (json === null || typeof json !== 'object') return Object.is(json, value) || (json === null && value === null);
  if (Array.isArray(json)) return Array.isArray(value) && json.length === value.length && json.every((v, i) => sameJson(v, (value as unknown[])[i]));
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  // A plain object from any realm (jest sandboxes, structuredClone) has a
  // prototype whose own prototype is null; class instances do not.
  const proto = Object.getPrototypeOf(value) as object | null;
  if (proto !== null && Object.getPrototypeOf(proto) !== null) return false;
  const keys = Object.keys(value as object);
  const jsonKeys = Object.keys(json as object);
  return keys.length === jsonKeys.length && jsonKeys.every((k) => sameJson((json as Record<string, unknown>)[k], (value as Record<string, unknown>)[k]));
}
