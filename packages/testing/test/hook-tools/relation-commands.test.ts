import { createSandbox, type HookToolSandbox } from './hook-tool-fixture';

let sandbox: HookToolSandbox;

beforeAll(async () => {
  sandbox = await createSandbox();
}, 60_000);
afterAll(() => sandbox.remove());
beforeEach(() =>
  sandbox.reset({
    leader: true,
    relations: [
      {
        endpoint: 'db',
        id: 3,
        remoteApp: 'pg',
        remoteUnits: { 'pg/0': { host: 'pg-0' }, 'pg/1': {} },
        localUnitData: {},
        remoteAppData: { version: '16' },
        remoteModelUuid: 'remote-uuid',
      },
      { endpoint: 'db', id: 4, remoteApp: 'mysql' },
    ],
  }),
);

const out = (command: string, args: string[], env: Record<string, string> = {}) => {
  const run = sandbox.run(command, args, { env });
  expect(run.stderr).toBe('');
  return run.stdout;
};

describe('relation commands', () => {
  it('relation-ids prints the ids as endpoint:N', () => {
    expect(out('relation-ids', ['db', '--format=json'])).toBe('["db:3","db:4"]\n');
    expect(out('relation-ids', ['cache', '--format=json'])).toBe('[]\n');
  });

  it('relation-list prints the remote units, or with --app the remote app as a JSON string', () => {
    expect(out('relation-list', ['-r', 'db:3', '--format=json'])).toBe('["pg/0","pg/1"]\n');
    expect(out('relation-list', ['-r', 'db:3', '--app', '--format=json'])).toBe('"pg"\n');
  });

  it('relation-list leaves out the departing unit', () => {
    expect(out('relation-list', ['-r', 'db:3', '--format=json'], { JUJU_DEPARTING_UNIT: 'pg/1' })).toBe(
      '["pg/0"]\n',
    );
  });

  it('relation-list lists no units in the relation-broken hook', () => {
    const env = { JUJU_HOOK_NAME: 'db-relation-broken', JUJU_RELATION_ID: 'db:3' };
    expect(out('relation-list', ['-r', 'db:3', '--format=json'], env)).toBe('[]\n');
  });

  describe('relation-get', () => {
    it('prints a unit bag, or an app bag with --app', () => {
      expect(out('relation-get', ['-r', 'db:3', '--format=json', '-', 'pg/0'])).toBe('{"host":"pg-0"}\n');
      expect(out('relation-get', ['-r', 'db:3', '--app', '--format=json', '-', 'pg'])).toBe(
        '{"version":"16"}\n',
      );
    });

    it('prints one key when asked', () => {
      expect(out('relation-get', ['-r', 'db:3', '--format=json', 'host', 'pg/0'])).toBe('"pg-0"\n');
    });

    it('defaults the relation and unit from the hook environment', () => {
      const env = { JUJU_RELATION_ID: 'db:3', JUJU_REMOTE_UNIT: 'pg/0' };
      expect(out('relation-get', ['--format=json'], env)).toBe('{"host":"pg-0"}\n');
    });

    it('accepts a bare relation number', () => {
      expect(out('relation-get', ['-r', '3', '--format=json', '-', 'pg/0'])).toBe('{"host":"pg-0"}\n');
    });
  });

  describe('relation-set', () => {
    const bag = () =>
      JSON.parse(out('relation-get', ['-r', 'db:3', '--format=json', '-', 'app/0'])) as unknown;

    it('reads YAML from stdin', () => {
      sandbox.run('relation-set', ['-r', 'db:3', '--file', '-'], { stdin: 'host: web-0\nport: "80"\n' });
      expect(bag()).toEqual({ host: 'web-0', port: '80' });
    });

    it('reads JSON from stdin, and an empty value deletes the key', () => {
      sandbox.run('relation-set', ['-r', 'db:3', '--file', '-'], { stdin: '{"a": "1", "b": "2"}' });
      sandbox.run('relation-set', ['-r', 'db:3', '--file', '-'], { stdin: '{"a": ""}' });
      expect(bag()).toEqual({ b: '2' });
    });

    it('writes the app bag with --app as leader', () => {
      sandbox.run('relation-set', ['--relation=db:3', '--app', '--file', '-'], { stdin: 'ready: "yes"\n' });
      expect(out('relation-get', ['-r', 'db:3', '--app', '--format=json', '-', 'app'])).toBe(
        '{"ready":"yes"}\n',
      );
    });

    it('refuses a value that is not a string', () => {
      const run = sandbox.run('relation-set', ['-r', 'db:3', '--file', '-'], { stdin: 'port: 80\n' });
      expect(run.status).toBe(1);
      expect(run.stderr).toBe(
        'ERROR cannot parse relation settings: value of "port" is a number, not a string\n',
      );
    });
  });

  it('relation-model-get prints the remote model uuid', () => {
    expect(out('relation-model-get', ['-r', 'db:3', '--format=json'])).toBe('{"uuid":"remote-uuid"}\n');
  });
});
