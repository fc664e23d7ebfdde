import type { EventBase } from './events/event-base';
import type { EventSource } from './event-source';

/** A class that can be instantiated without arguments (config, databag and params classes). */
export type DataClass<T extends object = object> = new () => T;

/** Resolves a name from the instance (component endpoint names come from constructor arguments). */
export type ScopeResolver = string | ((owner: never) => string);

/**
 * One handler declared by a decorator: which event, which scope, which
 * method. Written by the decorators (through metadata/), read once per class.
 */
export interface HandlerRecord {
  /** The decorated method's name. */
  readonly method: string;
  /** The event kind's camelCase name (`relationJoined`), or `custom`. */
  readonly event: string;
  /** Endpoint, container, storage or action name (or a function of the instance). */
  readonly scope?: ScopeResolver | undefined;
  /** For `custom`: returns the event source on the instance. */
  readonly source?: ((owner: never) => EventSource<EventBase>) | undefined;
  /** For secret handles: only secrets with this label. */
  readonly label?: string | undefined;
  /** Databag classes declared on the endpoint handle. */
  readonly dataClasses?: { readonly app?: DataClass | undefined; readonly unit?: DataClass | undefined } | undefined;
  /** For actions: the params class. */
  readonly params?: DataClass | undefined;
  /** For actions: the description for charmcraft.yaml. */
  readonly description?: string | undefined;
  /** How the decorator was written, for error messages (`@db.joined`). */
  readonly decorator: string;
}

/** What the framework needs to know about an owner (charm or component) class. */
export interface OwnerDescription {
  readonly handlers: readonly HandlerRecord[];
  readonly stored: readonly string[];
}
