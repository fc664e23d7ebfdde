import type * as E from '../framework';
import type { ScopeResolver } from '../framework/handler-record';
import { checkScope, handlerDecorator, scopeLabel, type HandlerDecorator } from './handler-decorator';

/** Decorators for one storage's events. */
export interface StorageHandle {
  /** The storage name. */
  readonly name: ScopeResolver;
  /** `<storage>-storage-attached`. */ readonly attached: HandlerDecorator<E.StorageAttachedEvent>;
  /** `<storage>-storage-detaching`. */ readonly detaching: HandlerDecorator<E.StorageDetachingEvent>;
}

/**
 * A storage handle.
 *
 * @example
 * ```ts
 * const data = storage('data');
 * class MyCharm extends CharmBase {
 *   @data.attached
 *   onAttached(e: StorageAttachedEvent) { this.logger.info(e.storage.location); }
 * }
 * ```
 */
export function storage(name: ScopeResolver): StorageHandle {
  checkScope(`storage(${scopeLabel(name)})`, name);
  const decorator = (prop: string, event: string) =>
    handlerDecorator({ event, scope: name, decorator: `@storage(${scopeLabel(name)}).${prop}` });
  return Object.freeze({
    name,
    attached: decorator('attached', 'storageAttached'),
    detaching: decorator('detaching', 'storageDetaching'),
  }) as StorageHandle;
}
