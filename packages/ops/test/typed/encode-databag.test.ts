import { RelationDataTypeError } from '../../src/errors';
import { encodeDatabag, field } from '../../src/typed';
import { dbAppData } from './databag-classes';

describe('encodeDatabag', () => {
  describe('with nested classes and a renamed field', () => {
    it('writes one key per field with the bytes ops Relation.save writes', () => {
      expect(encodeDatabag(dbAppData())).toEqual({
        database: '"shop"',
        'secret-id': '"secret:cs1rf4lmp25c7a2ntnkg"',
        primary: '{"host": "10.0.0.1", "port": 5432}',
        replicas: '[{"host": "10.0.0.2", "port": 5432}]',
      });
    });
  });

  describe('when a field is undefined', () => {
    it('omits the key', () => {
      expect(encodeDatabag(dbAppData({ tlsCa: undefined }))).not.toHaveProperty('tlsCa');
    });
  });

  describe('with scalars Python encodes specially', () => {
    it('escapes non-ASCII and writes floats as Python does', () => {
      class Data {
        name = 'Zoë ☃';
        ratio = 0.00001;
        on = true;
        none = null;
      }
      expect(encodeDatabag(new Data())).toEqual({ name: '"Zo\\u00eb \\u2603"', ratio: '1e-05', on: 'true', none: 'null' });
    });
  });

  describe('when two fields write the same key', () => {
    it('throws, naming both and the key', () => {
      class Data {
        @field({ name: 'host' }) address = 'a';
        host = 'b';
      }
      expect(() => encodeDatabag(new Data())).toThrow(
        new RelationDataTypeError('Data: fields address and host both write databag key `host`; give one a different @field({ name })'),
      );
    });
  });
});
