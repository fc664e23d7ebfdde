import { EventSource } from '../framework/event-source';
import type { CustomEvent } from '../framework/events/custom-event';
import type { Framework } from '../framework/framework';
import type { FrameworkObject } from './framework-object';

/** A custom event class: built from its JSON data and the source path. */
export type CustomEventClass<E extends CustomEvent<unknown>> = new (data: E['data'], sourcePath: string) => E;

/** Creates and registers a custom event source owned by `owner`, emitting through whichever framework `owner` is attached to. */
export function defineEventSource<E extends CustomEvent<unknown>>(
  framework: Framework,
  owner: FrameworkObject,
  name: string,
  cls: CustomEventClass<E>,
): EventSource<E> {
  const source = new EventSource<E>(() => owner.framework, `${framework.pathOf(owner)}.${name}`, (data, path) => new cls(data as E['data'], path));
  framework.registerSource(source as unknown as EventSource<never>);
  return source;
}
