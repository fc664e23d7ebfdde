import type { LabelledLayer, ServiceStatus } from '@jujuts/ops/pebble';
import { InMemoryPebble } from '../pebble';

/**
 * What the simulator keeps of one container's Pebble between hooks (each
 * hook is a new process, but the workload lives on): the layers in order
 * and each service's state. Files persist on disk under the container root.
 */
export interface PebbleSnapshot {
  readonly layers: readonly LabelledLayer[];
  /** Service name → state, for services that were ever started or stopped. */
  readonly services: Readonly<Record<string, ServiceStatus>>;
}

/** The snapshot of a Pebble after a hook. */
export function snapshotPebble(pebble: InMemoryPebble): PebbleSnapshot {
  const services: Record<string, ServiceStatus> = {};
  for (const info of pebble.services.list()) services[info.name] = info.current;
  return { layers: pebble.layers, services };
}

/**
 * A Pebble rebuilt from a snapshot, its files under `root`. Active services
 * are started against the restored plan, so the next replan restarts only
 * what a later layer changes (a service started from an older, unreplanned
 * layer is taken as up to date: the snapshot does not hold that difference).
 */
export function restorePebble(snapshot: PebbleSnapshot | undefined, root: string): InMemoryPebble {
  const pebble = new InMemoryPebble({ root });
  if (snapshot === undefined) return pebble;
  for (const { label, layer } of [...snapshot.layers].sort((a, b) => a.order - b.order)) pebble.addLayer(label, layer);
  const planned = new Set(Object.keys(pebble.plan.services));
  const active = Object.keys(snapshot.services).filter((n) => planned.has(n) && snapshot.services[n] === 'active');
  if (active.length > 0) pebble.services.start(active);
  for (const [name, status] of Object.entries(snapshot.services)) {
    if (planned.has(name) && status !== 'active' && status !== 'inactive') pebble.services.setStatus(name, status);
  }
  return pebble;
}
