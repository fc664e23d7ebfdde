import { HookCmdBackend, mapHookCommandError } from '../../src/backend';
import {
  HookCommandError,
  ModelError,
  RelationDataAccessError,
  RelationNotFoundError,
  SecretNotFoundError,
} from '../../src/errors';
import { failure, json, useStandIns, type StandIns } from '../hookcmds/support/stand-ins';

const db = (id = 3) => ({ endpoint: 'db', id });
const backendFor = (juju: StandIns) => new HookCmdBackend({ runner: juju.run, unitName: 'web/0' });

function thrownBy(call: () => unknown): Error {
  try {
    call();
  } catch (err) {
    return err as Error;
  }
  throw new Error('expected the call to throw');
}

describe('hook command errors', () => {
  const juju = useStandIns();

  describe('when stderr says "relation not found"', () => {
    it('relation-get throws RelationNotFoundError naming the relation, with the Juju error as cause', () => {
      juju.reply('relation-get', failure('invalid value "db:99" for option -r: relation not found', 2));
      const err = thrownBy(() => backendFor(juju).relationGet(db(99), 'pg/0', false));
      expect(err).toBeInstanceOf(RelationNotFoundError);
      expect(err.message).toBe(
        'relation-get: the unit databag of pg/0 in relation db:99 does not exist any more (it was removed while this hook ran); treat its data as empty or catch RelationNotFoundError. Juju said: ERROR invalid value "db:99" for option -r: relation not found',
      );
      expect(err.cause).toBeInstanceOf(HookCommandError);
      expect(err.cause).toMatchObject({ command: 'relation-get', exitCode: 2 });
    });

    it.each<[string, (b: HookCmdBackend) => unknown]>([
      ['relation-list', (b) => b.relationList(db(99))],
      ['relation-model-get', (b) => b.relationModelUuid(db(99))],
      ['network-get', (b) => b.networkGet('db', 99)],
    ])('%s throws RelationNotFoundError', (command, call) => {
      juju.reply(command, failure('relation not found', 2));
      expect(thrownBy(() => call(backendFor(juju)))).toBeInstanceOf(RelationNotFoundError);
    });
  });

  describe('when a secret command says "not found"', () => {
    it('secret-get throws SecretNotFoundError naming the secret', () => {
      juju.reply('secret-get', failure('secret "cs1f7lg0r5ac73ebtnjg" not found'));
      const err = thrownBy(() => backendFor(juju).secretGet({ id: 'secret:cs1f7lg0r5ac73ebtnjg' }));
      expect(err).toBeInstanceOf(SecretNotFoundError);
      expect(err.message).toMatch(/^secret-get: secret secret:cs1f7lg0r5ac73ebtnjg was not found or is not visible to this unit; check the id or label/);
    });

    it.each<[string, (b: HookCmdBackend) => unknown]>([
      ['secret-info-get', (b) => b.secretInfoGet({ label: 'db' })],
      ['secret-set', (b) => b.secretSet('secret:x', { description: 'd' })],
      ['secret-remove', (b) => b.secretRemove('secret:x')],
    ])('%s throws SecretNotFoundError', (command, call) => {
      juju.reply(command, failure('secret not found'));
      expect(thrownBy(() => call(backendFor(juju)))).toBeInstanceOf(SecretNotFoundError);
    });

    it('other commands saying "not found" keep the HookCommandError', () => {
      juju.reply('resource-get', failure('resource "image" not found'));
      const err = thrownBy(() => backendFor(juju).resourceGet('image'));
      expect(err).toBeInstanceOf(HookCommandError);
      expect(err).not.toBeInstanceOf(SecretNotFoundError);
    });
  });

  describe('when Juju refuses access', () => {
    it('relation-set at commit throws RelationDataAccessError explaining the rule, and logs a security warning', () => {
      juju.reply('relation-set', failure('cannot write relation settings'));
      const backend = backendFor(juju);
      backend.relationSet(db(), { k: 'v' }, true);
      const err = thrownBy(() => backend.commit());
      expect(err).toBeInstanceOf(RelationDataAccessError);
      expect(err.message).toContain('its application\'s bag only as leader (check unit.isLeader() first)');
      expect(err.message).toContain('Juju refused access to the app databag of relation db:3');
      const log = juju.calls().find((c) => c.command === 'juju-log');
      expect(log?.argv.slice(0, 3)).toEqual(['--log-level', 'WARNING', '--']);
      expect(log?.argv[3]).toMatch(/^security: relation-set refused for the app databag of relation db:3: ERROR cannot write relation settings$/);
    });

    it('relation-get of an app bag throws RelationDataAccessError on "permission denied"', () => {
      juju.reply('relation-get', failure('permission denied'));
      expect(thrownBy(() => backendFor(juju).relationGet(db(), 'web', true))).toBeInstanceOf(RelationDataAccessError);
    });

    it('other commands throw a plain ModelError naming what was refused', () => {
      juju.reply('status-set', failure('this unit is not the leader'));
      const err = thrownBy(() => backendFor(juju).statusSet('active', '', true));
      expect(err).toBeInstanceOf(ModelError);
      expect(err).not.toBeInstanceOf(RelationDataAccessError);
      expect(err).not.toBeInstanceOf(HookCommandError);
      expect(err.message).toMatch(/^status-set: Juju refused setting the application status \(leader only\)/);
      expect(juju.calls().map((c) => c.command)).toEqual(['status-set', 'juju-log']);
    });

    it('a failing security log line does not mask the refusal', () => {
      juju.reply('credential-get', failure('permission denied'));
      juju.reply('juju-log', failure('connection lost'));
      expect(thrownBy(() => backendFor(juju).credentialGet())).toBeInstanceOf(ModelError);
    });

    it('a refused juju-log is not logged again', () => {
      juju.reply('juju-log', failure('permission denied'));
      expect(thrownBy(() => backendFor(juju).jujuLog('INFO', 'x'))).toBeInstanceOf(ModelError);
      expect(juju.calls()).toHaveLength(1);
    });
  });

  describe('any other failure', () => {
    it('throws the HookCommandError itself, with command, argv, exit code and stderr', () => {
      juju.reply('config-get', failure('cannot read settings: connection is shut down'));
      const err = thrownBy(() => backendFor(juju).configGet());
      expect(err).toBeInstanceOf(HookCommandError);
      expect(err).toMatchObject({
        command: 'config-get',
        argv: ['--format=json'],
        exitCode: 1,
        stderr: 'ERROR cannot read settings: connection is shut down',
      });
    });
  });

  describe('when the error is not from a hook command', () => {
    it('passes it through unchanged', () => {
      const original = new TypeError('bad key');
      expect(mapHookCommandError(original, 'anything')).toBe(original);
    });

    it('the backend lets validation errors through before any command runs', () => {
      juju.reply('config-get', json({}));
      expect(thrownBy(() => backendFor(juju).openPort({ protocol: 'tcp', port: 0 }))).toBeInstanceOf(TypeError);
      expect(juju.calls()).toEqual([]);
    });
  });
});
