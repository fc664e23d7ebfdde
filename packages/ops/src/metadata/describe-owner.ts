import type { HandlerRecord, OwnerDescription } from '../framework/handler-record';
import type { CharmOptions } from './charm-options';
import { METADATA_KEYS } from './keys';
import { readMetadataList, readMetadataValue } from './own-metadata';

const cache = new WeakMap<object, OwnerDescription>();

/**
 * The one cached reader of a charm or component class's decorator
 * metadata: handlers (inherited first, then the class's own, in declaration
 * order) and `@stored()` properties.
 */
export function describeOwner(ownerClass: object): OwnerDescription {
  const cached = cache.get(ownerClass);
  if (cached) return cached;
  const proto = (ownerClass as { prototype?: object }).prototype ?? ownerClass;
  const description: OwnerDescription = Object.freeze({
    handlers: readMetadataList<HandlerRecord>(METADATA_KEYS.handlers, proto),
    stored: [...new Set(readMetadataList<string>(METADATA_KEYS.stored, proto))],
  });
  cache.set(ownerClass, description);
  return description;
}

// Read on every hook, several times (config checks, `this.config`); reflect-metadata
// walks the prototype chain each time. A class's options are fixed once its
// decorator has run, so a found value is kept (an absent one is not, in case
// the decorator has yet to run).
const charmOptions = new WeakMap<object, CharmOptions>();

/** The `@charm({...})` options of a charm class (inherited if the class has none). */
export function readCharmOptions(charmClass: object): CharmOptions {
  const cached = charmOptions.get(charmClass);
  if (cached) return cached;
  const found = readMetadataValue<CharmOptions>(METADATA_KEYS.charm, charmClass);
  if (found) charmOptions.set(charmClass, found);
  return found ?? {};
}
