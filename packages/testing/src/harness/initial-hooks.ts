import type { CharmBase } from '@jujuts/ops/internal';
import type { HarnessRuntime } from './harness-runtime';
import type { RelationDriver } from './relation-driver';
import type { StorageDriver } from './storage-driver';

/** What the initial hooks drive. */
export interface InitialHookParts<C extends CharmBase<object>> {
  readonly runtime: HarnessRuntime<C>;
  readonly relations: RelationDriver<C>;
  readonly storage: StorageDriver<C>;
  readonly pebbleReady: (container: string) => Promise<void>;
}

/**
 * The hooks Juju runs when a unit is deployed, in Juju's order: storage-attached,
 * install, relation-created for each relation (a peer relation is created if
 * the test added none), leader-elected or leader-settings-changed,
 * config-changed, start, pebble-ready for each container, then joined and
 * changed for each remote unit already there. Order is deterministic:
 * declaration order, then relation id, then join order.
 */
export async function runInitialHooks<C extends CharmBase<object>>(parts: InitialHookParts<C>): Promise<void> {
  const { runtime, relations, storage } = parts;
  for (const s of runtime.state().storages) {
    await runtime.run({ path: `hooks/${s.name}-storage-attached`, storageId: `${s.name}/${s.index}` });
  }
  for (const id of storage.detachedIds()) await storage.attach(id);
  await runtime.run({ path: 'hooks/install' });
  for (const [endpoint, declared] of Object.entries(runtime.meta.relations)) {
    const existing = runtime.state().relations.filter((r) => r.endpoint === endpoint);
    if (declared.role === 'peers' && existing.length === 0) await relations.add(endpoint, runtime.juju.appName);
    for (const r of existing) {
      await runtime.run({ path: `hooks/${endpoint}-relation-created`, relationId: r.id, remoteApp: r.remoteApp });
    }
  }
  await runtime.run({ path: runtime.state().leader ? 'hooks/leader-elected' : 'hooks/leader-settings-changed' });
  await runtime.run({ path: 'hooks/config-changed' });
  await runtime.run({ path: 'hooks/start' });
  for (const container of Object.keys(runtime.meta.containers)) await parts.pebbleReady(container);
  // Juju shows a unit left in maintenance with no message as unknown once it has started (ops gh#726).
  const { status, message } = runtime.state().unitStatus;
  if (status === 'maintenance' && message === '') runtime.change((s) => (s.unitStatus = { status: 'unknown', message: '' }));
  for (const r of [...runtime.state().relations].sort((a, b) => a.id - b.id)) {
    for (const unit of Object.keys(r.remoteUnits)) {
      const event = { relationId: r.id, remoteApp: r.remoteApp, remoteUnit: unit };
      await runtime.run({ path: `hooks/${r.endpoint}-relation-joined`, ...event });
      await runtime.run({ path: `hooks/${r.endpoint}-relation-changed`, ...event });
    }
  }
}
