import { CharmDefinitionError } from '../errors';
import { appendOwnMetadata, METADATA_KEYS } from '../metadata';

/**
 * Persists a property across hooks. Its initializer is the value on the
 * first hook; after every successful hook its value (plain JSON) is saved,
 * and a failed hook keeps the previous one.
 *
 * @example
 * ```ts
 * class MyCharm extends CharmBase {
 *   @stored() state = { restarts: 0 };
 * }
 * ```
 */
export function stored(): PropertyDecorator {
  return (target, propertyKey) => {
    const where = `@stored() on ${typeof target === 'function' ? target.name : target.constructor.name}.${String(propertyKey)}`;
    if (typeof target === 'function') throw new CharmDefinitionError(`${where}: stored state must be an instance property`);
    if (typeof propertyKey !== 'string') throw new CharmDefinitionError(`${where}: stored properties must have string names`);
    appendOwnMetadata(METADATA_KEYS.stored, target, propertyKey);
  };
}
