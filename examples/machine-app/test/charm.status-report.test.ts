import { WORKLOAD_VERSION } from '../src/charm';
import { CLUSTER_ID, DATA_DIR, clusterBag, clusterBagOf, clusterRelation, machineContext, machineState, storedState } from './machine-app-fixture';

describe('machine-app status-report action (Context/State)', () => {
  describe('the status-report action', () => {
    it('reports the unit, storage, ports and cluster, nested as Juju shows them', async () => {
      const ctx = machineContext();
      const state = machineState({ leader: true, openedPorts: [{ protocol: 'tcp', port: 8080 }], relations: [clusterRelation(clusterBag())] });
      const run = await ctx.runAction('status-report', {}, state);
      expect(run.results).toEqual({
        unit: { name: 'machine-app/0', leader: 'true', version: WORKLOAD_VERSION },
        storage: { attached: 'true', location: DATA_DIR },
        ports: '8080/tcp',
        cluster: { name: 'machine-app', id: CLUSTER_ID, 'leader-address': '192.0.2.10:8080' },
      });
    });

    it('lists the other units when asked', async () => {
      const ctx = machineContext();
      const run = await ctx.runAction('status-report', { 'include-peers': true }, machineState({ relations: [clusterRelation(clusterBag())] }));
      expect(run.results['cluster']).toMatchObject({ units: 'machine-app/1' });
    });

    it('leaves out what the unit does not know yet', async () => {
      const ctx = machineContext();
      const run = await ctx.runAction('status-report', {}, machineState({ dataDir: '', storedState: storedState() }));
      expect(run.results).toEqual({
        unit: { name: 'machine-app/0', leader: 'false', version: 'not installed' },
        storage: { attached: 'false' },
        ports: '',
        cluster: { name: 'machine-app' },
      });
    });

    it('changes nothing in the State', async () => {
      const ctx = machineContext();
      const state = machineState({ leader: true, relations: [clusterRelation(clusterBag())] });
      const run = await ctx.runAction('status-report', { 'include-peers': true }, state);
      expect(run.state.storedState).toEqual(state.storedState);
      expect(clusterBagOf(run.state)).toEqual(clusterBag());
      expect(run.state.openedPorts).toEqual([]);
    });
  });
});
