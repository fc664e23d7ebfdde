import type { JsonValue } from '@jujuts/ops/internal';

/** A relation named by the test: the relation object, or its endpoint when the State has one relation there. */
export type RelationRef = { readonly id: number; readonly endpoint: string } | string;

/** A container named by the test: the container object or its name. */
export type ContainerRef = { readonly name: string } | string;

/** A secret named by the test: the secret object or its id. */
export type SecretRef = { readonly id: string; readonly label?: string | undefined } | string;

/**
 * An event for `ctx.run`, made by `ctx.on.<event>(…)`: what happened, in
 * the test's terms. It is turned into Juju's environment at run time, once
 * the State it runs against is known, and checked against that State first.
 */
export interface ContextEvent {
  /** The event kind's camelCase name (`relationChanged`, `action`). */
  readonly kind: string;
  readonly relation?: RelationRef | undefined;
  /** `JUJU_REMOTE_UNIT`; relation events default to the relation's first remote unit. */
  readonly remoteUnit?: string | undefined;
  readonly departingUnit?: string | undefined;
  readonly container?: string | undefined;
  readonly notice?: { readonly key: string; readonly type: string } | undefined;
  readonly check?: string | undefined;
  readonly storage?: { readonly name: string; readonly index: number } | undefined;
  readonly secret?: { readonly id: string; readonly label?: string | undefined } | undefined;
  readonly secretRevision?: number | undefined;
  readonly action?: { readonly name: string; readonly params: Readonly<Record<string, JsonValue>>; readonly id: string } | undefined;
}

/** The event's name as the dispatch path spells it, for messages: `db-relation-changed`, `backup action`. */
export function describeEvent(event: ContextEvent): string {
  const kebab = event.kind.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
  if (event.action) return `${event.action.name} action`;
  const relation = event.relation;
  if (relation !== undefined) return `${typeof relation === 'string' ? relation : relation.endpoint}-${kebab}`;
  if (event.container !== undefined) return `${event.container}-${kebab}`;
  if (event.storage) return `${event.storage.name}-${kebab}`;
  return kebab;
}
