import { join } from 'node:path';
import { ProviderCharm } from '../../../../examples/db-provider/src/charm';
import { createState, relation } from '../../src/context';
import type { JujuWorld } from './parity-unit';
import { describeParity } from './describe-parity';

const PROJECT = join(__dirname, '..', '..', '..', '..', 'examples', 'db-provider');
const SHOP = { id: 3, endpoint: 'database' };
const BILLING = { id: 4, endpoint: 'database' };

/** The remote app bag of relation `id`, for a Juju-side change. */
const remoteApp = (w: JujuWorld, id: number) => w.relations.find((r) => r.id === id)?.remoteAppData ?? {};

describeParity(
  'db-provider (relations and secrets)',
  () => ({
    charmClass: ProviderCharm,
    projectDir: PROJECT,
    initial: createState({
      model: { type: 'machine' },
      relations: [
        relation('database', { id: 3, remoteApp: 'shop', remoteUnits: { 'shop/0': {}, 'shop/1': { az: 'b' } } }),
        relation('database', { id: 4, remoteApp: 'billing', remoteUnits: { 'billing/0': {} } }),
      ],
    }),
    steps: (on) => [
      on.install(),
      { change: 'juju makes the unit leader', apply: (w) => void (w.leader = true) },
      on.leaderElected(),
      on.relationJoined(SHOP, { remoteUnit: 'shop/1' }),
      { change: 'shop asks for orders', apply: (w) => void Object.assign(remoteApp(w, 3), { database: '"orders"' }) },
      on.relationChanged(SHOP, { remoteUnit: 'shop/0' }),
      { change: 'billing asks for ledger', apply: (w) => void Object.assign(remoteApp(w, 4), { database: '"ledger"', 'extra-user-roles': '"CREATEDB"' }) },
      on.relationChanged(BILLING),
      { change: 'juju config port=6543', apply: (w) => void Object.assign(w.config, { port: 6543 }) },
      on.configChanged(),
      on.action('rotate-password', { 'relation-id': 3 }, { id: '11' }),
      on.action('rotate-password', { 'relation-id': 9 }, { id: '12' }),
      on.relationBroken(BILLING),
      { change: 'billing is removed', apply: (w) => void (w.relations = w.relations.filter((r) => r.id !== 4)) },
      on.updateStatus(),
    ],
  }),
  (views) => {
    it('created a secret per relation, a new revision on rotation, and removed the broken relation\'s', () => {
      const countsAt = (path: string) => views().filter((v) => v.step === path).at(-1)?.process.juju.secrets.map((s) => s.revisions.length);
      expect(countsAt('actions/rotate-password')).toEqual([2, 1]);
      expect(views().at(-1)?.process.juju.secrets.map((s) => s.revisions.length)).toEqual([2]);
      expect(views().map((v) => v.process.action?.failure).filter(Boolean)).toEqual(['relation 9: no database was created on it']);
      expect(views().at(-1)?.process.persisted.stored).toEqual({ 'ProviderCharm.state': { databases: { '3': 'orders' } } });
    });
  },
);
