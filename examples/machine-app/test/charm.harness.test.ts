import type { Harness } from '@jujuts/testing';
import { WORKLOAD_VERSION, type MachineAppCharm } from '../src/charm';
import { CLUSTER_ID, DATA_DIR, STORED, clusterBag, machineHarness } from './machine-app-fixture';

const harnesses: Harness<MachineAppCharm>[] = [];
afterEach(() => harnesses.splice(0).forEach((h) => h.cleanup()));

/** A unit deployed as Juju deploys it (initial hooks), with its data storage unless `storage: false`. */
async function deployed(options: Parameters<typeof machineHarness>[0] & { storage?: boolean; address?: string } = {}): Promise<Harness<MachineAppCharm>> {
  const { storage = true, address, ...rest } = options;
  const harness = machineHarness(rest);
  harnesses.push(harness);
  if (address) harness.addNetwork(address);
  if (storage) await harness.addStorage('data');
  await harness.beginWithInitialHooks();
  return harness;
}

/** The id of the peer relation the initial hooks created. */
function clusterId(harness: Harness<MachineAppCharm>): number {
  const peers = harness.model.getRelation('cluster');
  if (!peers) throw new Error('the unit has no cluster relation');
  return peers.id;
}

/** The shared peer app bag. */
function sharedBag(harness: Harness<MachineAppCharm>): Record<string, string> {
  return harness.getRelationData(clusterId(harness), 'machine-app');
}

/** The leader writes `bag` into the shared app bag; Juju tells the other units with relation-changed. */
async function leaderShares(harness: Harness<MachineAppCharm>, bag: Record<string, string>): Promise<void> {
  const id = clusterId(harness);
  // On a non-leader peer the Harness emits relation-changed for it, as Juju does.
  await harness.updateRelationData(id, 'machine-app', bag);
}

/** Hook commands the charm ran named `command`, as argv after the command. */
function commandsRun(harness: Harness<MachineAppCharm>, command: string): string[][] {
  return harness.juju.outputs.commands.filter((c) => c.command === command).map((c) => c.args);
}

const openedPorts = (harness: Harness<MachineAppCharm>) => [...harness.model.unit.openedPorts()].map(String);

describe('machine-app (Harness)', () => {
  describe('a leader deployed with its storage', () => {
    it('records the storage location and the installed version', async () => {
      const harness = await deployed({ leader: true });
      expect(harness.storedState[STORED]).toEqual({ installedVersion: WORKLOAD_VERSION, dataDir: DATA_DIR, following: '' });
      expect(harness.getWorkloadVersion()).toBe(WORKLOAD_VERSION);
    });

    it('opens the default port', async () => {
      const harness = await deployed({ leader: true });
      expect(openedPorts(harness)).toEqual(['8080/tcp']);
    });

    it('shares a cluster id, its address and port with the other units', async () => {
      const harness = await deployed({ leader: true, address: '10.0.0.5' });
      const bag = sharedBag(harness);
      expect(Object.keys(bag).sort()).toEqual(['cluster-id', 'leader-address', 'port']);
      expect(bag['leader-address']).toBe('"10.0.0.5"');
      expect(bag['port']).toBe('8080');
    });

    it('is active', async () => {
      const harness = await deployed({ leader: true });
      expect(harness.unitStatus.name).toBe('active');
      expect(harness.unitStatus.message).toBe('machine-app on :8080');
    });
  });

  describe('storage', () => {
    it('blocks a unit deployed without it, until it is attached', async () => {
      const harness = await deployed({ leader: true, storage: false });
      expect(harness.unitStatus.name).toBe('blocked');
      expect(harness.unitStatus.message).toBe('no data storage attached; run: juju add-storage <unit> data');

      await harness.addStorage('data', 1, { attach: true });
      expect(harness.storedState[STORED]).toMatchObject({ dataDir: DATA_DIR });
      expect(harness.unitStatus.name).toBe('active');
    });

    it('blocks the unit again when it detaches', async () => {
      const harness = await deployed({ leader: true });
      const [id] = harness.model.storages.get('data').map((s) => s.fullId);
      await harness.detachStorage(id ?? 'data/0');
      expect(harness.storedState[STORED]).toMatchObject({ dataDir: '' });
      expect(harness.unitStatus.name).toBe('blocked');
      expect(harness.logs.some((l) => l.level === 'WARNING' && l.message.includes('is detaching'))).toBe(true);
    });
  });

  describe('updateConfig', () => {
    it('closes the old port and opens the new one', async () => {
      const harness = await deployed({ leader: true });
      await harness.updateConfig({ port: 9090 });
      expect(openedPorts(harness)).toEqual(['9090/tcp']);
      expect(commandsRun(harness, 'close-port')).toEqual([['8080/tcp']]);
      expect(commandsRun(harness, 'open-port')).toEqual([['8080/tcp'], ['9090/tcp']]);
    });

    it('runs no port command when the port did not change', async () => {
      const harness = await deployed({ leader: true });
      await harness.updateConfig({ 'cluster-name': 'blue' });
      expect(commandsRun(harness, 'open-port')).toEqual([['8080/tcp']]);
      expect(harness.unitStatus.message).toBe('blue on :8080');
    });

    it('tells the other units about the new port, keeping the cluster id', async () => {
      const harness = await deployed({ leader: true });
      const before = sharedBag(harness);
      await harness.updateConfig({ port: 9090 });
      expect(sharedBag(harness)).toEqual({ ...before, port: '9090' });
    });

    it('blocks the unit on an invalid port and keeps the one open', async () => {
      const harness = await deployed({ leader: true });
      await harness.updateConfig({ port: 70000 });
      expect(harness.unitStatus.name).toBe('blocked');
      expect(harness.unitStatus.message).toContain('port');
      expect(openedPorts(harness)).toEqual(['8080/tcp']);
    });
  });

  describe('a unit that is not leader', () => {
    it('waits until the leader shares the cluster data', async () => {
      const harness = await deployed({ unitId: 1 });
      expect(harness.unitStatus.name).toBe('waiting');
      expect(sharedBag(harness)).toEqual({});
    });

    it('follows the leader once it has', async () => {
      const harness = await deployed({ unitId: 1 });
      await leaderShares(harness, clusterBag('10.0.0.5', 9090));
      expect(harness.storedState[STORED]).toMatchObject({ following: '10.0.0.5:9090' });
      expect(harness.unitStatus.name).toBe('active');
    });

    it('follows what a real leader wrote', async () => {
      const leader = await deployed({ leader: true, address: '10.0.0.5' });
      const follower = await deployed({ unitId: 1, address: '10.0.0.6' });
      await leaderShares(follower, sharedBag(leader));
      expect(follower.storedState[STORED]).toMatchObject({ following: '10.0.0.5:8080' });
    });

    describe('when it becomes leader', () => {
      it('keeps the cluster id and puts its own address', async () => {
        const harness = await deployed({ unitId: 1, address: '10.0.0.6' });
        await leaderShares(harness, clusterBag('10.0.0.5'));
        await harness.setLeader(true);
        expect(sharedBag(harness)).toEqual(clusterBag('10.0.0.6', 8080, CLUSTER_ID));
        expect(harness.unitStatus.name).toBe('active');
      });
    });
  });

  describe('runAction status-report', () => {
    it('reports nested results, sent to Juju as dotted keys', async () => {
      const harness = await deployed({ leader: true, address: '10.0.0.5' });
      const output = await harness.runAction('status-report');
      expect(output.results).toMatchObject({
        unit: { name: 'machine-app/0', leader: 'true', version: WORKLOAD_VERSION },
        storage: { attached: 'true', location: DATA_DIR },
        ports: '8080/tcp',
        cluster: { name: 'machine-app', 'leader-address': '10.0.0.5:8080' },
      });
      const keys = commandsRun(harness, 'action-set').flat().map((arg) => arg.slice(0, arg.indexOf('=')));
      expect(keys).toEqual(['unit.name', 'unit.leader', 'unit.version', 'storage.attached', 'storage.location', 'ports', 'cluster.name', 'cluster.id', 'cluster.leader-address']);
    });

    it('lists the units that joined the cluster when asked', async () => {
      const harness = await deployed({ leader: true });
      const id = clusterId(harness);
      await harness.addRelationUnit(id, 'machine-app/2');
      await harness.addRelationUnit(id, 'machine-app/1');
      const output = await harness.runAction('status-report', { 'include-peers': true });
      expect(output.results['cluster']).toMatchObject({ units: 'machine-app/1 machine-app/2' });
    });
  });
});
