import { join } from 'node:path';
import { MachineAppCharm } from '../../../../examples/machine-app/src/charm';
import { createState, peerRelation, storage } from '../../src/context';
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
    it('publishes the cluster data in the peer app bag on both sides', () => {
      const last = views().at(-1);
      expect(last?.process.juju.relations[0]?.localAppData).toMatchObject({ port: '9090' });
      expect(last?.process.juju.openedPorts).toEqual([{ protocol: 'tcp', port: 9090 }]);
    });
  },
);
