import type { JujuContext } from '../context/juju-context';
import type { CharmMeta } from '../meta/charm-meta';
import { EVENT_KINDS, type EventKind } from './event-table';
import type { EventSnapshot } from './event-snapshot';

/** Which event kind and scope a dispatch path means. */
export interface ResolvedEvent {
  readonly kind: EventKind;
  readonly snapshot: EventSnapshot;
}

const scopedKinds = EVENT_KINDS.filter((k) => k.scope === 'relation' || k.scope === 'container' || k.scope === 'storage');
const unscoped = new Map(EVENT_KINDS.filter((k) => k.scope === 'none').map((k) => [k.hook, k]));

function scopeNames(meta: CharmMeta, kind: EventKind): Readonly<Record<string, unknown>> {
  if (kind.scope === 'relation') return meta.relations;
  if (kind.scope === 'container') return meta.containers;
  return meta.storages;
}

/**
 * Maps the dispatch context to an event kind, its scope and the snapshot the
 * event object is built from. Returns undefined for a hook name jujuts does
 * not know (a newer Juju's hook): not an error, nothing runs.
 */
export function resolveEvent(context: JujuContext, meta: CharmMeta): ResolvedEvent | undefined {
  const name = context.eventName;
  if (context.isAction) {
    const kind = EVENT_KINDS.find((k) => k.scope === 'action');
    return kind && { kind, snapshot: { kind: kind.name, scope: name } };
  }
  const plain = unscoped.get(name);
  if (plain) return { kind: plain, snapshot: withContext(plain, undefined, context) };
  const scoped = scopedHook(meta, name);
  return scoped ? { kind: scoped.kind, snapshot: withContext(scoped.kind, scoped.scope, context) } : undefined;
}

/** A scoped hook's kind and scope, or null when no declared endpoint, container or storage has it. */
type ScopedHook = { readonly kind: EventKind; readonly scope: string } | null;

// Matching a hook name against every scoped kind's suffix was ~0.4 µs a
// hook; the answer depends only on the metadata and the name, and a unit
// sees few distinct names, so it is kept per metadata object.
const scopedHooks = new WeakMap<CharmMeta, Map<string, ScopedHook>>();

function scopedHook(meta: CharmMeta, name: string): ScopedHook {
  let known = scopedHooks.get(meta);
  if (!known) scopedHooks.set(meta, (known = new Map()));
  let found = known.get(name);
  if (found === undefined) {
    found = matchScopedHook(meta, name);
    // Unknown names (a newer Juju's hooks, a test's inventions) are kept too; a bound keeps that finite.
    if (known.size >= 1024) known.clear();
    known.set(name, found);
  }
  return found;
}

function matchScopedHook(meta: CharmMeta, name: string): ScopedHook {
  for (const kind of scopedKinds) {
    const suffix = `-${kind.hook}`;
    if (!name.endsWith(suffix)) continue;
    const scope = name.slice(0, -suffix.length);
    if (scope in scopeNames(meta, kind)) return { kind, scope };
  }
  return null;
}

// Each case writes its literal whole (same keys, same order as before): an
// object spread of `base` cost ~2 µs a hook, a slow path in V8.
function withContext(kind: EventKind, scope: string | undefined, c: JujuContext): EventSnapshot {
  const name = kind.name;
  switch (kind.scope) {
    case 'relation':
      return { kind: name, scope, relationId: c.relationId, remoteApp: c.remoteApp, remoteUnit: c.remoteUnit, departingUnit: c.departingUnit };
    case 'container':
      return { kind: name, scope, noticeId: c.noticeId, noticeType: c.noticeType, noticeKey: c.noticeKey, checkName: c.pebbleCheckName };
    case 'storage':
      return { kind: name, scope, storageId: c.storageId };
    default:
      if (name.startsWith('secret')) {
        return { kind: name, scope, secretId: c.secretId, secretLabel: c.secretLabel, secretRevision: c.secretRevision };
      }
      return { kind: name, scope };
  }
}
