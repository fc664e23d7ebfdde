import { HookCmdBackend, type HookCmdBackendOptions } from '../../src/backend';
import { json, useStandIns, type StandIns } from '../hookcmds/support/stand-ins';

let mockPebbleLoads = 0;
jest.mock('../../src/pebble', () => {
  mockPebbleLoads += 1;
  return {
    Client: class FakePebbleClient {
      constructor(readonly options: { socketPath: string }) {}
    },
  };
});

const backendFor = (juju: StandIns, options: HookCmdBackendOptions = {}) =>
  new HookCmdBackend({ runner: juju.run, unitName: 'web/0', ...options });

describe('HookCmdBackend', () => {
  const juju = useStandIns();

  describe('when created', () => {
    it('runs no command at all', () => {
      backendFor(juju);
      expect(juju.calls()).toEqual([]);
    });
  });

  describe('config', () => {
    it('runs config-get once per hook', () => {
      juju.reply('config-get', json({ port: 8080 }));
      const backend = backendFor(juju);
      expect(backend.configGet()).toEqual({ port: 8080 });
      expect(backend.configGet()).toEqual({ port: 8080 });
      expect(juju.argvs()).toEqual([['config-get', '--format=json']]);
    });

    it('hands out copies, so a caller cannot corrupt the cache', () => {
      juju.reply('config-get', json({ port: 8080 }));
      const backend = backendFor(juju);
      backend.configGet()['port'] = 1;
      expect(backend.configGet()).toEqual({ port: 8080 });
    });
  });

  describe('leadership', () => {
    it('trusts an is-leader answer for 30 seconds of the clock, as ops does', () => {
      let clock = 1_000;
      juju.reply('is-leader', [json(true), json(false)]);
      const backend = backendFor(juju, { now: () => clock });
      expect(backend.isLeader()).toBe(true);
      clock += 30_000;
      expect(backend.isLeader()).toBe(true);
      expect(juju.calls()).toHaveLength(1);
      clock += 1;
      expect(backend.isLeader()).toBe(false);
      expect(juju.argvs()).toEqual([['is-leader', '--format=json'], ['is-leader', '--format=json']]);
    });
  });

  describe('goal state', () => {
    it('is asked afresh every time', () => {
      juju.reply('goal-state', json({ units: {}, relations: {} }));
      const backend = backendFor(juju);
      backend.goalState();
      backend.goalState();
      expect(juju.calls()).toHaveLength(2);
    });
  });

  describe('state', () => {
    it('sends state-set at once, unbatched', () => {
      backendFor(juju).stateSet({ stored: '{}' });
      expect(juju.calls()).toEqual([{ command: 'state-set', argv: ['--file', '-'], stdin: '{"stored":"{}"}', files: {} }]);
    });
  });

  describe('commandLog', () => {
    it('lists every command run, in order, with secret file arguments redacted', () => {
      juju.reply('secret-add', { stdout: 'secret:new\n' });
      const backend = backendFor(juju);
      backend.statusSet('active', '', false);
      backend.secretAdd({ password: 'hunter2' }, { label: 'pw' });
      expect(backend.commandLog).toEqual([
        { command: 'status-set', argv: ['active', '--'] },
        { command: 'secret-add', argv: ['--label', 'pw', 'password#file=<redacted>'] },
      ]);
    });
  });

  describe('getPebble', () => {
    it('loads the Pebble client only when a container is first asked for', () => {
      juju.reply('config-get', json({}));
      const backend = backendFor(juju);
      backend.configGet();
      expect(mockPebbleLoads).toBe(0);
      backend.getPebble('web');
      expect(mockPebbleLoads).toBe(1);
    });

    it('connects to /charm/containers/NAME/pebble.socket by default', () => {
      const client = backendFor(juju).getPebble('web') as unknown as { options: { socketPath: string } };
      expect(client.options).toEqual({ socketPath: '/charm/containers/web/pebble.socket' });
    });

    describe('when JUJUTS_PEBBLE_SOCKET_DIR is set (jujuts sim)', () => {
      afterEach(() => {
        delete process.env['JUJUTS_PEBBLE_SOCKET_DIR'];
      });

      it('connects to DIR/NAME/pebble.socket', () => {
        process.env['JUJUTS_PEBBLE_SOCKET_DIR'] = '/tmp/sim-sockets';
        const client = backendFor(juju).getPebble('web') as unknown as { options: { socketPath: string } };
        expect(client.options.socketPath).toBe('/tmp/sim-sockets/web/pebble.socket');
      });

      it('still gives the socket path option the last word', () => {
        process.env['JUJUTS_PEBBLE_SOCKET_DIR'] = '/tmp/sim-sockets';
        const client = backendFor(juju, { pebbleSocketPath: (name) => `/x/${name}` }).getPebble('web') as unknown as {
          options: { socketPath: string };
        };
        expect(client.options.socketPath).toBe('/x/web');
      });
    });

    it('uses the socket path option and one client per container', () => {
      const backend = backendFor(juju, { pebbleSocketPath: (name) => `/tmp/sockets/${name}.socket` });
      const web = backend.getPebble('web') as unknown as { options: { socketPath: string } };
      expect(web.options.socketPath).toBe('/tmp/sockets/web.socket');
      expect(backend.getPebble('web')).toBe(web);
      expect(backend.getPebble('db')).not.toBe(web);
      expect(juju.calls()).toEqual([]);
    });
  });
});
