import { WORKLOAD_VERSION } from '../src/charm';
import {
  DATA_DIR,
  STORED,
  clusterBag,
  clusterBagOf,
  clusterRelation,
  dataStorage,
  machineContext,
  machineState,
} from './machine-app-fixture';

describe('machine-app (Context/State)', () => {
  describe('on install', () => {
    it('records the installed version and sets the workload version', async () => {
      const ctx = machineContext();
      const out = await ctx.run(ctx.on.install(), machineState({ storedState: {} }));
      expect(out.storedState[STORED]).toMatchObject({ installedVersion: WORKLOAD_VERSION });
      expect(out.workloadVersion).toBe(WORKLOAD_VERSION);
      expect(ctx.unitStatusHistory).toContainEqual({ status: 'maintenance', message: `installing machine-app ${WORKLOAD_VERSION}` });
    });
  });

  describe('on data-storage-attached', () => {
    it('records where the storage is mounted', async () => {
      const ctx = machineContext();
      const out = await ctx.run(ctx.on.storageAttached('data/0'), machineState({ dataDir: '', storages: [dataStorage()] }));
      expect(out.storedState[STORED]).toMatchObject({ dataDir: DATA_DIR });
      expect(ctx.jujuLog.some((l) => l.message === `data storage data/0 attached at ${DATA_DIR}`)).toBe(true);
    });

    it('lifts the Blocked status the missing storage caused', async () => {
      const ctx = machineContext();
      const out = await ctx.run(ctx.on.storageAttached('data/0'), machineState({ leader: true, dataDir: '', storages: [dataStorage()] }));
      expect(out.unitStatus).toEqual({ status: 'active', message: 'machine-app on :8080' });
    });
  });

  describe('on data-storage-detaching', () => {
    it('forgets the location and blocks the unit', async () => {
      const ctx = machineContext();
      const out = await ctx.run(ctx.on.storageDetaching('data/0'), machineState({ leader: true }));
      expect(out.storedState[STORED]).toMatchObject({ dataDir: '' });
      expect(out.unitStatus.status).toBe('blocked');
    });
  });

  describe('on config-changed', () => {
    it('opens the default port', async () => {
      const ctx = machineContext();
      const out = await ctx.run(ctx.on.configChanged(), machineState());
      expect(out.openedPorts).toEqual([{ protocol: 'tcp', port: 8080 }]);
    });

    it('moves the opened port to the configured one', async () => {
      const ctx = machineContext();
      const out = await ctx.run(ctx.on.configChanged(), machineState({ config: { port: 9090 }, openedPorts: [{ protocol: 'tcp', port: 8080 }] }));
      expect(out.openedPorts).toEqual([{ protocol: 'tcp', port: 9090 }]);
    });

    it('leaves ports it did not open for this service closed', async () => {
      const ctx = machineContext();
      const out = await ctx.run(ctx.on.configChanged(), machineState({ openedPorts: [{ protocol: 'udp', port: 53 }, { protocol: 'tcp', port: 8080 }] }));
      expect(out.openedPorts).toEqual([{ protocol: 'tcp', port: 8080 }]);
    });

    describe('when the config is invalid', () => {
      it.each([
        [{ port: 0 }, 'port'],
        [{ port: 65536 }, 'port'],
        [{ 'cluster-name': 'Not A Name' }, 'cluster-name'],
      ])('blocks the unit naming the option (%j) and keeps the ports', async (config, option) => {
        const ctx = machineContext();
        const out = await ctx.run(ctx.on.configChanged(), machineState({ config, openedPorts: [{ protocol: 'tcp', port: 8080 }] }));
        expect(out.unitStatus.status).toBe('blocked');
        expect(out.unitStatus.message).toContain(option);
        expect(out.openedPorts).toEqual([{ protocol: 'tcp', port: 8080 }]);
      });
    });

    describe('when the unit is leader', () => {
      it('publishes the new port to the cluster, keeping the cluster id', async () => {
        const ctx = machineContext();
        const state = machineState({ leader: true, config: { port: 9090 }, relations: [clusterRelation(clusterBag('192.0.2.0', 8080))] });
        const out = await ctx.run(ctx.on.configChanged(), state);
        expect(clusterBagOf(out)).toEqual(clusterBag('192.0.2.0', 9090));
      });
    });

    describe('when the unit is not leader', () => {
      it('leaves the shared bag alone', async () => {
        const ctx = machineContext();
        const out = await ctx.run(ctx.on.configChanged(), machineState({ config: { port: 9090 }, relations: [clusterRelation(clusterBag())] }));
        expect(clusterBagOf(out)).toEqual(clusterBag());
      });
    });
  });

  describe('collect-status', () => {
    it('is Blocked without storage, even on the leader', async () => {
      const ctx = machineContext();
      const out = await ctx.run(ctx.on.updateStatus(), machineState({ leader: true, dataDir: '' }));
      expect(out.unitStatus).toEqual({ status: 'blocked', message: 'no data storage attached; run: juju add-storage <unit> data' });
    });

    it('prefers Blocked to Waiting on a non-leader missing both', async () => {
      const ctx = machineContext();
      const out = await ctx.run(ctx.on.updateStatus(), machineState({ dataDir: '' }));
      expect(out.unitStatus.status).toBe('blocked');
    });

    it('is Waiting on a non-leader without peer data', async () => {
      const ctx = machineContext();
      const out = await ctx.run(ctx.on.updateStatus(), machineState());
      expect(out.unitStatus).toEqual({ status: 'waiting', message: 'waiting for the leader to share the cluster data' });
    });

    it('is Active on a non-leader once the leader shared the data', async () => {
      const ctx = machineContext();
      const out = await ctx.run(ctx.on.updateStatus(), machineState({ config: { 'cluster-name': 'blue', port: 9000 }, relations: [clusterRelation(clusterBag())] }));
      expect(out.unitStatus).toEqual({ status: 'active', message: 'blue on :9000' });
    });

    it('is Active on the leader with storage', async () => {
      const ctx = machineContext();
      const out = await ctx.run(ctx.on.updateStatus(), machineState({ leader: true }));
      expect(out.unitStatus).toEqual({ status: 'active', message: 'machine-app on :8080' });
    });
  });

  describe('a deployment, one event after another', () => {
    it('goes from Blocked to Active as storage, leadership and config arrive', async () => {
      const ctx = machineContext();
      let state = machineState({ dataDir: '', storages: [], storedState: {} });
      state = await ctx.run(ctx.on.install(), state);
      expect(state.unitStatus.status).toBe('blocked');
      state = await ctx.run(ctx.on.storageAttached('data/0'), { ...state, storages: [dataStorage()] });
      state = await ctx.run(ctx.on.leaderElected(), { ...state, leader: true });
      state = await ctx.run(ctx.on.configChanged(), { ...state, config: { ...state.config, port: 9090 } });
      expect(state.unitStatus).toEqual({ status: 'active', message: 'machine-app on :9090' });
      expect(state.openedPorts).toEqual([{ protocol: 'tcp', port: 9090 }]);
      expect(JSON.parse(clusterBagOf(state)['port'] ?? 'null')).toBe(9090);
    });
  });
});
