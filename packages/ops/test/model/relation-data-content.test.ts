import { RelationDataAccessError, RelationDataTypeError } from '../../src/errors';
import type { Application, Relation, Unit } from '../../src/model';
import { dbRelation, makeModel, peerRelation } from './support/fixtures';

jest.mock('../../src/model/container', () => ({ Container: class {} }), { virtual: true });

type BagKind = 'own unit' | 'own app' | 'remote unit' | 'remote app';
type Op = 'read' | 'write';

function setup(leader: boolean, peer: boolean) {
  const made = makeModel((b) => {
    b.leader = leader;
    b.relations = [dbRelation(3), peerRelation(7)];
  });
  const relation = made.model.getRelation(peer ? 'cluster' : 'db') as Relation;
  const remoteUnit = made.model.getUnit(peer ? 'web/1' : 'pg/0');
  const entities: Record<BagKind, Unit | Application> = {
    'own unit': made.model.unit,
    'own app': made.model.app,
    'remote unit': remoteUnit,
    'remote app': made.model.getApp(peer ? 'web' : 'pg'),
  };
  made.backend.calls = [];
  return { ...made, relation, entities };
}

function allowed(leader: boolean, peer: boolean, bag: BagKind, op: Op): boolean {
  if (bag === 'own unit') return true;
  // On a peer relation the remote application is our own.
  if (bag === 'own app' || (peer && bag === 'remote app')) return op === 'read' ? leader || peer : leader;
  return op === 'read';
}

const cells: Array<[boolean, boolean, BagKind, Op]> = [];
for (const leader of [true, false])
  for (const peer of [false, true])
    for (const bag of ['own unit', 'own app', 'remote unit', 'remote app'] as BagKind[])
      for (const op of ['read', 'write'] as Op[]) cells.push([leader, peer, bag, op]);

describe('relation databag access', () => {
  describe.each(cells)('as leader=%s on peer=%s, the %s bag, %s', (leader, peer, bag, op) => {
    const ok = allowed(leader, peer, bag, op);

    it(ok ? 'is allowed and reaches Juju' : 'is refused before any command runs', () => {
      const { backend, relation, entities } = setup(leader, peer);
      const content = relation.data(entities[bag]);
      const act = () => (op === 'read' ? content.get('anything') : content.set('k', 'v'));
      if (ok) {
        act();
        expect(backend.callsTo(op === 'read' ? 'relationGet' : 'relationSet')).toHaveLength(1);
      } else {
        expect(act).toThrow(RelationDataAccessError);
        expect(act).toThrow(String(relation));
        expect(backend.callsTo('relationGet')).toHaveLength(0);
        expect(backend.callsTo('relationSet')).toHaveLength(0);
      }
    });
  });

  describe('when a non-leader writes its app bag', () => {
    it('names the relation, the bag and the rule', () => {
      const { relation, entities } = setup(false, false);
      expect(() => relation.data(entities['own app']).set('k', 'v')).toThrow(
        'relation db:3: cannot write the web app bag: only the leader may write its application\'s bag, and web/0 is not the leader',
      );
    });
  });

  describe('when writing a remote unit bag', () => {
    it('says remote bags are read-only', () => {
      const { relation, entities } = setup(true, false);
      expect(() => relation.data(entities['remote unit']).set('k', 'v')).toThrow(/db:3: cannot write the pg\/0 bag: remote bags are read-only/);
    });
  });

  describe('when the entity is not part of the relation', () => {
    it('refuses a unit of another application', () => {
      const { model, relation, backend } = setup(true, false);
      expect(() => relation.data(model.getUnit('other/0')).get('x')).toThrow(/other is not in this relation \(the remote application is pg\)/);
      expect(backend.callsTo('relationGet')).toHaveLength(0);
    });
  });
});

describe('relation databag reads', () => {
  it('runs no command until the bag is read', () => {
    const { backend, relation, entities } = setup(true, false);
    const content = relation.data(entities['remote unit']);
    expect(backend.calls).toEqual([]);
    expect(content.get('host')).toBe('h0');
    expect(backend.callsTo('relationGet')).toEqual([[{ endpoint: 'db', id: 3 }, 'pg/0', false]]);
  });

  it('reads each bag once per hook', () => {
    const { backend, relation, entities } = setup(true, false);
    relation.data(entities['remote app']).get('dsn');
    relation.data(entities['remote app']).toObject();
    expect(relation.data(entities['remote app']).size).toBe(1);
    expect(backend.callsTo('relationGet')).toHaveLength(1);
  });

  it('offers the map-like views', () => {
    const { relation, entities } = setup(true, false);
    const bag = relation.data(entities['own unit']);
    expect(bag.has('mine')).toBe(true);
    expect([...bag.keys()]).toEqual(['mine']);
    expect([...bag]).toEqual([['mine', 'u']]);
    expect([...bag.entries()]).toEqual([['mine', 'u']]);
    expect(bag.toObject()).toEqual({ mine: 'u' });
  });

  describe('when the relation is gone', () => {
    it('reads as empty, as ops does', () => {
      const { backend, relation, entities } = setup(true, false);
      backend.relations = [];
      expect(relation.data(entities['remote unit']).toObject()).toEqual({});
    });
  });
});

describe('relation databag writes', () => {
  it('sends one relation-set per set and shows the value at once', () => {
    const { backend, relation, entities } = setup(false, false);
    const bag = relation.data(entities['own unit']);
    bag.set('port', '5432');
    expect(backend.callsTo('relationSet')).toEqual([[{ endpoint: 'db', id: 3 }, { port: '5432' }, false]]);
    expect(bag.get('port')).toBe('5432');
    expect(bag.get('mine')).toBe('u');
  });

  it('deletes a key by sending an empty string', () => {
    const { backend, relation, entities } = setup(false, false);
    const bag = relation.data(entities['own unit']);
    bag.delete('mine');
    expect(backend.callsTo('relationSet')).toEqual([[{ endpoint: 'db', id: 3 }, { mine: '' }, false]]);
    expect(bag.has('mine')).toBe(false);
  });

  it('writes the app bag with --app on the leader', () => {
    const { backend, relation, entities } = setup(true, false);
    relation.data(entities['own app']).update({ a: '1', b: '2' });
    expect(backend.callsTo('relationSet')).toEqual([[{ endpoint: 'db', id: 3 }, { a: '1', b: '2' }, true]]);
    expect(backend.relations[0]?.appBags['web']).toEqual({ ours: 'a', a: '1', b: '2' });
  });

  describe('when a value is not a string', () => {
    it('throws a RelationDataTypeError naming the relation, bag and key before any command', () => {
      const { backend, relation, entities } = setup(true, false);
      const bag = relation.data(entities['own unit']);
      const bad = () => bag.update({ ok: 'x', port: 5432 as unknown as string });
      expect(bad).toThrow(RelationDataTypeError);
      expect(bad).toThrow(/relation db:3: cannot set 'port' in the web\/0 bag to a number: databag values must be strings/);
      expect(backend.calls).toEqual([]);
    });

    it('reports the type error first even for a bag it may not write', () => {
      const { backend, relation, entities } = setup(false, false);
      const bad = () => relation.data(entities['remote app']).set('port', null as unknown as string);
      expect(bad).toThrow(/cannot set 'port' in the pg app bag to a null/);
      expect(backend.calls).toEqual([]);
    });
  });

  describe('when a key is not a string', () => {
    it('throws a RelationDataTypeError before any command', () => {
      const { backend, relation, entities } = setup(true, false);
      expect(() => relation.data(entities['own unit']).set(3 as unknown as string, 'v')).toThrow(/keys must be strings/);
      expect(backend.calls).toEqual([]);
    });
  });

  describe('when the bag is written before it is read', () => {
    it('merges the writes over the bag when it is read', () => {
      const { backend, relation, entities } = setup(true, false);
      const bag = relation.data(entities['own unit']);
      bag.set('extra', '1');
      bag.delete('mine');
      expect(backend.callsTo('relationGet')).toHaveLength(0);
      expect(bag.toObject()).toEqual({ extra: '1' });
    });
  });
});
