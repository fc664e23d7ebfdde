import { buildJujuEnv } from '../../src/context/build-juju-env';
import { parseJujuContext } from '../../src/context/parse-juju-context';
import { jujuEnv, relationEnv } from './juju-env-factory';

describe('buildJujuEnv', () => {
  it.each([
    ['a relation hook', relationEnv('departed', { JUJU_HOOK_NAME: 'db-relation-departed' })],
    ['an action', jujuEnv('actions/backup', { JUJU_ACTION_UUID: '9', JUJU_ACTION_NAME: 'backup' })],
    ['a secret hook', jujuEnv('hooks/secret-expired', { JUJU_SECRET_ID: 'secret:abc', JUJU_SECRET_REVISION: '4', JUJU_SECRET_LABEL: 'l' })],
    ['a storage hook', jujuEnv('hooks/data-storage-attached', { JUJU_STORAGE_ID: 'data/0' })],
    ['a notice', jujuEnv('hooks/web-pebble-custom-notice', { JUJU_WORKLOAD_NAME: 'web', JUJU_NOTICE_ID: '1', JUJU_NOTICE_TYPE: 'custom', JUJU_NOTICE_KEY: 'a.com/b' })],
    ['a debug session', jujuEnv('hooks/install', { JUJU_DEBUG: '1', JUJU_DEBUG_AT: 'all,hook', JUJU_MACHINE_ID: '0', JUJU_AVAILABILITY_ZONE: 'z', JUJU_PRINCIPAL_UNIT: 'p/0' })],
  ])('round-trips %s', (_what, env) => {
    const ctx = parseJujuContext(env);
    const rebuilt = buildJujuEnv(ctx);
    expect(rebuilt).toEqual(env);
    expect(parseJujuContext(rebuilt)).toEqual(ctx);
  });

  it('writes the relation id in the endpoint:n form', () => {
    expect(buildJujuEnv(parseJujuContext(relationEnv('changed')))['JUJU_RELATION_ID']).toBe('db:3');
  });

  it('leaves unset fields out rather than exporting them empty', () => {
    const env = buildJujuEnv(parseJujuContext(jujuEnv('hooks/install')));
    expect(Object.keys(env).sort()).toEqual(
      ['JUJU_CHARM_DIR', 'JUJU_DISPATCH_PATH', 'JUJU_MODEL_NAME', 'JUJU_MODEL_UUID', 'JUJU_UNIT_NAME', 'JUJU_VERSION'],
    );
  });
});
