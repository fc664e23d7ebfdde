import { HookCommandError } from '../../src/errors';
import { createHookCommandRunner, runHookCommand } from '../../src/hookcmds';
import { failure, useStandIns } from './support/stand-ins';

describe('runHookCommand', () => {
  const juju = useStandIns();

  describe('when the command succeeds', () => {
    it('returns its stdout', () => {
      juju.reply('resource-get', { stdout: '/var/lib/juju/resources/image\n' });
      expect(juju.run({ command: 'resource-get', args: ['image'] })).toBe('/var/lib/juju/resources/image\n');
    });

    it('writes stdin to the command', () => {
      juju.run({ command: 'state-set', args: ['--file', '-'], stdin: '{"a":"b"}' });
      expect(juju.calls()[0]?.stdin).toBe('{"a":"b"}');
    });

    it('passes arguments verbatim, never through a shell', () => {
      const hostile = ['$(touch /tmp/pwned)', 'a; rm -rf /', "'quoted' \"too\"", '*'];
      juju.run({ command: 'action-log', args: ['--', ...hostile] });
      expect(juju.argvs()).toEqual([['action-log', '--', ...hostile]]);
    });
  });

  describe('when the command exits non-zero', () => {
    it('throws a HookCommandError with the command, argv, exit code and trimmed stderr', () => {
      juju.reply('config-get', failure('boom'));
      let caught: unknown;
      try {
        juju.run({ command: 'config-get', args: ['--format=json'] });
      } catch (err) {
        caught = err;
      }
      expect(caught).toBeInstanceOf(HookCommandError);
      expect(caught).toMatchObject({ command: 'config-get', argv: ['--format=json'], exitCode: 1, stderr: 'ERROR boom' });
      expect((caught as Error).message).toBe('config-get --format=json exited 1: ERROR boom');
    });

    it('reports the display arguments instead of the real ones', () => {
      juju.reply('secret-add', failure('quota exceeded'));
      expect(() =>
        juju.run({ command: 'secret-add', args: ['password#file=/tmp/x/password'], displayArgs: ['password#file=<redacted>'] }),
      ).toThrow(expect.objectContaining({ argv: ['password#file=<redacted>'] }));
    });

    it('keeps the usage exit code 2', () => {
      juju.reply('relation-get', failure('invalid value "db:99" for option -r: relation not found', 2));
      expect(() => juju.run({ command: 'relation-get', args: ['-r', 'db:99'] })).toThrow(
        expect.objectContaining({ exitCode: 2 }),
      );
    });
  });

  describe('when the command is killed by a signal', () => {
    it('says so, with a null exit code', () => {
      const script = "process.kill(process.pid, 'SIGKILL')";
      let caught: unknown;
      try {
        createHookCommandRunner()({ command: process.execPath, args: ['-e', script] });
      } catch (err) {
        caught = err;
      }
      expect(caught).toBeInstanceOf(HookCommandError);
      expect(caught).toMatchObject({ exitCode: null });
      expect((caught as Error).message).toBe(`${process.execPath} -e ${script} was killed by SIGKILL: `);
    });
  });

  describe('when the command is not on PATH', () => {
    it('says that Juju provides it only during a hook', () => {
      expect(() => runHookCommand({ command: 'no-such-hook-tool', args: [] })).toThrow(
        /no-such-hook-tool: hook command not found on PATH; Juju provides it only while a hook runs/,
      );
    });
  });
});
