import {
  HookCommandError,
  ModelError,
  RelationDataAccessError,
  RelationNotFoundError,
  SecretNotFoundError,
} from '@jujuts/ops/internal';
import { InMemoryBackend, type PebbleClientLike } from '../../src/backend';
import { createJujuState, FakeJuju } from '../../src/juju';
import { backendOver, refusalOf } from './support/backend-fixture';

function backendFor(leader = false): { juju: FakeJuju; backend: InMemoryBackend } {
  const juju = new FakeJuju(
    createJujuState({
      unitName: 'app/0',
      leader,
      relations: [{ endpoint: 'db', id: 3, remoteApp: 'pg' }],
      storages: [{ name: 'data' }],
    }),
  );
  return { juju, backend: new InMemoryBackend(juju) };
}

describe('InMemoryBackend', () => {
  describe('errors', () => {
    it('raises RelationNotFoundError for an unknown relation, with the command and Juju text', () => {
      const { backend } = backendFor();
      const err = catchError(() => backend.relationList({ endpoint: 'db', id: 9 }));
      expect(err).toBeInstanceOf(RelationNotFoundError);
      expect((err as Error).message).toContain('relation-list');
      expect((err as Error).message).toContain(
        'ERROR invalid value "db:9" for option -r: relation not found',
      );
      expect(((err as Error).cause as HookCommandError).exitCode).toBe(2);
    });

    it('raises SecretNotFoundError for a secret it cannot see', () => {
      const { backend } = backendFor();
      expect(() => backend.secretGet({ id: 'secret:nope' })).toThrow(SecretNotFoundError);
    });

    it('raises RelationDataAccessError for a refused databag, and logs the refusal', () => {
      const { backend, juju } = backendFor(false);
      expect(() => backend.relationSet({ endpoint: 'db', id: 3 }, { a: 'b' }, true)).toThrow(
        RelationDataAccessError,
      );
      expect(juju.outputs.logs).toContainEqual({
        level: 'WARNING',
        message: expect.stringContaining('security: relation-set refused') as unknown as string,
      });
    });

    it('raises a ModelError carrying command, exit code and stderr for anything else', () => {
      const { backend } = backendFor();
      const err = catchError(() => backend.storageAdd('Bad_Name', 1));
      expect(err).toBeInstanceOf(HookCommandError);
      expect(err).toBeInstanceOf(ModelError);
      expect(err).toMatchObject({ command: 'storage-add', exitCode: 1, argv: ['Bad_Name=1'] });
      expect((err as HookCommandError).stderr).toBe('ERROR invalid storage name "Bad_Name"');
    });

    it('lets programming errors through untouched', () => {
      const { backend, juju } = backendFor();
      jest.spyOn(juju, 'config').mockImplementation(() => {
        throw new TypeError('boom');
      });
      expect(() => backend.configGet()).toThrow(TypeError);
    });
  });

  describe('when the input is bad', () => {
    it('refuses a status only Juju sets as production does, recording no status-set', () => {
      const { juju, backend } = backendOver();
      expect(refusalOf(juju, () => backend.statusSet('error' as 'active', 'x', false))).toEqual({
        error: 'InvalidStatusError',
        message:
          'status-set: "error" is not a status a charm may set; use one of active, blocked, maintenance, waiting',
        recorded: [],
      });
      expect(juju.outputs.unitStatusHistory).toEqual([]);
    });

    it('refuses a reserved action result key as production does, recording no action-set and no result', () => {
      const { juju, backend } = backendOver({ actionParams: {} });
      expect(refusalOf(juju, () => backend.actionSet({ ok: 'yes', stdout: 'x' }))).toEqual({
        error: 'TypeError',
        message:
          'action-set: result key "stdout" is reserved by Juju (stdout, stdout-encoding, stderr, stderr-encoding); choose another name',
        recorded: [],
      });
      expect(juju.outputs.actionResults).toEqual({});
    });

    it('runs no action-set for no results, as production does (not even outside an action)', () => {
      const { juju, backend } = backendOver();
      expect(() => backend.actionSet({})).not.toThrow();
      expect(juju.outputs.commands).toEqual([]);
    });

    it('refuses a state value that is not a string as production does, recording no state-set', () => {
      const { juju, backend } = backendOver();
      expect(refusalOf(juju, () => backend.stateSet({ count: 1 as unknown as string }))).toEqual({
        error: 'TypeError',
        message: 'state-set: the value of "count" must be a string, got number',
        recorded: [],
      });
      expect(backend.stateGet()).toEqual({});
    });

    it('refuses a log level Juju does not know as production does, logging nothing', () => {
      const { juju, backend } = backendOver();
      expect(refusalOf(juju, () => backend.jujuLog('LOUD' as 'INFO', 'hello'))).toEqual({
        error: 'TypeError',
        message: 'juju-log: unknown level "LOUD"; use one of TRACE, DEBUG, INFO, WARNING, ERROR, CRITICAL',
        recorded: [],
      });
      expect(juju.outputs.logs).toEqual([]);
    });
  });

  describe('getPebble', () => {
    it('fails clearly when no Pebble provider was given', () => {
      const { backend } = backendFor();
      expect(() => backend.getPebble('web')).toThrow(
        /getPebble\("web"\): this InMemoryBackend has no Pebble; pass new InMemoryBackend/,
      );
    });

    it('asks the provider for the named container', () => {
      const { juju } = backendFor();
      const client = { marker: true } as unknown as PebbleClientLike;
      const asked: string[] = [];
      const backend = new InMemoryBackend(juju, { pebble: (name) => (asked.push(name), client) });
      expect(backend.getPebble('web')).toBe(client);
      expect(asked).toEqual(['web']);
    });
  });

  describe('commit', () => {
    it('changes nothing: the fake commits when the hook ends', () => {
      const { backend, juju } = backendFor();
      backend.relationSet({ endpoint: 'db', id: 3 }, { a: 'b' }, false);
      backend.commit();
      expect(juju.state.relations[0]?.localUnitData['a']).toBeUndefined();
      juju.endHook(true);
      expect(juju.state.relations[0]?.localUnitData['a']).toBe('b');
    });
  });

  describe('storage', () => {
    it('lists and describes storage, refusing an unknown id as -s does', () => {
      const { backend } = backendFor();
      expect(backend.storageList('data')).toEqual(['data/0']);
      expect(backend.storageGet('data/0')).toEqual({
        kind: 'filesystem',
        location: '/var/lib/juju/storage/data/0',
      });
      expect(() => backend.storageGet('data/5')).toThrow(
        /invalid value "data\/5" for option -s: storage not found/,
      );
    });
  });

  describe('the remote app', () => {
    it('is null when Juju does not know it yet', () => {
      const juju = new FakeJuju(createJujuState({ relations: [{ endpoint: 'db', id: 3, remoteApp: '' }] }));
      expect(new InMemoryBackend(juju).relationRemoteApp({ endpoint: 'db', id: 3 })).toBeNull();
    });
  });
});

function catchError(fn: () => unknown): unknown {
  try {
    fn();
  } catch (err) {
    return err;
  }
  throw new Error('expected an error');
}
