import { join } from 'node:path';
import type { ConfigValue } from '@jujuts/ops/internal';
import { Context, Harness, createState, peerRelation, storage, type State, type StateInput } from '@jujuts/testing';
import { MachineAppCharm } from '../src/charm';

/** The charm project directory, whose charmcraft.yaml the tests run with. */
export const CHARM_DIR = join(__dirname, '..');

/** Where charmcraft.yaml mounts the `data` storage. */
export const DATA_DIR = '/srv/data';

/** The key `@stored() state` is persisted under. */
export const STORED = 'MachineAppCharm.state';

/** A cluster id as the leader generates them. */
export const CLUSTER_ID = '6f1c2b9e-8d4a-4c3e-9b7f-0a1d2e3f4a5b';

/** What the charm keeps in stored state, with the fields a test gives. */
export function storedState(values: Partial<{ installedVersion: string; dataDir: string; following: string }> = {}): Record<string, { installedVersion: string; dataDir: string; following: string }> {
  return { [STORED]: { installedVersion: '', dataDir: '', following: '', ...values } };
}

/** A Context for the charm. */
export function machineContext(): Context<MachineAppCharm> {
  return new Context(MachineAppCharm, { charmDir: CHARM_DIR });
}

/** The `data` storage instance, mounted where charmcraft.yaml says. */
export function dataStorage(): ReturnType<typeof storage> {
  return storage('data', { location: DATA_DIR });
}

/** The peer app bag as the leader at `address` writes it. */
export function clusterBag(address = '192.0.2.10', port = 8080, clusterId = CLUSTER_ID): Record<string, string> {
  return { 'cluster-id': JSON.stringify(clusterId), 'leader-address': JSON.stringify(address), port: JSON.stringify(port) };
}

/** The `cluster` peer relation with `machine-app/1` as the other unit and `appData` in the shared app bag. */
export function clusterRelation(appData: Record<string, string> = {}): ReturnType<typeof peerRelation> {
  return peerRelation('cluster', { id: 1, localAppData: appData, peers: { 'machine-app/1': {} } });
}

/**
 * A State on a machine model: the data storage attached and recorded
 * (unless `dataDir: ''`), the peer relation present, and whatever else the test gives.
 */
export function machineState(input: StateInput & { dataDir?: string } = {}): State {
  const { dataDir = DATA_DIR, ...rest } = input;
  return createState({
    model: { type: 'machine' },
    storages: dataDir ? [dataStorage()] : [],
    relations: [clusterRelation()],
    storedState: storedState({ installedVersion: '2.4.1', dataDir }),
    ...rest,
  });
}

/** The shared app bag of the peer relation after a run. */
export function clusterBagOf(state: State): Readonly<Record<string, string>> {
  const peers = state.relations.find((r) => r.endpoint === 'cluster');
  if (!peers) throw new Error('the State has no cluster relation');
  return peers.localAppData;
}

/** A Harness for the charm, not begun; `cleanup()` it after the test. */
export function machineHarness(options: { leader?: boolean; config?: Record<string, ConfigValue>; unitId?: number } = {}): Harness<MachineAppCharm> {
  const { unitId = 0, ...rest } = options;
  return new Harness(MachineAppCharm, { charmDir: CHARM_DIR, unitName: `machine-app/${unitId}`, model: { type: 'machine' }, ...rest });
}
