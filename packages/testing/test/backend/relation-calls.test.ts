import { backendOver, refusalOf } from './support/backend-fixture';

const DB = { endpoint: 'db', id: 3 };

describe('relation calls on the in-memory backend', () => {
  describe('when a databag value is not a string', () => {
    it('refuses with the error production raises, before recording relation-set, and leaves the bag as it was', () => {
      const { juju, backend } = backendOver();
      const changes = { host: 'h', port: 5432 as unknown as string };
      expect(refusalOf(juju, () => backend.relationSet(DB, changes, false))).toEqual({
        error: 'RelationDataTypeError',
        message: 'relation-set on db:3: the value of "port" must be a string, got number',
        recorded: [],
      });
      expect(backend.relationGet(DB, 'app/0', false)).toEqual({ mine: 'u' });
    });
  });

  describe('when the relation id is negative', () => {
    it('refuses with the error production raises, before recording relation-get', () => {
      const { juju, backend } = backendOver();
      expect(refusalOf(juju, () => backend.relationGet({ endpoint: 'db', id: -1 }, 'pg/0', false))).toEqual({
        error: 'TypeError',
        message: 'relation id -1 for endpoint "db" must be a non-negative integer',
        recorded: [],
      });
    });
  });

  describe('when the changes are good', () => {
    it('records relation-set and writes the bag', () => {
      const { juju, backend } = backendOver();
      backend.relationSet(DB, { host: 'h' }, false);
      expect(juju.outputs.commands).toEqual([
        { command: 'relation-set', args: ['-r', 'db:3', '--file', '-'] },
      ]);
      expect(backend.relationGet(DB, 'app/0', false)).toEqual({ mine: 'u', host: 'h' });
    });
  });
});
