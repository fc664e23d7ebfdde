import { IsInt, IsString } from 'class-validator';
import { ModelError, RelationDataValidationError } from '../../src/errors';
import { dbRelation, makeModel, peerRelation } from './support/fixtures';

jest.mock('../../src/model/container', () => ({ Container: class {} }), { virtual: true });

describe('relation', () => {
  it('prints as endpoint:id', () => {
    const { model } = makeModel((b) => (b.relations = [dbRelation(3)]));
    expect(String(model.getRelation('db'))).toBe('db:3');
  });

  describe('units', () => {
    it('are the remote units from relation-list, as shared Unit objects', () => {
      const { model, backend } = makeModel((b) => (b.relations = [dbRelation(3)]));
      const rel = model.getRelation('db');
      expect(backend.callsTo('relationList')).toHaveLength(0);
      const units = [...(rel?.units ?? [])];
      expect(units.map(String)).toEqual(['pg/0', 'pg/1']);
      expect(units[0]).toBe(model.getUnit('pg/0'));
      void rel?.units;
      expect(backend.callsTo('relationList')).toHaveLength(1);
    });
  });

  describe('active', () => {
    it('is true for a listed relation', () => {
      const { model } = makeModel((b) => (b.relations = [dbRelation(3)]));
      expect(model.getRelation('db')?.active).toBe(true);
    });

    it('turns false when Juju no longer knows the relation', () => {
      const { model, backend } = makeModel((b) => (b.relations = [dbRelation(3)]));
      const rel = model.getRelation('db');
      backend.relations = [];
      expect(rel?.active).toBe(false);
      expect(rel?.units.size).toBe(0);
    });
  });

  describe('app', () => {
    it('comes from the hook context for the event relation, with no command', () => {
      const { model, backend } = makeModel((b) => (b.relations = [dbRelation(3, { remoteApp: null })]), { relationId: 3, relationName: 'db', remoteApp: 'pg' });
      expect(model.getRelation('db')?.app).toBe(model.getApp('pg'));
      expect(backend.callsTo('relationRemoteApp')).toHaveLength(0);
    });

    it('comes from relation-list --app otherwise', () => {
      const { model, backend } = makeModel((b) => (b.relations = [dbRelation(3, { remoteApp: 'pg', units: [] })]));
      expect(model.getRelation('db')?.app.name).toBe('pg');
      expect(backend.callsTo('relationRemoteApp')).toHaveLength(1);
    });

    it('falls back to the units when Juju does not say', () => {
      const { model } = makeModel((b) => (b.relations = [dbRelation(3, { remoteApp: null })]));
      expect(model.getRelation('db')?.app.name).toBe('pg');
    });

    it('is our own application on a peer relation', () => {
      const { model, backend } = makeModel((b) => (b.relations = [peerRelation(7)]));
      expect(model.getRelation('cluster')?.app).toBe(model.app);
      expect(backend.calls.filter((c) => c.method !== 'relationIds')).toEqual([]);
    });

    it('is a ModelError when nothing tells it', () => {
      const { model } = makeModel((b) => (b.relations = [dbRelation(3, { remoteApp: null, units: [] })]));
      expect(() => model.getRelation('db')?.app).toThrow(ModelError);
      expect(() => model.getRelation('db')?.app).toThrow(/relation db:3: Juju has not reported the remote application/);
    });
  });

  describe('remoteModel', () => {
    it('reads relation-model-get once', () => {
      const { model, backend } = makeModel((b) => (b.relations = [dbRelation(3, { modelUuid: 'remote-uuid' })]));
      const rel = model.getRelation('db');
      expect(rel?.remoteModel).toEqual({ uuid: 'remote-uuid' });
      void rel?.remoteModel;
      expect(backend.callsTo('relationModelUuid')).toHaveLength(1);
    });
  });

  describe('data', () => {
    it('gives the same databag object for the same entity', () => {
      const { model } = makeModel((b) => (b.relations = [dbRelation(3)]));
      const rel = model.getRelation('db');
      expect(rel?.data(model.unit)).toBe(rel?.data(model.getUnit('web/0')));
      expect(rel?.data(model.app)).not.toBe(rel?.data(model.unit));
    });
  });

  describe('load and save', () => {
    class DbData {
      @IsString() host!: string;
      @IsInt() port!: number;
    }

    function dbData(host: string, port: number): DbData {
      return Object.assign(new DbData(), { host, port });
    }

    it('round-trips a typed object through our app bag as JSON values', () => {
      const { model, backend } = makeModel((b) => {
        b.leader = true;
        b.relations = [dbRelation(3)];
      });
      const rel = model.getRelation('db')!;
      rel.save(dbData('db.local', 5432), model.app);
      expect(backend.callsTo('relationSet')).toEqual([[{ endpoint: 'db', id: 3 }, { host: '"db.local"', port: '5432' }, true]]);
      const loaded = rel.load(DbData, model.app);
      expect(loaded).toBeInstanceOf(DbData);
      expect(loaded).toMatchObject({ host: 'db.local', port: 5432 });
    });

    it('names the relation and bag when the remote data is invalid', () => {
      const { model } = makeModel((b) => (b.relations = [dbRelation(3, { appBags: { pg: { host: '"h"', port: '"x"' } } })]));
      const act = () => model.getRelation('db')!.load(DbData, model.getApp('pg'));
      expect(act).toThrow(RelationDataValidationError);
      expect(act).toThrow(/relation db:3, databag pg app/);
    });

    it('enforces the access rules when saving', () => {
      const { model, backend } = makeModel((b) => (b.relations = [dbRelation(3)]));
      expect(() => model.getRelation('db')!.save(dbData('h', 1), model.getApp('pg'))).toThrow(/remote bags are read-only/);
      expect(backend.callsTo('relationSet')).toHaveLength(0);
    });
  });
});
