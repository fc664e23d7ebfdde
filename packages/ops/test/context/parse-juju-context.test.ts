import { parseJujuContext } from '../../src/context/parse-juju-context';
import { JujuContextError } from '../../src/errors/charm-errors';
import { jujuEnv } from './juju-env-factory';

function errorOf(fn: () => unknown): JujuContextError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(JujuContextError);
    return e as JujuContextError;
  }
  throw new Error('expected a JujuContextError, nothing was thrown');
}

describe('parseJujuContext', () => {
  describe('for a plain hook', () => {
    it('reads the common variables and derives the app name', () => {
      const ctx = parseJujuContext(jujuEnv('hooks/config-changed', { JUJU_HOOK_NAME: 'config-changed' }));
      expect(ctx).toMatchObject({
        dispatchPath: 'hooks/config-changed',
        eventName: 'config-changed',
        isAction: false,
        unitName: 'web/0',
        appName: 'web',
        modelName: 'prod',
        modelUuid: 'c2b1a5c0-6f7e-4d1a-9a3e-0e6f1f2a3b4c',
        jujuVersion: '3.6.1',
        charmDir: '/var/lib/juju/agents/unit-web-0/charm',
        hookName: 'config-changed',
        debug: false,
        debugAt: [],
      });
      expect(ctx.relationName).toBeUndefined();
    });

    it('reads the debugging and placement variables', () => {
      const ctx = parseJujuContext(
        jujuEnv('hooks/install', {
          JUJU_DEBUG: '1',
          JUJU_DEBUG_AT: 'all, hook ,',
          JUJU_AVAILABILITY_ZONE: 'zone-a',
          JUJU_MACHINE_ID: '4',
          JUJU_PRINCIPAL_UNIT: 'main/2',
        }),
      );
      expect(ctx).toMatchObject({ debug: true, debugAt: ['all', 'hook'], availabilityZone: 'zone-a', machineId: '4', principalUnit: 'main/2' });
    });

    it('treats an empty variable as unset', () => {
      expect(parseJujuContext(jujuEnv('hooks/install', { JUJU_DEBUG: '' })).debug).toBe(false);
    });

    it('takes the event from the dispatch path, not JUJU_HOOK_NAME', () => {
      expect(parseJujuContext(jujuEnv('hooks/start', { JUJU_HOOK_NAME: 'install' })).eventName).toBe('start');
    });
  });

  describe('when a common variable is missing or malformed', () => {
    it.each(['JUJU_UNIT_NAME', 'JUJU_MODEL_NAME', 'JUJU_MODEL_UUID', 'JUJU_VERSION', 'JUJU_CHARM_DIR'])(
      'names %s and the hook',
      (name) => {
        const err = errorOf(() => parseJujuContext(jujuEnv('hooks/install', { [name]: undefined })));
        expect(err.variable).toBe(name);
        expect(err.message).toContain(`${name} is not set for hook install: expected`);
      },
    );

    it('refuses a missing dispatch path', () => {
      const err = errorOf(() => parseJujuContext(jujuEnv('x', { JUJU_DISPATCH_PATH: undefined })));
      expect(err.variable).toBe('JUJU_DISPATCH_PATH');
      expect(err.message).toMatch(/`hooks\/<hook>` or `actions\/<action>`/);
    });

    it.each(['install', 'hooks/', 'charm/hooks/install', 'hooks/a/b'])('refuses the dispatch path %s', (path) => {
      expect(errorOf(() => parseJujuContext(jujuEnv(path))).variable).toBe('JUJU_DISPATCH_PATH');
    });

    it.each(['web', 'web/x', 'Web/0', '/0'])('refuses the unit name %s and shows the format', (unit) => {
      const err = errorOf(() => parseJujuContext(jujuEnv('hooks/install', { JUJU_UNIT_NAME: unit })));
      expect(err.message).toContain(`JUJU_UNIT_NAME is ${JSON.stringify(unit)}, which is malformed for hook install`);
      expect(err.message).toContain('`<app>/<n>`');
    });

    it('refuses a Juju version that is not a version', () => {
      expect(errorOf(() => parseJujuContext(jujuEnv('hooks/install', { JUJU_VERSION: 'latest' }))).variable).toBe('JUJU_VERSION');
    });

    it.each(['2.9.42.1', '3.6-beta1', '4.0'])('accepts the Juju version %s', (version) => {
      expect(parseJujuContext(jujuEnv('hooks/install', { JUJU_VERSION: version })).jujuVersion).toBe(version);
    });
  });

  describe('for an action', () => {
    it('reads the uuid and takes the name from the path', () => {
      const ctx = parseJujuContext(jujuEnv('actions/backup', { JUJU_ACTION_UUID: '42' }));
      expect(ctx).toMatchObject({ isAction: true, eventName: 'backup', actionName: 'backup', actionUuid: '42' });
    });

    it('requires JUJU_ACTION_UUID', () => {
      const err = errorOf(() => parseJujuContext(jujuEnv('actions/backup')));
      expect(err.variable).toBe('JUJU_ACTION_UUID');
      expect(err.message).toContain('for action backup');
    });

    it('refuses a JUJU_ACTION_NAME that disagrees with the path', () => {
      const env = jujuEnv('actions/backup', { JUJU_ACTION_UUID: '1', JUJU_ACTION_NAME: 'restore' });
      expect(errorOf(() => parseJujuContext(env)).variable).toBe('JUJU_ACTION_NAME');
    });

    it('does not treat an action named like a relation hook as a relation event', () => {
      const ctx = parseJujuContext(jujuEnv('actions/db-relation-changed', { JUJU_ACTION_UUID: '1' }));
      expect(ctx.relationName).toBeUndefined();
    });
  });
});
