import { EVENT_KINDS, type CharmMeta, type EventKind } from '@jujuts/ops/internal';

/** A hook name the charm can receive, with what it is scoped to. */
export interface HookName {
  /** As Juju spells it: `db-relation-changed`, `web-pebble-ready`. */
  readonly hook: string;
  readonly kind: EventKind;
  /** The endpoint, container or storage name for scoped events. */
  readonly scopeName?: string | undefined;
}

/**
 * Every hook Juju could run for this charm: the unscoped ones, and one per
 * declared endpoint, container and storage (framework events and actions
 * are not hooks).
 */
export function charmHookNames(meta: CharmMeta): HookName[] {
  const names: HookName[] = [];
  const scoped: Record<string, readonly string[]> = {
    relation: Object.keys(meta.relations),
    container: Object.keys(meta.containers),
    storage: Object.keys(meta.storages),
  };
  for (const kind of EVENT_KINDS) {
    if (kind.scope === 'none') names.push({ hook: kind.hook, kind });
    for (const scopeName of scoped[kind.scope] ?? []) names.push({ hook: `${scopeName}-${kind.hook}`, kind, scopeName });
  }
  return names;
}

/** One line naming the valid events of the charm, for an unknown-event error. */
export function describeValidEvents(meta: CharmMeta): string {
  const hooks = charmHookNames(meta).map((h) => h.hook);
  const actions = Object.keys(meta.actions);
  const actionPart = actions.length > 0 ? `; actions (--action NAME): ${actions.join(', ')}` : '; it declares no actions';
  return `valid events for ${meta.name}: ${hooks.join(', ')}${actionPart}`;
}
