import { parseCharmcraftYaml, type CharmMeta } from '@jujuts/ops/internal';
import { createJujuState, type JujuState, type RelationInput } from '@jujuts/testing';
import { stringify } from 'yaml';
import { prepareSimState } from '../../src/sim/prepare-sim-state';
import { resolveSimEvent } from '../../src/sim/resolve-sim-event';
import type { SimStep } from '../../src/sim/sim-step';

function meta(): CharmMeta {
  return parseCharmcraftYaml(
    stringify({
      name: 'web',
      type: 'charm',
      requires: { db: { interface: 'pg' } },
      peers: { cluster: { interface: 'web-peers' } },
      storage: { data: { type: 'filesystem' } },
      config: { options: { port: { type: 'int', default: 80 }, debug: { type: 'boolean', default: false } } },
    }),
  );
}

function stateWith(relations: RelationInput[] = []): JujuState {
  return createJujuState({ unitName: 'web/0', relations }, meta());
}

function prepare(step: SimStep, state = stateWith()) {
  const m = meta();
  return prepareSimState(m, state, step, resolveSimEvent(m, step));
}

describe('prepareSimState', () => {
  describe('for config and leadership', () => {
    it('sets typed values before the hook', () => {
      const { state } = prepare({ event: 'config-changed', config: { port: '8080', debug: 'true' }, leader: true });
      expect(state.config).toEqual({ port: 8080, debug: true });
      expect(state.leader).toBe(true);
    });

    it('refuses an undeclared option, listing the declared ones', () => {
      expect(() => prepare({ event: 'config-changed', config: { prot: '1' } })).toThrow('config option "prot" is not declared by web (options: port, debug)');
    });
  });

  describe('for leader-elected', () => {
    it('makes the unit the leader without being told', () => {
      expect(prepare({ event: 'leader-elected' }).state.leader).toBe(true);
    });

    it('refuses leader: false, since Juju runs it only on the new leader', () => {
      expect(() => prepare({ event: 'leader-elected', leader: false })).toThrow('leader-elected runs only on the unit that just became leader');
    });
  });

  describe('for a relation event', () => {
    it('uses the only relation of the endpoint and its first remote unit', () => {
      const { event } = prepare({ event: 'db-relation-changed' }, stateWith([{ endpoint: 'db', id: 4, remoteApp: 'pg', remoteUnits: { 'pg/2': {} } }]));
      expect(event).toMatchObject({ path: 'hooks/db-relation-changed', relationId: 4, relationName: 'db', remoteApp: 'pg', remoteUnit: 'pg/2' });
    });

    it('creates a missing relation with no units for relation-created', () => {
      const { state, event } = prepare({ event: 'db-relation-created', relation: 'db:7', remoteApp: 'pg' });
      expect(state.relations).toEqual([expect.objectContaining({ id: 7, endpoint: 'db', remoteApp: 'pg', remoteUnits: {} })]);
      expect(event.remoteUnit).toBeUndefined();
    });

    it("puts the remote side's data in its bags before the hook", () => {
      const { state } = prepare({ event: 'db-relation-changed', remoteUnit: 'pg/0', remoteUnitData: { host: 'h' }, remoteAppData: { port: '5432' } });
      expect(state.relations[0]?.remoteUnits['pg/0']).toEqual({ host: 'h' });
      expect(state.relations[0]?.remoteAppData).toEqual({ port: '5432' });
    });

    it('refuses remote app data on a peer relation', () => {
      expect(() => prepare({ event: 'cluster-relation-changed', remoteAppData: { a: '1' } })).toThrow('--remote-app-data: cluster is a peer relation; its app bag is our own');
    });

    it('asks which relation when the endpoint has several', () => {
      const state = stateWith([{ endpoint: 'db', id: 1 }, { endpoint: 'db', id: 2 }]);
      expect(() => prepare({ event: 'db-relation-changed' }, state)).toThrow('db has several relations (db:1, db:2): pick one with --relation');
    });

    it('refuses a relation of another endpoint', () => {
      expect(() => prepare({ event: 'db-relation-changed', relation: 'cluster:1' })).toThrow('--relation cluster:1 does not match db-relation-changed');
    });

    it('no longer lists the departing unit during relation-departed', () => {
      const state = stateWith([{ endpoint: 'db', id: 1, remoteApp: 'pg', remoteUnits: { 'pg/0': {}, 'pg/1': {} } }]);
      const prepared = prepare({ event: 'db-relation-departed', remoteUnit: 'pg/1' }, state);
      expect(prepared.event.departingUnit).toBe('pg/1');
      expect(Object.keys(prepared.state.relations[0]?.remoteUnits ?? {})).toEqual(['pg/0']);
    });

    it('removes the relation once relation-broken succeeds', () => {
      const prepared = prepare({ event: 'db-relation-broken' }, stateWith([{ endpoint: 'db', id: 1 }]));
      expect(prepared.state.relations[0]?.remoteUnits).toEqual({});
      const after = structuredClone(prepared.state);
      prepared.afterSuccess?.(after);
      expect(after.relations).toEqual([]);
    });
  });

  describe('for a storage event', () => {
    it('attaches the named instance and names it in the event', () => {
      const { state, event } = prepare({ event: 'data-storage-attached', storage: 'data/2' });
      expect(event.storageId).toBe('data/2');
      expect(state.storages).toEqual([expect.objectContaining({ name: 'data', index: 2 })]);
    });

    it('detaches it once storage-detaching succeeds', () => {
      const prepared = prepare({ event: 'data-storage-detaching' });
      const after = structuredClone(prepared.state);
      prepared.afterSuccess?.(after);
      expect(after.storages).toEqual([]);
    });
  });

  describe('for a secret event', () => {
    it('adds a new revision when given content for a known secret', () => {
      const state = createJujuState({ unitName: 'web/0', secrets: [{ label: 'pw', content: { a: '1' } }] }, meta());
      const { state: next, event } = prepare({ event: 'secret-changed', secret: 'pw', secretContent: { a: '2' } }, state);
      expect(next.secrets[0]?.revisions.map((r) => r.revision)).toEqual([1, 2]);
      expect(event).toMatchObject({ secretId: state.secrets[0]?.id, secretLabel: 'pw' });
    });

    it('refuses an unknown secret without content, naming the known ones', () => {
      expect(() => prepare({ event: 'secret-changed', secret: 'nope' })).toThrow('no secret "nope" in the state file (secrets: none); add --secret-content k=v to create it');
    });

    it('gives secret-remove the latest revision by default', () => {
      const state = createJujuState({ unitName: 'web/0', secrets: [{ label: 'pw', owner: 'app', revisions: [{ revision: 1, content: { a: '1' } }, { revision: 3, content: { a: '3' } }] }] }, meta());
      expect(prepare({ event: 'secret-remove', secret: 'pw' }, state).event.secretRevision).toBe(3);
    });
  });

  describe('with a secret mapping', () => {
    it('adds the secret after creating the relation it is granted over', () => {
      const secretSpec = { id: 'secret:d3m0cred3nt1a1s00000', owner: 'pg', grantedTo: 'db:3', content: { password: 'p' } };
      const { state } = prepare({ event: 'db-relation-changed', relation: 'db:3', remoteUnit: 'pg/0', secretSpec });
      expect(state.relations.map((r) => r.id)).toEqual([3]);
      expect(state.secrets).toEqual([expect.objectContaining({ id: secretSpec.id, owner: undefined })]);
    });

    it('makes it the secret of a secret event', () => {
      const { event, state } = prepare({ event: 'secret-changed', secretSpec: { label: 'creds', owner: 'vault', content: { a: '1' } } });
      expect(event).toMatchObject({ path: 'hooks/secret-changed', secretLabel: 'creds', secretId: state.secrets[0]?.id });
    });
  });
});
