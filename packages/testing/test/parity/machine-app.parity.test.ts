import { join } from 'node:path';
import { MachineAppCharm } from '../../../../examples/machine-app/src/charm';
import { createState, deferred, peerRelation, storage } from '../../src/context';
import { createEventFactories } from '../../src/context/event-factories';
import { describeParity } from './describe-parity';

const CLUSTER = { id: 3, endpoint: 'cluster' };
const PROJECT = join(__dirname, '..', '..', '..', '..', 'examples', 'machine-app');

describeParity(
  'machine-app',
  () => ({
    charmClass: MachineAppCharm,
    projectDir: PROJECT,
    initial: createState({
      model: { type: 'machine' },
      relations: [peerRelation('cluster', { id: 3, peers: { 'machine-app/1': {}, 'machine-app/2': { ready: 'yes' } } })],
      // A config-changed deferred by an earlier dispatch: both sides must re-run it first, then drop it.
      deferred: [deferred(createEventFactories().configChanged(), 'MachineAppCharm.onConfigChanged')],
    }),
    steps: (on) => [
      on.install(),
      // No storage yet: the unit is Blocked; then Juju attaches it.
      on.updateStatus(),
      { change: 'juju attaches the data storage', apply: (w) => void w.storages.push({ ...storage('data'), location: '/srv/data', kind: 'filesystem' }) },
      on.storageAttached('data/0'),
      on.relationCreated(CLUSTER),
      { change: 'juju makes the unit leader', apply: (w) => void (w.leader = true) },
      on.leaderElected(),
      { change: 'juju config port=9090 cluster-name=blue', apply: (w) => void Object.assign(w.config, { port: 9090, 'cluster-name': 'blue' }) },
      on.configChanged(),
      { change: 'a peer writes its bag', apply: (w) => void Object.assign(w.relations[0]?.remoteUnits['machine-app/1'] ?? {}, { ready: 'yes' }) },
      on.relationChanged(CLUSTER, { remoteUnit: 'machine-app/1' }),
      on.action('status-report', { 'include-peers': true }, { id: '7' }),
      on.relationDeparted(CLUSTER, { departingUnit: 'machine-app/2' }),
      on.storageDetaching('data/0'),
      on.updateStatus(),
    ],
  }),
  (views) => {
    it('re-ran the deferred config-changed first and emptied the queue', () => {
      const first = views()[0];
      expect(first?.process.logs.map((l) => l.message)).toContain('re-emitting 1 deferred event');
      expect(first?.process.persisted.deferred).toEqual([]);
      expect(first?.process.juju.openedPorts).toEqual([{ protocol: 'tcp', port: 8080 }]);
    });

    it('publishes the cluster data in the peer app bag on both sides', () => {
      const last = views().at(-1);
      expect(last?.process.juju.relations[0]?.localAppData).toMatchObject({ port: '9090' });
      expect(last?.process.juju.openedPorts).toEqual([{ protocol: 'tcp', port: 9090 }]);
    });
  },
);
