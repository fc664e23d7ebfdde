import { eventKindByName, type DeferredEntry, type EventSnapshot } from '@jujuts/ops/internal';
import type { HookEventSpec } from '../engine';
import { secretXid } from '../juju';
import { describeEvent, type ContextEvent } from './context-event';
import type { State } from './state-types';

type RelationLike = State['relations'][number];

/** The relation an event names: by id, or the only relation on an endpoint. */
export function findEventRelation(event: ContextEvent, state: State | undefined): RelationLike | undefined {
  const ref = event.relation;
  if (ref === undefined) return undefined;
  if (typeof ref !== 'string') {
    return state ? state.relations.find((r) => r.id === ref.id) : ('remoteUnits' in ref ? (ref as RelationLike) : undefined);
  }
  const matching = state?.relations.filter((r) => r.endpoint === ref) ?? [];
  return matching.length === 1 ? matching[0] : undefined;
}

/** The remote unit Juju would name for a relation event (the first remote unit unless the test chose one). */
function remoteUnitFor(event: ContextEvent, relation: RelationLike | undefined): string | undefined {
  if (event.kind === 'relationCreated' || event.kind === 'relationBroken') return undefined;
  if (event.kind === 'relationDeparted') return event.remoteUnit ?? event.departingUnit ?? firstUnit(relation);
  return event.remoteUnit ?? firstUnit(relation);
}

/** The relation's first remote unit as the State lists it (Juju names one of them; tests pick theirs with `remoteUnit`). */
function firstUnit(relation: RelationLike | undefined): string | undefined {
  for (const unit in relation?.remoteUnits ?? {}) return unit;
  return undefined;
}

/**
 * The event as Juju would put it in the environment, given the State it
 * runs against (`state` may be omitted when the event names whole objects).
 */
export function toHookEventSpec(event: ContextEvent, state: State | undefined, appName: string): HookEventSpec {
  const kind = eventKindByName(event.kind);
  if (!kind) throw new Error(`ctx.on: unknown event kind ${event.kind}`);
  if (event.action) return { path: `actions/${event.action.name}`, actionUuid: event.action.id, params: event.action.params };
  const path = `hooks/${describeEvent(event)}`;
  const relation = findEventRelation(event, state);
  if (event.relation !== undefined) {
    const remoteUnit = remoteUnitFor(event, relation);
    return {
      path,
      relationId: relation?.id ?? (typeof event.relation === 'string' ? undefined : event.relation.id),
      relationName: relation?.endpoint,
      remoteApp: relation ? relation.remoteApp || appName : undefined,
      remoteUnit,
      departingUnit: event.kind === 'relationDeparted' ? (event.departingUnit ?? remoteUnit) : undefined,
    };
  }
  if (event.container !== undefined) {
    return { path, workloadName: event.container, checkName: event.check, ...noticeFields(event, state) };
  }
  if (event.storage) return { path, storageId: `${event.storage.name}/${event.storage.index}` };
  if (event.secret) {
    const known = state?.secrets.find((s) => secretXid(s.id) === secretXid(event.secret?.id ?? ''));
    const revision = event.secretRevision ?? (event.kind === 'secretRemove' || event.kind === 'secretExpired' ? latest(known) : undefined);
    return { path, secretId: known?.id ?? event.secret.id, secretLabel: known?.label ?? event.secret.label, secretRevision: revision };
  }
  return { path };
}

function latest(secret: State['secrets'][number] | undefined): number | undefined {
  return secret ? Math.max(...secret.revisions.map((r) => r.revision)) : undefined;
}

function noticeFields(event: ContextEvent, state: State | undefined): Partial<HookEventSpec> {
  if (!event.notice) return {};
  const notices = state?.containers.find((c) => c.name === event.container)?.notices ?? [];
  const index = notices.findIndex((n) => n.key === event.notice?.key && n.type === event.notice.type);
  // The Context records a container's notices in State order, so Pebble numbers them 1, 2, ….
  return { noticeId: index >= 0 ? String(index + 1) : undefined, noticeType: event.notice.type, noticeKey: event.notice.key };
}

/** The snapshot the framework would persist for this event (the shape `resolveEvent` produces). */
export function eventSnapshot(event: ContextEvent, spec: HookEventSpec): EventSnapshot {
  const kind = eventKindByName(event.kind);
  switch (kind?.scope) {
    case 'action':
      return { kind: 'action', scope: event.action?.name };
    case 'relation':
      return { kind: event.kind, scope: spec.relationName, relationId: spec.relationId, remoteApp: spec.remoteApp, remoteUnit: spec.remoteUnit, departingUnit: spec.departingUnit };
    case 'container':
      return { kind: event.kind, scope: event.container, noticeId: spec.noticeId, noticeType: spec.noticeType, noticeKey: spec.noticeKey, checkName: spec.checkName };
    case 'storage':
      return { kind: event.kind, scope: event.storage?.name, storageId: spec.storageId };
    default:
      if (event.kind.startsWith('secret')) {
        return { kind: event.kind, scope: undefined, secretId: spec.secretId, secretLabel: spec.secretLabel, secretRevision: spec.secretRevision };
      }
      return { kind: event.kind, scope: undefined };
  }
}

/**
 * A deferred-queue entry for `createState({ deferred: [...] })`: `event`
 * was deferred by `handler` (`CharmClass.method`, for example
 * `WebCharm.onConfig`) in an earlier dispatch, so it runs again first.
 * Pass the State when the event names a relation by endpoint or a notice.
 *
 * @example
 * ```ts
 * const state = createState({ deferred: [deferred(ctx.on.updateStatus(), 'WebCharm.onUpdate')] });
 * ```
 */
export function deferred(event: ContextEvent, handler: string, state?: State, appName = ''): DeferredEntry {
  const spec = toHookEventSpec(event, state, appName);
  if (event.relation !== undefined && spec.relationId === undefined) {
    throw new Error(`deferred(${describeEvent(event)}): pass the relation object (or the State) so the relation id is known`);
  }
  if (event.relation !== undefined && spec.remoteApp === '') {
    throw new Error(`deferred(${describeEvent(event)}): a peer relation's remote app is the charm's own; use ctx.deferred(...), which knows the app name`);
  }
  return Object.freeze({ event: Object.freeze(eventSnapshot(event, spec)), handler });
}
