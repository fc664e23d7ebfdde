import type { Model } from '../model';
import { eventKindByName, type EventKind } from './event-table';
import type { EventSnapshot } from './event-snapshot';
import type { HookEvent } from './events/hook-event';
import {
  LIFECYCLE_EVENT_CLASSES,
  RELATION_EVENT_CLASSES,
  SECRET_EVENT_CLASSES,
  STORAGE_EVENT_CLASSES,
  WORKLOAD_EVENT_CLASSES,
} from './event-classes';

function pick<T extends object>(table: T, name: string): T[keyof T] | undefined {
  return (table as Record<string, T[keyof T]>)[name];
}

/**
 * Builds the event object for a snapshot of a Juju event (not actions or
 * custom events), resolving relation, units, container, secret and storage
 * against the model.
 */
export function createHookEvent(snapshot: EventSnapshot, model: Model): HookEvent {
  const kind: EventKind | undefined = eventKindByName(snapshot.kind);
  if (!kind) throw new Error(`jujuts: unknown event kind ${snapshot.kind}`);
  const life = pick(LIFECYCLE_EVENT_CLASSES, kind.name);
  if (life) return new life(snapshot, kind);
  const rel = pick(RELATION_EVENT_CLASSES, kind.name);
  if (rel) {
    const relation = model.getRelation(snapshot.scope ?? '', snapshot.relationId ?? -1);
    if (!relation) throw new Error(`jujuts: ${snapshot.scope ?? ''}:${String(snapshot.relationId)} not found`);
    return new rel(snapshot, kind, {
      relation,
      app: snapshot.remoteApp ? model.getApp(snapshot.remoteApp) : relation.app,
      unit: snapshot.remoteUnit ? model.getUnit(snapshot.remoteUnit) : undefined,
      departingUnit: snapshot.departingUnit ? model.getUnit(snapshot.departingUnit) : undefined,
    });
  }
  const sec = pick(SECRET_EVENT_CLASSES, kind.name);
  if (sec) return new sec(snapshot, kind, model.secretHandle({ id: snapshot.secretId, label: snapshot.secretLabel }));
  const sto = pick(STORAGE_EVENT_CLASSES, kind.name);
  if (sto) return new sto(snapshot, kind, model.storages.byId(snapshot.storageId ?? ''));
  const wl = pick(WORKLOAD_EVENT_CLASSES, kind.name);
  if (wl) return new wl(snapshot, kind, model.unit.getContainer(snapshot.scope ?? ''));
  throw new Error(`jujuts: ${kind.name} is not a hook event`);
}
