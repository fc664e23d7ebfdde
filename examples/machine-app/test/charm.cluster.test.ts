import { network } from '@jujuts/testing';
import { CLUSTER_ID, STORED, clusterBag, clusterBagOf, clusterRelation, machineContext, machineState } from './machine-app-fixture';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('machine-app cluster peer relation (Context/State)', () => {
  describe('on leader-elected', () => {
    it('writes a new cluster id, its address and port into the peer app bag', async () => {
      const ctx = machineContext();
      const out = await ctx.run(ctx.on.leaderElected(), machineState({ leader: true }));
      const bag = clusterBagOf(out);
      expect(JSON.parse(bag['cluster-id'] ?? 'null')).toMatch(UUID);
      expect(bag['leader-address']).toBe('"192.0.2.0"');
      expect(bag['port']).toBe('8080');
    });

    it('keeps the cluster id an earlier leader wrote, and puts its own address', async () => {
      const ctx = machineContext();
      const out = await ctx.run(ctx.on.leaderElected(), machineState({ leader: true, relations: [clusterRelation(clusterBag('192.0.2.77'))] }));
      expect(clusterBagOf(out)).toEqual(clusterBag('192.0.2.0'));
    });

    it('writes nothing, and warns, while the cluster binding has no ingress address', async () => {
      const ctx = machineContext();
      const out = await ctx.run(ctx.on.leaderElected(), machineState({ leader: true, networks: { cluster: network({ ingressAddresses: [] }) } }));
      expect(clusterBagOf(out)).toEqual({});
      expect(ctx.jujuLog.some((l) => l.level === 'WARNING' && l.message.includes('no ingress address'))).toBe(true);
    });

    it('waits for the peer relation when it is not there yet', async () => {
      const ctx = machineContext();
      const out = await ctx.run(ctx.on.leaderElected(), machineState({ leader: true, relations: [] }));
      expect(out.relations).toEqual([]);
      expect(out.unitStatus.status).toBe('active');
    });
  });

  describe('on cluster-relation-created', () => {
    it('publishes the cluster data when leader', async () => {
      const ctx = machineContext();
      const peers = clusterRelation();
      const out = await ctx.run(ctx.on.relationCreated(peers), machineState({ leader: true, relations: [peers] }));
      expect(clusterBagOf(out)['leader-address']).toBe('"192.0.2.0"');
    });
  });

  describe('on cluster-relation-changed', () => {
    describe('when the unit is not leader', () => {
      it('follows the leader the bag names', async () => {
        const ctx = machineContext();
        const peers = clusterRelation(clusterBag('192.0.2.10', 9090));
        const out = await ctx.run(ctx.on.relationChanged(peers, { remoteUnit: 'machine-app/1' }), machineState({ relations: [peers] }));
        expect(out.storedState[STORED]).toMatchObject({ following: '192.0.2.10:9090' });
        expect(ctx.jujuLog.some((l) => l.message === `following the leader at 192.0.2.10:9090 in cluster ${CLUSTER_ID}`)).toBe(true);
        expect(out.unitStatus).toEqual({ status: 'active', message: 'machine-app on :8080' });
      });

      it('waits while the leader has written nothing', async () => {
        const ctx = machineContext();
        const peers = clusterRelation();
        const out = await ctx.run(ctx.on.relationChanged(peers, { remoteUnit: 'machine-app/1' }), machineState({ relations: [peers] }));
        expect(out.storedState[STORED]).toMatchObject({ following: '' });
        expect(out.unitStatus).toEqual({ status: 'waiting', message: 'waiting for the leader to share the cluster data' });
        expect(ctx.jujuLog.filter((l) => l.level === 'WARNING')).toEqual([]);
      });

      it('waits, and says why in the log, when the bag is malformed', async () => {
        const ctx = machineContext();
        const peers = clusterRelation({ ...clusterBag(), 'leader-address': '"not-an-ip"' });
        const out = await ctx.run(ctx.on.relationChanged(peers, { remoteUnit: 'machine-app/1' }), machineState({ relations: [peers] }));
        expect(out.storedState[STORED]).toMatchObject({ following: '' });
        expect(out.unitStatus.status).toBe('waiting');
        expect(ctx.jujuLog.some((l) => l.level === 'WARNING' && l.message.includes('leader-address'))).toBe(true);
      });
    });

    describe('when the unit is leader', () => {
      it('changes nothing', async () => {
        const ctx = machineContext();
        const peers = clusterRelation(clusterBag());
        const state = machineState({ leader: true, relations: [peers] });
        const out = await ctx.run(ctx.on.relationChanged(peers, { remoteUnit: 'machine-app/1' }), state);
        expect(out.storedState).toEqual(state.storedState);
        expect(clusterBagOf(out)).toEqual(clusterBag());
      });
    });
  });
});
