import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PEBBLE_SOCKET_DIR_ENV } from '@jujuts/ops/internal';
import { startPebbleServer, type InMemoryPebble, type PebbleServer } from '../pebble';
import { restorePebble, snapshotPebble, type PebbleSnapshot } from './sim-pebble-snapshot';

// The production backend's own name for it: one definition, so the two cannot drift apart.
export { PEBBLE_SOCKET_DIR_ENV };

/** Options for {@link startSimPebbles}. */
export interface SimPebblesInput {
  /** The charm's container names. */
  readonly containers: readonly string[];
  /** Where each container's files live between hooks: `<filesDir>/<name>/` stands for its `/`. */
  readonly filesDir: string;
  /** The snapshots saved after the previous hook, by container. */
  readonly saved?: Readonly<Record<string, PebbleSnapshot>> | undefined;
  /** Containers whose Pebble cannot be reached (the socket refuses connections). */
  readonly unreachable?: readonly string[] | undefined;
}

/** Running Pebble stand-ins for one hook. */
export interface SimPebbles {
  /** Pass this as the charm's environment: it points the backend at the sockets. */
  readonly env: Readonly<Record<string, string>>;
  /** The directory holding `<name>/pebble.socket`. */
  readonly socketDir: string;
  readonly pebbles: ReadonlyMap<string, InMemoryPebble>;
  /** Each container's state now, to save for the next hook. */
  snapshot(): Record<string, PebbleSnapshot>;
  /** Stops the servers and removes the sockets (files stay). */
  close(): Promise<void>;
}

/**
 * Starts one Pebble server stand-in per container on a unix socket in a new
 * temporary directory (short, since socket paths are limited to ~100
 * bytes), each restored from its saved snapshot.
 */
export async function startSimPebbles(input: SimPebblesInput): Promise<SimPebbles> {
  const socketDir = mkdtempSync(join(tmpdir(), 'jujuts-sock-'));
  const pebbles = new Map<string, InMemoryPebble>();
  const servers: PebbleServer[] = [];
  try {
    for (const name of input.containers) {
      const root = join(input.filesDir, name);
      mkdirSync(root, { recursive: true });
      mkdirSync(join(socketDir, name));
      const pebble = restorePebble(input.saved?.[name], root);
      pebble.canConnect = !(input.unreachable ?? []).includes(name);
      pebbles.set(name, pebble);
      servers.push(await startPebbleServer(pebble, join(socketDir, name, 'pebble.socket')));
    }
  } catch (err) {
    await Promise.all(servers.map((s) => s.close()));
    rmSync(socketDir, { recursive: true, force: true });
    throw err;
  }
  return {
    env: { [PEBBLE_SOCKET_DIR_ENV]: socketDir },
    socketDir,
    pebbles,
    snapshot: () => Object.fromEntries([...pebbles].map(([name, p]) => [name, snapshotPebble(p)])),
    async close() {
      await Promise.all(servers.map((s) => s.close()));
      rmSync(socketDir, { recursive: true, force: true });
    },
  };
}
