import { EventSource } from '../framework/event-source';
import type { CustomEvent } from '../framework/events/custom-event';
import type { Framework } from '../framework/framework';

/** A custom event class: built from its JSON data and the source path. */
export type CustomEventClass<E extends CustomEvent<unknown>> = new (data: E['data'], sourcePath: string) => E;

/** Creates and registers a custom event source owned by `owner`. */
export function defineEventSource<E extends CustomEvent<unknown>>(
  framework: Framework,
  owner: object,
  name: string,
  cls: CustomEventClass<E>,
): EventSource<E> {
  const source = new EventSource<E>(framework, `${framework.pathOf(owner)}.${name}`, (data, path) => new cls(data as E['data'], path));
  framework.registerSource(source as unknown as EventSource<never>);
  return source;
}
