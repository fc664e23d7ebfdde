import { createSandbox, type HookToolSandbox } from './hook-tool-fixture';

let sandbox: HookToolSandbox;

beforeAll(async () => {
  sandbox = await createSandbox();
}, 60_000);
afterAll(() => sandbox.remove());
beforeEach(() => sandbox.reset({ leader: true, unitStatus: { status: 'active', message: 'ok' } }));

describe('unit commands', () => {
  describe('status', () => {
    it('status-get prints the unit status with its data', () => {
      expect(sandbox.run('status-get', ['--include-data', '--format=json']).stdout).toBe(
        '{"message":"ok","status":"active","status-data":{}}\n',
      );
    });

    it('status-get --application nests the units inside application-status', () => {
      sandbox.run('status-set', ['--application', 'waiting', '--', 'for db']);
      const out = JSON.parse(
        sandbox.run('status-get', ['--include-data', '--format=json', '--application']).stdout,
      );
      expect(out).toEqual({
        'application-status': {
          message: 'for db',
          status: 'waiting',
          'status-data': {},
          units: { 'app/0': { message: 'ok', status: 'active', 'status-data': {} } },
        },
      });
    });

    it('status-set takes a message starting with - after --', () => {
      sandbox.run('status-set', ['blocked', '--', '-r is not a flag here']);
      expect(sandbox.doc().outputs.unitStatusHistory).toEqual([
        { status: 'blocked', message: '-r is not a flag here' },
      ]);
    });

    it('status-set refuses an unknown status with exit 1', () => {
      expect(sandbox.run('status-set', ['sleeping'])).toMatchObject({
        status: 1,
        stderr: 'ERROR invalid status "sleeping", expected one of [maintenance blocked waiting active]\n',
      });
    });
  });

  it('application-version-set records the version', () => {
    sandbox.run('application-version-set', ['--', '1.4.2']);
    expect(sandbox.doc().state.workloadVersion).toBe('1.4.2');
  });

  it('juju-log records the line at its level, and an unknown level as given', () => {
    sandbox.run('juju-log', ['--log-level', 'WARNING', '--', 'disk', 'low']);
    sandbox.run('juju-log', ['-l', 'LOUD', '--', 'hi']);
    sandbox.run('juju-log', ['plain']);
    expect(sandbox.doc().outputs.logs).toEqual([
      { level: 'WARNING', message: 'disk low' },
      { level: 'LOUD', message: 'hi' },
      { level: 'INFO', message: 'plain' },
    ]);
  });

  describe('actions', () => {
    beforeEach(() => sandbox.reset({ actionParams: { target: { host: 'h' }, force: true } }));

    it('action-get prints the params, or one dotted key', () => {
      expect(sandbox.run('action-get', ['--format=json']).stdout).toBe(
        '{"target":{"host":"h"},"force":true}\n',
      );
      expect(sandbox.run('action-get', ['target.host', '--format=json']).stdout).toBe('"h"\n');
    });

    it('action-set nests dotted keys; action-log and action-fail are kept', () => {
      sandbox.run('action-set', ['out.path=/x=y', 'done=yes']);
      sandbox.run('action-log', ['--', 'step 1']);
      sandbox.run('action-fail', ['--', 'disk full']);
      expect(sandbox.doc().outputs).toMatchObject({
        actionResults: { out: { path: '/x=y' }, done: 'yes' },
        actionLogs: ['step 1'],
        actionFailure: 'disk full',
      });
    });

    it('action-set refuses a bad key and an argument without =', () => {
      expect(sandbox.run('action-set', ['Bad=1']).status).toBe(1);
      expect(sandbox.run('action-set', ['novalue']).status).toBe(2);
    });
  });

  it('action commands outside an action exit 1', () => {
    expect(sandbox.run('action-get', ['--format=json'])).toMatchObject({
      status: 1,
      stderr: 'ERROR not running an action\n',
    });
  });
});
