import { createSandbox, type HookToolSandbox } from './hook-tool-fixture';
import { main } from '../../src/hook-tools';

let sandbox: HookToolSandbox;

beforeAll(async () => {
  sandbox = await createSandbox();
}, 60_000);
afterAll(() => sandbox.remove());
beforeEach(() => sandbox.reset({ leader: true, relations: [{ endpoint: 'db', id: 3, remoteApp: 'pg' }] }));

describe('stand-in hook commands', () => {
  describe('when the command line is wrong', () => {
    it('exits 2 with the error and the usage for an unknown flag', () => {
      const run = sandbox.run('relation-get', ['--foo', '-r', 'db:3']);
      expect(run.status).toBe(2);
      expect(run.stderr).toBe(
        'ERROR flag provided but not defined: --foo\nUsage: relation-get [options] <key> <unit id>\n',
      );
    });

    it('exits 2 for a missing argument', () => {
      const run = sandbox.run('status-set', []);
      expect(run.status).toBe(2);
      expect(run.stderr).toMatch(/^ERROR no status specified\nUsage: status-set/);
    });

    it('exits 2 for extra arguments, naming them', () => {
      const run = sandbox.run('is-leader', ['now', 'please']);
      expect(run.status).toBe(2);
      expect(run.stderr).toMatch(/^ERROR unrecognized args: \["now" "please"\]/);
    });

    it('exits 2 for an unknown relation in -r, as Juju does', () => {
      const run = sandbox.run('relation-list', ['-r', 'db:99', '--format=json']);
      expect(run).toEqual({
        status: 2,
        stdout: '',
        stderr: 'ERROR invalid value "db:99" for option -r: relation not found\n',
      });
    });

    it('exits 2 for an unknown output format', () => {
      expect(sandbox.run('is-leader', ['--format=xml']).status).toBe(2);
    });
  });

  describe('when Juju refuses the call', () => {
    it("exits 1 with ERROR and Juju's text", () => {
      sandbox.reset({ leader: false, relations: [{ endpoint: 'db', id: 3 }] });
      const run = sandbox.run('relation-set', ['-r', 'db:3', '--app', '--file', '-'], { stdin: '{"a":"b"}' });
      expect(run).toEqual({ status: 1, stdout: '', stderr: 'ERROR permission denied\n' });
    });

    it('still records the command and what applied at once', () => {
      sandbox.run('status-set', ['active', '--', 'up']);
      sandbox.run('relation-get', ['-r', 'db:99', '-', 'pg/0']);
      const doc = sandbox.doc();
      expect(doc.outputs.commands.map((c) => c.command)).toEqual(['status-set', 'relation-get']);
      expect(doc.state.unitStatus).toEqual({ status: 'active', message: 'up' });
    });
  });

  describe('the environment', () => {
    it('fails when the unit is not the one the state file describes', () => {
      const run = sandbox.run('is-leader', [], { env: { JUJU_UNIT_NAME: 'other/4' } });
      expect(run.status).toBe(1);
      expect(run.stderr).toMatch(/JUJU_UNIT_NAME is other\/4 but .* describes unit app\/0/);
    });

    it('fails when no state file is named', () => {
      const result = main('is-leader', [], {});
      expect(result).toMatchObject({
        exitCode: 1,
        stderr: expect.stringContaining('JUJUTS_SIM_STATE is not set'),
      });
    });

    it('refuses a command it does not know', () => {
      expect(main('relation-teleport', [], {})).toMatchObject({ exitCode: 2 });
    });
  });

  describe('secret content on argv', () => {
    it('is redacted in the command list', () => {
      sandbox.run('secret-add', ['token=hunter22', 'other#base64=aGVsbG8=']);
      const recorded = sandbox.doc().outputs.commands[0];
      expect(recorded).toEqual({
        command: 'secret-add',
        args: ['token=<redacted>', 'other#base64=<redacted>'],
      });
    });
  });
});
