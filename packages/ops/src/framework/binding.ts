import type { HandlerRecord } from './handler-record';

/** A handler record resolved on a live owner: scopes are names now, not functions. */
export interface Binding {
  readonly owner: object;
  /** `OwnerPath.method`: how the defer queue names the handler. */
  readonly id: string;
  /** The owner's class name and method, for messages (`WebCharm.onDb`). */
  readonly where: string;
  readonly record: HandlerRecord;
  readonly scope?: string | undefined;
  /** For custom events: the source's path. */
  readonly sourcePath?: string | undefined;
}

/** Resolves a record's scope (a string, or a function of the owner). */
export function resolveScope(record: HandlerRecord, owner: object): string | undefined {
  const scope = record.scope;
  if (scope === undefined) return undefined;
  return typeof scope === 'string' ? scope : (scope as (o: object) => string)(owner);
}
