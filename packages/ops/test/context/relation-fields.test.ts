import { parseJujuContext } from '../../src/context/parse-juju-context';
import { JujuContextError } from '../../src/errors/charm-errors';
import { relationEnv } from './juju-env-factory';

function variableAtFault(env: NodeJS.ProcessEnv): string {
  try {
    parseJujuContext(env);
  } catch (e) {
    expect(e).toBeInstanceOf(JujuContextError);
    return (e as JujuContextError).variable;
  }
  throw new Error('expected a JujuContextError, nothing was thrown');
}

describe('relation hooks', () => {
  describe('when every variable is present', () => {
    it('reads the relation, remote app and unit', () => {
      expect(parseJujuContext(relationEnv('changed'))).toMatchObject({
        relationName: 'db',
        relationId: 3,
        remoteApp: 'pg',
        remoteUnit: 'pg/1',
      });
    });

    it('reads the departing unit of relation-departed', () => {
      expect(parseJujuContext(relationEnv('departed')).departingUnit).toBe('pg/1');
    });

    it('reads endpoints with hyphens', () => {
      const env = relationEnv('joined', { JUJU_DISPATCH_PATH: 'hooks/my-db-relation-joined', JUJU_RELATION: 'my-db', JUJU_RELATION_ID: 'my-db:12' });
      expect(parseJujuContext(env)).toMatchObject({ relationName: 'my-db', relationId: 12 });
    });
  });

  describe('when JUJU_REMOTE_APP is absent', () => {
    it('derives it from the remote unit', () => {
      expect(parseJujuContext(relationEnv('joined', { JUJU_REMOTE_APP: undefined })).remoteApp).toBe('pg');
    });

    it('leaves it unset for relation-created without a remote unit', () => {
      const ctx = parseJujuContext(relationEnv('created', { JUJU_REMOTE_APP: undefined, JUJU_REMOTE_UNIT: undefined }));
      expect(ctx.remoteApp).toBeUndefined();
      expect(ctx.relationId).toBe(3);
    });
  });

  describe.each(['created', 'joined', 'changed', 'departed', 'broken'])('for relation-%s', (kind) => {
    it('requires JUJU_RELATION', () => {
      expect(variableAtFault(relationEnv(kind, { JUJU_RELATION: undefined }))).toBe('JUJU_RELATION');
    });

    it('requires JUJU_RELATION_ID', () => {
      expect(variableAtFault(relationEnv(kind, { JUJU_RELATION_ID: undefined }))).toBe('JUJU_RELATION_ID');
    });
  });

  describe.each(['joined', 'changed', 'departed'])('for relation-%s', (kind) => {
    it('requires JUJU_REMOTE_UNIT', () => {
      expect(variableAtFault(relationEnv(kind, { JUJU_REMOTE_UNIT: undefined }))).toBe('JUJU_REMOTE_UNIT');
    });
  });

  describe.each(['created', 'broken'])('for relation-%s', (kind) => {
    it('does not require a remote unit', () => {
      expect(parseJujuContext(relationEnv(kind, { JUJU_REMOTE_UNIT: undefined })).remoteUnit).toBeUndefined();
    });
  });

  describe('when a variable is malformed', () => {
    it('requires JUJU_DEPARTING_UNIT for relation-departed', () => {
      expect(variableAtFault(relationEnv('departed', { JUJU_DEPARTING_UNIT: undefined }))).toBe('JUJU_DEPARTING_UNIT');
    });

    it.each(['3', 'db', 'db:x', 'db:'])('refuses the relation id %s with the expected form', (id) => {
      expect(() => parseJujuContext(relationEnv('changed', { JUJU_RELATION_ID: id }))).toThrow(
        /JUJU_RELATION_ID .* for hook db-relation-changed: expected `<endpoint>:<id>`/,
      );
    });

    it('refuses a relation id of another endpoint', () => {
      expect(() => parseJujuContext(relationEnv('changed', { JUJU_RELATION_ID: 'cache:3' }))).toThrow(/names another endpoint/);
    });

    it("refuses a JUJU_RELATION that is not the hook's endpoint", () => {
      expect(variableAtFault(relationEnv('changed', { JUJU_RELATION: 'cache', JUJU_RELATION_ID: 'cache:3' }))).toBe('JUJU_RELATION');
    });

    it('refuses a remote unit that is not a unit name', () => {
      expect(variableAtFault(relationEnv('changed', { JUJU_REMOTE_UNIT: 'pg' }))).toBe('JUJU_REMOTE_UNIT');
    });
  });
});
