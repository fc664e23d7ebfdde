import { ModelError, TooManyRelatedAppsError } from '../../src/errors';
import { dbRelation, makeModel, peerRelation } from './support/fixtures';

jest.mock('../../src/model/container', () => ({ Container: class {} }), { virtual: true });

describe('model relations', () => {
  it('lists every relation of an endpoint with one relation-ids', () => {
    const { model, backend } = makeModel((b) => (b.relations = [dbRelation(3), dbRelation(4)]));
    expect(model.relations.get('db').map(String)).toEqual(['db:3', 'db:4']);
    expect(model.getRelations('db')).toBe(model.relations.get('db'));
    expect(backend.callsTo('relationIds')).toEqual([['db']]);
  });

  it('runs nothing when built', () => {
    const { backend } = makeModel((b) => (b.relations = [dbRelation(3)]));
    expect(backend.calls).toEqual([]);
  });

  it('gives an empty list for a declared endpoint with no relations', () => {
    const { model } = makeModel();
    expect(model.relations.get('website')).toEqual([]);
    expect(model.getRelation('website')).toBeUndefined();
  });

  it('iterates every declared endpoint', () => {
    const { model } = makeModel((b) => (b.relations = [dbRelation(3), peerRelation(7)]));
    expect([...model.relations].map(([name, rels]) => [name, rels.map(String)])).toEqual([
      ['db', ['db:3']],
      ['cluster', ['cluster:7']],
      ['website', []],
    ]);
  });

  describe('when the endpoint is not declared', () => {
    it('throws a ModelError listing the declared endpoints', () => {
      const { model } = makeModel();
      expect(() => model.getRelations('dbx')).toThrow(ModelError);
      expect(() => model.getRelations('dbx')).toThrow("relation endpoint 'dbx' is not declared in the charm's metadata (declared: db, cluster, website)");
    });
  });

  describe('getRelation', () => {
    it('returns the only relation, the same object as the list holds', () => {
      const { model } = makeModel((b) => (b.relations = [dbRelation(3)]));
      expect(model.getRelation('db')).toBe(model.relations.get('db')[0]);
    });

    describe('when the endpoint has several relations', () => {
      it('throws TooManyRelatedAppsError without an id', () => {
        const { model } = makeModel((b) => (b.relations = [dbRelation(3), dbRelation(4)]));
        expect(() => model.getRelation('db')).toThrow(TooManyRelatedAppsError);
        expect(() => model.getRelation('db')).toThrow(/endpoint 'db' has 2 relations.*getRelation\('db', id\)/);
      });

      it('returns the one with the given id', () => {
        const { model } = makeModel((b) => (b.relations = [dbRelation(3), dbRelation(4)]));
        expect(model.getRelation('db', 4)?.id).toBe(4);
        expect(model.getRelation('db', 4)).toBe(model.getRelations('db')[1]);
      });
    });

    describe('when the id is not listed', () => {
      it('returns an inactive relation, as ops does', () => {
        const { model } = makeModel((b) => (b.relations = [dbRelation(3)]));
        const gone = model.getRelation('db', 9);
        expect(gone?.active).toBe(false);
        expect(String(gone)).toBe('db:9');
      });

      it('keeps relations of different endpoints apart', () => {
        const { model } = makeModel((b) => (b.relations = [peerRelation(7)]));
        const peer = model.getRelation('cluster', 7);
        expect(model.getRelation('db', 7)?.active).toBe(false);
        expect(model.getRelation('cluster', 7)).toBe(peer);
        expect(peer?.active).toBe(true);
      });
    });
  });

  describe('in a relation-broken hook', () => {
    const broken = { eventName: 'db-relation-broken', relationName: 'db', relationId: 3, remoteApp: 'pg' };

    it('leaves the broken relation out of the lists', () => {
      const { model } = makeModel((b) => (b.relations = [dbRelation(3), dbRelation(4)]), broken);
      expect(model.getRelations('db').map((r) => r.id)).toEqual([4]);
      expect(model.getRelation('db')?.id).toBe(4);
    });

    it('still gives the broken relation by id, inactive, with its remote app', () => {
      const { model } = makeModel((b) => (b.relations = [dbRelation(3)]), broken);
      const rel = model.getRelation('db', 3);
      expect(rel?.active).toBe(false);
      expect(rel?.app.name).toBe('pg');
    });

    it('keeps relations of other endpoints', () => {
      const { model } = makeModel((b) => (b.relations = [dbRelation(3), peerRelation(3)]), broken);
      expect(model.getRelations('cluster').map(String)).toEqual(['cluster:3']);
    });
  });

  describe('in a relation-departed hook', () => {
    it('lets the departing unit bag be read although relation-list no longer has it', () => {
      const departed = { eventName: 'db-relation-departed', relationName: 'db', relationId: 3, remoteApp: 'pg', remoteUnit: 'pg/1', departingUnit: 'pg/1' };
      const { model } = makeModel((b) => (b.relations = [dbRelation(3, { units: ['pg/0'] })]), departed);
      const rel = model.getRelation('db', 3);
      const departing = model.getUnit('pg/1');
      expect([...(rel?.units ?? [])].map(String)).toEqual(['pg/0']);
      expect(rel?.data(departing).get('host')).toBe('h1');
    });
  });
});
