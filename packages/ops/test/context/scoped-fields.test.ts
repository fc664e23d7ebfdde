import { parseJujuContext } from '../../src/context/parse-juju-context';
import { JujuContextError } from '../../src/errors/charm-errors';
import { jujuEnv } from './juju-env-factory';

function variableAtFault(env: NodeJS.ProcessEnv): string {
  try {
    parseJujuContext(env);
  } catch (e) {
    expect(e).toBeInstanceOf(JujuContextError);
    return (e as JujuContextError).variable;
  }
  throw new Error('expected a JujuContextError, nothing was thrown');
}

const noticeEnv = (overrides: Record<string, string | undefined> = {}): NodeJS.ProcessEnv =>
  jujuEnv('hooks/web-pebble-custom-notice', {
    JUJU_WORKLOAD_NAME: 'web',
    JUJU_NOTICE_ID: '7',
    JUJU_NOTICE_TYPE: 'custom',
    JUJU_NOTICE_KEY: 'example.com/db-ready',
    ...overrides,
  });

const checkEnv = (kind: string, overrides: Record<string, string | undefined> = {}): NodeJS.ProcessEnv =>
  jujuEnv(`hooks/web-pebble-check-${kind}`, { JUJU_WORKLOAD_NAME: 'web', JUJU_PEBBLE_CHECK_NAME: 'alive', ...overrides });

const secretEnv = (kind: string, overrides: Record<string, string | undefined> = {}): NodeJS.ProcessEnv =>
  jujuEnv(`hooks/secret-${kind}`, { JUJU_SECRET_ID: 'secret:cs0t2ufmp25c77qc5ma0', JUJU_SECRET_REVISION: '2', ...overrides });

describe('workload hooks', () => {
  it('reads the container of pebble-ready', () => {
    expect(parseJujuContext(jujuEnv('hooks/web-pebble-ready', { JUJU_WORKLOAD_NAME: 'web' })).workloadName).toBe('web');
  });

  it('requires JUJU_WORKLOAD_NAME and names the container it expects', () => {
    expect(() => parseJujuContext(jujuEnv('hooks/web-pebble-ready'))).toThrow(
      'JUJU_WORKLOAD_NAME is not set for hook web-pebble-ready: expected the container name `web`',
    );
  });

  it("refuses a workload that is not the hook's container", () => {
    expect(variableAtFault(jujuEnv('hooks/web-pebble-ready', { JUJU_WORKLOAD_NAME: 'db' }))).toBe('JUJU_WORKLOAD_NAME');
  });

  describe('for pebble-custom-notice', () => {
    it('reads the notice', () => {
      expect(parseJujuContext(noticeEnv())).toMatchObject({ noticeId: '7', noticeType: 'custom', noticeKey: 'example.com/db-ready' });
    });

    it.each(['JUJU_NOTICE_ID', 'JUJU_NOTICE_TYPE', 'JUJU_NOTICE_KEY'])('requires %s', (name) => {
      expect(variableAtFault(noticeEnv({ [name]: undefined }))).toBe(name);
    });
  });

  describe.each(['failed', 'recovered'])('for pebble-check-%s', (kind) => {
    it('reads the check name', () => {
      expect(parseJujuContext(checkEnv(kind)).pebbleCheckName).toBe('alive');
    });

    it('requires JUJU_PEBBLE_CHECK_NAME', () => {
      expect(variableAtFault(checkEnv(kind, { JUJU_PEBBLE_CHECK_NAME: undefined }))).toBe('JUJU_PEBBLE_CHECK_NAME');
    });
  });
});

describe('secret hooks', () => {
  it.each(['changed', 'rotate', 'expired', 'remove'])('secret-%s reads the id, label and revision', (kind) => {
    const ctx = parseJujuContext(secretEnv(kind, { JUJU_SECRET_LABEL: 'db-pass' }));
    expect(ctx).toMatchObject({ secretId: 'secret:cs0t2ufmp25c77qc5ma0', secretLabel: 'db-pass', secretRevision: 2 });
  });

  it.each(['changed', 'rotate', 'expired', 'remove'])('secret-%s requires JUJU_SECRET_ID', (kind) => {
    expect(variableAtFault(secretEnv(kind, { JUJU_SECRET_ID: undefined }))).toBe('JUJU_SECRET_ID');
  });

  it.each(['expired', 'remove'])('secret-%s requires JUJU_SECRET_REVISION', (kind) => {
    expect(variableAtFault(secretEnv(kind, { JUJU_SECRET_REVISION: undefined }))).toBe('JUJU_SECRET_REVISION');
  });

  it.each(['changed', 'rotate'])('secret-%s does not require a revision', (kind) => {
    expect(parseJujuContext(secretEnv(kind, { JUJU_SECRET_REVISION: undefined })).secretRevision).toBeUndefined();
  });

  it.each(['two', '0', '1.5', '-1'])('refuses the revision %s and says an integer is expected', (rev) => {
    expect(() => parseJujuContext(secretEnv('remove', { JUJU_SECRET_REVISION: rev }))).toThrow(/positive integer/);
  });

  it('refuses an id that is not a secret URI', () => {
    expect(variableAtFault(secretEnv('changed', { JUJU_SECRET_ID: 'cs0t2ufmp25c77qc5ma0' }))).toBe('JUJU_SECRET_ID');
  });
});

describe('storage hooks', () => {
  it.each(['attached', 'detaching'])('storage-%s reads the storage id and name', (kind) => {
    const ctx = parseJujuContext(jujuEnv(`hooks/data-storage-${kind}`, { JUJU_STORAGE_ID: 'data/1' }));
    expect(ctx).toMatchObject({ storageId: 'data/1', storageName: 'data' });
  });

  it('requires JUJU_STORAGE_ID with the expected form', () => {
    expect(() => parseJujuContext(jujuEnv('hooks/data-storage-attached'))).toThrow(
      /JUJU_STORAGE_ID is not set for hook data-storage-attached: expected `<storage>\/<n>`/,
    );
  });

  it.each(['data', 'data/x', 'logs/0'])('refuses the storage id %s', (id) => {
    expect(variableAtFault(jujuEnv('hooks/data-storage-attached', { JUJU_STORAGE_ID: id }))).toBe('JUJU_STORAGE_ID');
  });
});
