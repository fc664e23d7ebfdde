import { join } from 'node:path';
import { WebappCharm } from '../../../../examples/webapp-k8s/src/charm';
import { container, createState, relation } from '../../src/context';
import { describeParity } from './describe-parity';

const PROJECT = join(__dirname, '..', '..', '..', '..', 'examples', 'webapp-k8s');
const WEBSITE = { id: 5, endpoint: 'website' };

// The process side reaches Pebble through a unix-socket stand-in serving an InMemoryPebble, saved and restored between hooks.
describeParity(
  'webapp-k8s (Pebble)',
  () => ({
    charmClass: WebappCharm,
    projectDir: PROJECT,
    initial: createState({
      containers: [container('web')],
      relations: [relation('website', { id: 5, remoteApp: 'proxy', remoteUnits: { 'proxy/0': {} } })],
    }),
    steps: (on) => [
      on.install(),
      on.configChanged(),
      { change: 'juju makes the unit leader', apply: (w) => void (w.leader = true) },
      on.leaderElected(),
      on.pebbleReady('web'),
      on.relationJoined(WEBSITE),
      { change: 'juju config port=9000 log-level=debug', apply: (w) => void Object.assign(w.config, { port: 9000, 'log-level': 'debug' }) },
      on.configChanged(),
      on.action('restart', { reason: 'parity' }, { id: '21' }),
      on.updateStatus(),
    ],
  }),
  (views) => {
    it('planned the web service from the changed config on both sides', () => {
      const pebble = JSON.stringify(views().at(-1)?.process.pebble);
      expect(pebble).toContain('9000');
      expect(views().at(-1)?.process.juju.unitStatus).toEqual({ status: 'active', message: 'serving on :9000' });
    });
  },
);
