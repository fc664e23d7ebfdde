import { join } from 'node:path';
import { HelloCharm } from '../../../../examples/hello/src/charm';
import { createState } from '../../src/context';
import { describeParity } from './describe-parity';

const PROJECT = join(__dirname, '..', '..', '..', '..', 'examples', 'hello');

describeParity(
  'hello',
  () => ({
    charmClass: HelloCharm,
    projectDir: PROJECT,
    initial: createState({ model: { type: 'machine' } }),
    // start is deferred until a greeting is configured, then re-runs first on the next dispatch.
    steps: (on) => [
      on.install(),
      on.start(),
      { change: 'juju makes the unit leader', apply: (w) => void (w.leader = true) },
      on.leaderElected(),
      on.action('greet', { name: 'early' }, { id: '1' }),
      { change: 'juju config greeting=hello repeat=2', apply: (w) => void Object.assign(w.config, { greeting: 'hello', repeat: 2 }) },
      on.configChanged(),
      on.updateStatus(),
      on.action('greet', { name: 'parity' }, { id: '2' }),
    ],
  }),
  (views) => {
    it('exercises a deferral, a failed action and a successful one', () => {
      const all = views();
      expect(all.some((v) => Array.isArray(v.context.persisted.deferred) && v.context.persisted.deferred.length > 0)).toBe(true);
      expect(all.map((v) => v.context.action?.failure).filter(Boolean)).toEqual(['not configured: set the greeting option']);
      expect(all.at(-1)?.process.action?.results).toEqual({ message: 'hello hello, parity!' });
    });
  },
);
