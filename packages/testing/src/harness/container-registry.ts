import type { CharmMeta } from '@jujuts/ops/internal';
import type { PebbleClient } from '@jujuts/ops/pebble';
import { InMemoryPebble, InMemoryPebbleClient } from '../pebble';
import { HarnessError } from './harness-error';

/**
 * One in-memory Pebble per declared container, made on first use. As in
 * ops's Harness, a container cannot be connected to until the test says so
 * (`setCanConnect`, `containerPebbleReady` or `beginWithInitialHooks`).
 */
export class ContainerRegistry {
  private readonly pebbles = new Map<string, InMemoryPebble>();

  constructor(private readonly meta: CharmMeta) {}

  /** The Pebble of container `name`; an undeclared name is a HarnessError listing the declared ones. */
  pebble(name: string, caller = 'container'): InMemoryPebble {
    let pebble = this.pebbles.get(name);
    if (pebble) return pebble;
    if (!(name in this.meta.containers)) {
      const declared = Object.keys(this.meta.containers).join(', ') || 'none';
      throw new HarnessError(`${caller}('${name}'): charmcraft.yaml declares no container \`${name}\` (declared: ${declared})`);
    }
    pebble = new InMemoryPebble();
    pebble.canConnect = false;
    this.pebbles.set(name, pebble);
    return pebble;
  }

  /** A client for the charm's `getPebble(name)`. */
  client(name: string): PebbleClient {
    return new InMemoryPebbleClient(this.pebble(name), { container: name });
  }

  /** Deletes every container's temporary file tree. */
  dispose(): void {
    for (const pebble of this.pebbles.values()) pebble.dispose();
    this.pebbles.clear();
  }
}
