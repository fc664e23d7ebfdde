import { CharmDefinitionError } from '../errors';
import type { HandlerRecord } from '../framework/handler-record';
import { appendOwnMetadata, METADATA_KEYS } from '../metadata';

/** A handler method: takes the event (or nothing) and may return a promise. */
export type Handler<E> = (event: E) => unknown;

/**
 * A method decorator that only accepts handlers whose parameter type matches
 * the event: `@on.configChanged onDb(e: RelationChangedEvent)` does not compile.
 */
export type HandlerDecorator<E> = <H extends Handler<E>>(
  target: object,
  propertyKey: string | symbol,
  descriptor: TypedPropertyDescriptor<H>,
) => void;

/**
 * Makes a decorator that records `record` for the decorated method. It checks
 * its target eagerly (a method, not static) and throws with `Class.method`.
 */
export function handlerDecorator<E>(record: Omit<HandlerRecord, 'method'>): HandlerDecorator<E> {
  return (target, propertyKey, descriptor) => {
    const className = typeof target === 'function' ? target.name : target.constructor.name;
    const where = `${record.decorator} on ${className}.${String(propertyKey)}`;
    if (typeof target === 'function') throw new CharmDefinitionError(`${where}: handlers must be instance methods, not static`);
    if (typeof propertyKey !== 'string') throw new CharmDefinitionError(`${where}: handler methods must have string names`);
    if (typeof descriptor.value !== 'function') throw new CharmDefinitionError(`${where}: only methods can handle events`);
    appendOwnMetadata<HandlerRecord>(METADATA_KEYS.handlers, target, { ...record, method: propertyKey });
  };
}

/** Describes a scope for messages: the name, or `<dynamic>` for a resolver function. */
export function scopeLabel(scope: unknown): string {
  return typeof scope === 'string' ? `'${scope}'` : '<fn>';
}

/** Checks a scope argument eagerly: a non-empty string or a function of the owner. */
export function checkScope(decorator: string, scope: unknown): void {
  if (typeof scope === 'function') return;
  if (typeof scope !== 'string' || scope === '') {
    throw new CharmDefinitionError(`${decorator}: expected a name (a non-empty string) or a function of the instance returning one, got ${JSON.stringify(scope)}`);
  }
}
