import type { Layer, PebbleClient, ServiceStatus } from '@jujuts/ops/pebble';
import { InMemoryPebble, InMemoryPebbleClient, type ExecRecord } from '../pebble';
import type { CheckState, ContainerState, NoticeState, State } from './state-types';

/** An exec the charm ran, and in which container. */
export interface ContainerExecRecord extends ExecRecord {
  container: string;
}

/** A client that notes whether the charm changed the container's files, so untouched trees are not read back. */
class TrackedClient extends InMemoryPebbleClient {
  touched = false;

  override async push(...args: Parameters<InMemoryPebbleClient['push']>): Promise<void> {
    this.touched = true;
    return super.push(...args);
  }
  override async makeDir(...args: Parameters<InMemoryPebbleClient['makeDir']>): Promise<void> {
    this.touched = true;
    return super.makeDir(...args);
  }
  override async removePath(...args: Parameters<InMemoryPebbleClient['removePath']>): Promise<void> {
    this.touched = true;
    return super.removePath(...args);
  }
}

/**
 * The containers' Pebbles for one run, made from the State on first use
 * (most runs touch no container). A declared container missing from the
 * State cannot be reached, as before its pod starts.
 */
export class RunPebbles {
  private readonly made = new Map<string, { pebble: InMemoryPebble; client: TrackedClient; seeded: boolean }>();

  constructor(private readonly containers: State['containers']) {}

  /** The client the charm's `getPebble(name)` gets. */
  client(name: string): PebbleClient {
    let entry = this.made.get(name);
    if (!entry) {
      const state = this.containers.find((c) => c.name === name);
      const pebble = new InMemoryPebble();
      const seeded = state ? seed(pebble, state) : false;
      pebble.canConnect = state?.canConnect ?? false;
      entry = { pebble, client: new TrackedClient(pebble, { container: name }), seeded };
      this.made.set(name, entry);
    }
    return entry.client;
  }

  /** The containers as the run left them (untouched ones are returned as they were). */
  collect(): ContainerState[] {
    return this.containers.map((c) => {
      const entry = this.made.get(c.name);
      if (!entry) return c as ContainerState;
      const { pebble } = entry;
      const layers: Record<string, Layer> = {};
      for (const l of pebble.layers) layers[l.label] = l.layer;
      const serviceStatuses: Record<string, ServiceStatus> = {};
      for (const s of pebble.services.list()) serviceStatuses[s.name] = s.current;
      const checks: CheckState[] = pebble.checks.list().map((k) => ({ name: k.name, status: k.status }));
      const notices: NoticeState[] = pebble.notices.list().map((n) => ({ type: n.type, key: n.key, data: n.lastData }));
      const filesystem = entry.seeded || entry.client.touched ? readTree(pebble) : (c.filesystem as Record<string, string>);
      return { ...(c as ContainerState), layers, serviceStatuses, checks, notices, filesystem };
    });
  }

  /** Containers the charm reached for that the State does not hold (or holds unreachable), for error hints. */
  unreachable(): string[] {
    return [...this.made.entries()].filter(([, e]) => !e.pebble.canConnect).map(([name]) => name);
  }

  /** Every exec the charm ran, container by container. */
  execHistory(): ContainerExecRecord[] {
    return [...this.made.entries()].flatMap(([container, { pebble }]) => pebble.execHistory.map((e) => ({ ...e, container })));
  }

  /** Drops the containers' file trees. */
  dispose(): void {
    for (const { pebble } of this.made.values()) pebble.dispose();
    this.made.clear();
  }
}

/** Puts the State's container into a fresh Pebble; returns whether files were written. */
function seed(pebble: InMemoryPebble, state: State['containers'][number]): boolean {
  for (const [label, layer] of Object.entries(state.layers)) pebble.addLayer(label, structuredClone(layer) as Layer);
  for (const n of state.notices) pebble.notices.record({ type: n.type, key: n.key, data: { ...n.data }, userId: n.type === 'custom' ? 0 : null });
  const statuses = Object.entries(state.serviceStatuses);
  const active = statuses.filter(([, s]) => s === 'active').map(([n]) => n);
  // Started through Pebble's own path so a later replan knows what config the service runs with.
  if (active.length > 0) pebble.services.start(active);
  for (const [name, status] of statuses) if (status !== 'active') pebble.services.setStatus(name, status);
  // A State is a snapshot in which Pebble has already acted on a failing check: set it as it stands,
  // without the notice or the on-check-failure action of getting there.
  for (const check of state.checks) pebble.checks.setStatus(check.name, check.status);
  for (const exec of state.execs) {
    const { command, handler, ...result } = exec;
    pebble.handleExec([...command], handler ?? { ...result });
  }
  const files = Object.entries(state.filesystem);
  for (const [path, content] of files) pebble.files.put(path, content);
  return files.length > 0;
}

function readTree(pebble: InMemoryPebble): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [path, content] of pebble.files.regularFiles()) out[path] = content.toString('utf8');
  return out;
}
