import { RelationDataAccessError, RelationNotFoundError } from '@jujuts/ops/internal';
import { dbRelation, peerRelation, unitWith } from './juju-fixture';

type Bag = 'own unit' | 'own app' | 'remote unit' | 'remote app';

const member = (bag: Bag, peer: boolean): { name: string; isApp: boolean } =>
  ({
    'own unit': { name: 'app/0', isApp: false },
    'own app': { name: 'app', isApp: true },
    'remote unit': { name: peer ? 'app/1' : 'pg/0', isApp: false },
    'remote app': { name: peer ? 'app' : 'pg', isApp: true },
  })[bag];

const who = (leader: boolean): string => (leader ? 'the leader' : 'a non-leader');
const kind = (peer: boolean): string => (peer ? 'peer' : 'regular');

function setup(leader: boolean, peer: boolean) {
  const relation = peer ? peerRelation() : dbRelation();
  const { juju, backend } = unitWith({ leader, relations: [relation] });
  return { juju, backend, ref: { endpoint: relation.endpoint, id: relation.id ?? 0 } };
}

describe('fake relations', () => {
  describe('reading a bag', () => {
    // [leader, peer, bag, allowed]
    const cells: Array<[boolean, boolean, Bag, boolean]> = [
      [true, false, 'own unit', true],
      [true, false, 'own app', true],
      [true, false, 'remote unit', true],
      [true, false, 'remote app', true],
      [false, false, 'own unit', true],
      [false, false, 'own app', false],
      [false, false, 'remote unit', true],
      [false, false, 'remote app', true],
      [true, true, 'own unit', true],
      [true, true, 'own app', true],
      [true, true, 'remote unit', true],
      [true, true, 'remote app', true],
      [false, true, 'own unit', true],
      [false, true, 'own app', true],
      [false, true, 'remote unit', true],
      [false, true, 'remote app', true],
    ];
    it.each(cells.map(([l, p, b, a]) => [who(l), kind(p), b, a ? 'may' : 'may not', l, p, a] as const))(
      '%s on a %s relation, reading the %s bag: %s',
      (_who, _kind, bag, _may, leader, peer, allowed) => {
        const { backend, ref } = setup(leader, peer);
        const { name, isApp } = member(bag, peer);
        if (allowed) expect(Object.keys(backend.relationGet(ref, name, isApp)).length).toBeGreaterThan(0);
        else expect(() => backend.relationGet(ref, name, isApp)).toThrow(RelationDataAccessError);
      },
    );
  });

  describe('writing a bag', () => {
    // Only our own bags can be named for writing: relation-set has no syntax for a remote one.
    const cells: Array<[boolean, boolean, 'own unit' | 'own app', boolean]> = [
      [true, false, 'own unit', true],
      [true, false, 'own app', true],
      [false, false, 'own unit', true],
      [false, false, 'own app', false],
      [true, true, 'own unit', true],
      [true, true, 'own app', true],
      [false, true, 'own unit', true],
      [false, true, 'own app', false],
    ];
    it.each(cells.map(([l, p, b, a]) => [who(l), kind(p), b, a ? 'may' : 'may not', l, p, a] as const))(
      '%s on a %s relation, writing the %s bag: %s',
      (_who, _kind, bag, _may, leader, peer, allowed) => {
        const { backend, ref } = setup(leader, peer);
        const { name, isApp } = member(bag, peer);
        if (allowed) {
          backend.relationSet(ref, { written: 'yes' }, isApp);
          expect(backend.relationGet(ref, name, isApp)['written']).toBe('yes');
        } else {
          expect(() => backend.relationSet(ref, { written: 'yes' }, isApp)).toThrow(RelationDataAccessError);
        }
      },
    );

    it('never touches the remote bags', () => {
      const { backend, juju, ref } = setup(true, false);
      backend.relationSet(ref, { written: 'yes' }, false);
      backend.relationSet(ref, { written: 'yes' }, true);
      juju.endHook(true);
      expect(juju.state.relations[0]?.remoteUnits).toEqual({ 'pg/0': { host: 'pg-0' } });
      expect(juju.state.relations[0]?.remoteAppData).toEqual({ theirs: 'app' });
    });

    it('deletes a key given an empty string', () => {
      const { backend, ref } = setup(false, false);
      backend.relationSet(ref, { mine: '' }, false);
      expect(backend.relationGet(ref, 'app/0', false)).toEqual({});
    });
  });

  describe('when the relation id is unknown', () => {
    it("fails as -r does, with exit 2 and Juju's text", () => {
      const { backend } = setup(true, false);
      expect(() => backend.relationGet({ endpoint: 'db', id: 99 }, 'pg/0', false)).toThrow(
        RelationNotFoundError,
      );
      expect(() => backend.relationList({ endpoint: 'db', id: 99 })).toThrow(
        /invalid value "db:99" for option -r: relation not found/,
      );
    });

    it('refuses an id of another endpoint', () => {
      const { backend } = setup(true, false);
      expect(() => backend.relationList({ endpoint: 'cache', id: 3 })).toThrow(RelationNotFoundError);
    });
  });

  describe('listing', () => {
    it('gives the ids of an endpoint, the remote units and the remote app', () => {
      const { backend } = unitWith({ relations: [dbRelation(), dbRelation({ id: 4 }), peerRelation()] });
      expect(backend.relationIds('db')).toEqual([3, 4]);
      expect(backend.relationList({ endpoint: 'db', id: 3 })).toEqual(['pg/0']);
      expect(backend.relationRemoteApp({ endpoint: 'db', id: 3 })).toBe('pg');
      expect(backend.relationIds('nothing')).toEqual([]);
    });

    it('leaves out the unit departing in this hook, whose bag stays readable', () => {
      const { backend, juju } = unitWith({
        relations: [dbRelation({ remoteUnits: { 'pg/0': {}, 'pg/1': { bye: 'now' } } })],
      });
      juju.beginHook({ departingUnit: 'pg/1' });
      expect(backend.relationList({ endpoint: 'db', id: 3 })).toEqual(['pg/0']);
      expect(backend.relationGet({ endpoint: 'db', id: 3 }, 'pg/1', false)).toEqual({ bye: 'now' });
    });

    it('lists no units of the relation being broken, whose data stays readable', () => {
      const { backend, juju } = unitWith({ relations: [dbRelation()] });
      juju.beginHook({ brokenRelationId: 3 });
      expect(backend.relationList({ endpoint: 'db', id: 3 })).toEqual([]);
      expect(backend.relationGet({ endpoint: 'db', id: 3 }, 'pg', true)).toEqual({ theirs: 'app' });
    });

    it('gives the remote model uuid', () => {
      const { backend } = unitWith({ relations: [dbRelation({ remoteModelUuid: 'other-model' })] });
      expect(backend.relationModelUuid({ endpoint: 'db', id: 3 })).toBe('other-model');
    });
  });

  describe('reading a unit that is not in the relation', () => {
    it("fails with Juju's settings-not-found text", () => {
      const { backend } = setup(true, false);
      expect(() => backend.relationGet({ endpoint: 'db', id: 3 }, 'pg/7', false)).toThrow(
        /unit "pg\/7": settings not found/,
      );
    });
  });
});
