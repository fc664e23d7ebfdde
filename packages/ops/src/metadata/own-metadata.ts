import type {} from 'reflect-metadata';
import { ensureReflectMetadata } from './ensure-reflect';
import type { MetadataKey } from './keys';

/**
 * The one writer. Appends `item` to the list stored under `key` on `target`
 * itself, copying the target's own list rather than mutating it, so a
 * subclass's decorators never leak into its parent (inversify's
 * `updateOwnReflectMetadata` pattern).
 */
export function appendOwnMetadata<T>(key: MetadataKey, target: object, item: T): void {
  ensureReflectMetadata();
  const own = (Reflect.getOwnMetadata(key, target) as readonly T[] | undefined) ?? [];
  Reflect.defineMetadata(key, [...own, item], target);
  invalidate(key);
}

/** Sets a single value under `key` on `target` itself (class decorators). */
export function setOwnMetadata<T>(key: MetadataKey, target: object, value: T): void {
  ensureReflectMetadata();
  Reflect.defineMetadata(key, value, target);
  invalidate(key);
}

const listCache = new Map<MetadataKey, WeakMap<object, readonly unknown[]>>();

function invalidate(key: MetadataKey): void {
  listCache.delete(key);
}

/**
 * The one generic reader. Returns the lists stored under `key` along the
 * prototype chain of `target`, base class first, so inherited entries come
 * before the subclass's own (declaration order). Cached per target.
 */
export function readMetadataList<T>(key: MetadataKey, target: object): readonly T[] {
  let perKey = listCache.get(key);
  if (!perKey) {
    perKey = new WeakMap();
    listCache.set(key, perKey);
  }
  const cached = perKey.get(target);
  if (cached) return cached as readonly T[];
  const chain: object[] = [];
  for (let t: object | null = target; t && t !== Object.prototype && t !== Function.prototype; t = Object.getPrototypeOf(t) as object | null) {
    chain.unshift(t);
  }
  const merged: T[] = [];
  if (typeof Reflect.getOwnMetadata === 'function') {
    for (const t of chain) {
      const own = Reflect.getOwnMetadata(key, t) as readonly T[] | undefined;
      if (own) merged.push(...own);
    }
  }
  const frozen = Object.freeze(merged);
  perKey.set(target, frozen);
  return frozen;
}

/** Reads a single value stored under `key`, looking up the prototype chain. */
export function readMetadataValue<T>(key: MetadataKey, target: object): T | undefined {
  if (typeof Reflect.getMetadata !== 'function') return undefined;
  return Reflect.getMetadata(key, target) as T | undefined;
}
