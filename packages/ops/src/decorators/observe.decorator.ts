import { CharmDefinitionError } from '../errors';
import type { EventSource } from '../framework/event-source';
import type { EventBase } from '../framework/events/event-base';
import { handlerDecorator, type HandlerDecorator } from './handler-decorator';

/**
 * Observes a custom event of a component (a charm library), named through
 * the instance: the source is looked up when the charm is built.
 *
 * @example
 * ```ts
 * class MyCharm extends CharmBase {
 *   readonly db = new DatabaseRequirer(this, 'database');
 *   @observe((c: MyCharm) => c.db.databaseCreated)
 *   onCreated(e: DatabaseCreatedEvent) {}
 * }
 * ```
 */
export function observe<O, Ev extends EventBase>(source: (owner: O) => EventSource<Ev>): HandlerDecorator<Ev> {
  if (typeof source !== 'function') {
    throw new CharmDefinitionError('@observe(source): pass a function of the instance returning the event source, e.g. (c: MyCharm) => c.db.databaseCreated');
  }
  return handlerDecorator<Ev>({ event: 'custom', source: source as unknown as (owner: never) => EventSource<EventBase>, decorator: '@observe(…)' });
}
