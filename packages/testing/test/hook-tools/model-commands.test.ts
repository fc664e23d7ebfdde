import { createSandbox, type HookToolSandbox } from './hook-tool-fixture';

let sandbox: HookToolSandbox;

beforeAll(async () => {
  sandbox = await createSandbox();
}, 60_000);
afterAll(() => sandbox.remove());
beforeEach(() =>
  sandbox.reset({
    leader: true,
    config: { port: 8080, name: 'web', debug: false },
    relations: [{ endpoint: 'db', id: 3, remoteApp: 'pg' }],
    storages: [{ name: 'data', location: '/srv/data' }],
    resources: { image: '/var/lib/juju/resources/image.tar' },
    credential: { type: 'kubernetes', name: 'k8s' },
  }),
);

const out = (command: string, ...args: string[]) => sandbox.run(command, args).stdout;

describe('model commands', () => {
  it('config-get prints all options, or one', () => {
    expect(out('config-get', '--format=json')).toBe('{"port":8080,"name":"web","debug":false}\n');
    expect(out('config-get', 'port', '--format=json')).toBe('8080\n');
  });

  it('is-leader prints true in JSON and True by default', () => {
    expect(out('is-leader', '--format=json')).toBe('true\n');
    expect(out('is-leader')).toBe('True\n');
  });

  it('network-get prints the kebab-case network info', () => {
    expect(JSON.parse(out('network-get', 'db', '--format=json', '-r', '3'))).toEqual({
      'bind-addresses': [
        {
          'mac-address': '',
          'interface-name': 'eth0',
          addresses: [{ value: '192.0.2.0', cidr: '192.0.2.0/24' }],
        },
      ],
      'ingress-addresses': ['192.0.2.0'],
      'egress-subnets': ['192.0.2.0/24'],
    });
    expect(out('network-get', 'db', '--ingress-address', '--format=json')).toBe('"192.0.2.0"\n');
  });

  it('network-get with an unknown relation exits 2', () => {
    expect(sandbox.run('network-get', ['db', '-r', '9']).status).toBe(2);
  });

  it('storage-list and storage-get describe attached storage', () => {
    expect(out('storage-list', 'data', '--format=json')).toBe('["data/0"]\n');
    expect(out('storage-get', '-s', 'data/0', '--format=json')).toBe(
      '{"kind":"filesystem","location":"/srv/data"}\n',
    );
    expect(
      sandbox.run('storage-get', ['location', '--format=json'], { env: { JUJU_STORAGE_ID: 'data/0' } })
        .stdout,
    ).toBe('"/srv/data"\n');
  });

  it('storage-add records a request once the hook succeeds', () => {
    sandbox.run('storage-add', ['data=2', 'logs']);
    sandbox.endHook(true);
    expect(sandbox.doc().outputs.requestedStorage).toEqual([
      { name: 'data', count: 2 },
      { name: 'logs', count: 1 },
    ]);
  });

  it('resource-get prints a plain path', () => {
    expect(out('resource-get', 'image')).toBe('/var/lib/juju/resources/image.tar\n');
    expect(sandbox.run('resource-get', ['nope']).status).toBe(1);
  });

  it('goal-state and credential-get print JSON objects', () => {
    expect(JSON.parse(out('goal-state', '--format=json'))).toEqual({
      units: { 'app/0': { status: 'active' } },
      relations: { db: { pg: { status: 'joined' }, 'pg/0': { status: 'active' } } },
    });
    expect(out('credential-get', '--format=json')).toBe('{"type":"kubernetes","name":"k8s"}\n');
  });

  describe('ports', () => {
    it('opens ports, ranges and icmp, printed as Juju prints them', () => {
      sandbox.run('open-port', ['80/tcp']);
      sandbox.run('open-port', ['8000-8999/udp']);
      sandbox.run('open-port', ['icmp']);
      sandbox.run('open-port', ['443']);
      sandbox.run('close-port', ['443/tcp']);
      expect(out('opened-ports', '--format=json')).toBe('["80/tcp","8000-8999/udp","icmp"]\n');
    });

    it('refuses a bad port with exit 1', () => {
      expect(sandbox.run('open-port', ['70000/tcp']).status).toBe(1);
      expect(sandbox.run('open-port', ['80/sctp']).stderr).toMatch(/^ERROR invalid protocol "sctp"/);
    });
  });

  it('juju-reboot records the request', () => {
    sandbox.run('juju-reboot', ['--now']);
    expect(sandbox.doc().outputs.reboot).toBe('now');
  });
});
