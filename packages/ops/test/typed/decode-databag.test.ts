import { IsString } from 'class-validator';
import { RelationDataError, RelationDataValidationError } from '../../src/errors';
import { decodeDatabag, encodeDatabag } from '../../src/typed';
import { DbAppData, dbAppData, Endpoint } from './databag-classes';

const where = { relation: 'db:3', bag: 'postgresql' };

function failure(fn: () => unknown): RelationDataValidationError {
  try {
    fn();
  } catch (err) {
    if (err instanceof RelationDataValidationError) return err;
    throw err;
  }
  throw new Error('expected RelationDataValidationError');
}

function validBag(overrides: Record<string, string> = {}): Record<string, string> {
  return { ...encodeDatabag(dbAppData()), ...overrides };
}

describe('decodeDatabag', () => {
  describe('when the bag holds what encodeDatabag wrote', () => {
    it('round-trips, nested classes included', () => {
      const loaded = decodeDatabag(DbAppData, validBag(), where);
      expect(loaded).toEqual(dbAppData());
      expect(loaded).toBeInstanceOf(DbAppData);
      expect(loaded.primary).toBeInstanceOf(Endpoint);
      expect(loaded.replicas[0]).toBeInstanceOf(Endpoint);
    });
  });

  describe('when a Python charm wrote the bag', () => {
    it('reads json.dumps output, Juju keys that are not JSON ignored', () => {
      const bag = {
        database: '"shop"',
        'secret-id': '"secret:x"',
        primary: '{"host": "db.local", "port": 5432}',
        replicas: '[]',
        'tls-ca': '"-----BEGIN-----"',
        'ingress-address': '10.1.2.3',
        'egress-subnets': '10.1.2.3/32',
      };
      const loaded = decodeDatabag(DbAppData, bag, where);
      expect(loaded.primary).toEqual({ host: 'db.local', port: 5432 });
      expect(loaded.replicas).toEqual([]);
      expect(loaded.tlsCa).toBeUndefined();
    });
  });

  describe('when a value is not JSON', () => {
    it('names the relation, the bag and the key', () => {
      const err = failure(() => decodeDatabag(DbAppData, validBag({ database: 'shop' }), where));
      expect(err).toBeInstanceOf(RelationDataError);
      expect(err.relation).toBe('db:3');
      expect(err.bag).toBe('postgresql');
      expect(err.violations).toHaveLength(1);
      expect(err.violations[0]?.option).toBe('database');
      expect(err.violations[0]?.rule).toMatch(/^is not JSON \(.*\); the writer must JSON-encode each value as ops Relation.save does$/);
      expect(err.message).toMatch(/^relation db:3, databag postgresql: database: is not JSON/);
    });
  });

  describe('when required fields are missing', () => {
    it('lists each once as missing', () => {
      const err = failure(() => decodeDatabag(DbAppData, { replicas: '[]' }, where));
      expect(err.violations).toEqual([
        { option: 'database', rule: 'is required but missing' },
        { option: 'secret-id', rule: 'is required but missing' },
        { option: 'primary', rule: 'is required but missing' },
      ]);
    });
  });

  describe('when a nested value breaks a rule', () => {
    it('names the dotted field path and the rule', () => {
      const bag = validBag({ primary: '{"host": "h", "port": 70000}', replicas: '[{"host": 5, "port": 1}]' });
      expect(failure(() => decodeDatabag(DbAppData, bag, where)).violations).toEqual([
        { option: 'primary.port', rule: 'must not be greater than 65535', value: 70000 },
        { option: 'replicas.0.host', rule: 'must be a string', value: 5 },
      ]);
    });
  });

  describe('when a value has the wrong JSON type', () => {
    it('reports the rule with the value', () => {
      class Data {
        @IsString() name!: string;
      }
      expect(failure(() => decodeDatabag(Data, { name: '42' }, where)).violations).toEqual([{ option: 'name', rule: 'must be a string', value: 42 }]);
    });
  });
});
