import { runCli, type CommandSpec, defaultCommands, cliVersion } from '../src';
import { captureIo } from './fixtures/capture-io';
import { makeTempDir, removeTempDirs } from './fixtures/temp-dir';

afterAll(removeTempDirs);

function run(argv: string[], commands?: readonly CommandSpec[]) {
  const io = captureIo(makeTempDir());
  return runCli(argv, io, commands).then((code) => ({ code, out: io.out(), err: io.err() }));
}

/** A command that echoes what it was given, to test the framework alone. */
function echoCommand(): CommandSpec {
  return {
    name: 'echo',
    summary: 'Echo the arguments',
    usage: 'echo <word> [--loud]',
    positionals: [{ name: 'word', required: true }],
    options: { loud: { type: 'boolean', short: 'l', description: 'Shout' } },
    async run({ options, positionals }, io) {
      const word = positionals[0] ?? '';
      io.stdout.write(`${options.loud === true ? word.toUpperCase() : word}\n`);
      return word === 'fail' ? 7 : undefined;
    },
  };
}

describe('runCli', () => {
  describe('with --help', () => {
    it('lists every command of the table with its summary', async () => {
      const { code, out } = await run(['--help']);
      expect(code).toBe(0);
      expect(out).toContain('Usage: jujuts <command> [options]');
      const listed = out.split('\n').map((line) => /^ {2}(\S+) +(.+)$/.exec(line)).filter((m) => m !== null);
      expect(listed.map((m) => [m[1], m[2]])).toEqual(defaultCommands.map((c) => [c.name, c.summary]));
    });

    it.each(['build', 'pack', 'init'])('shows the usage and options of %s', async (name) => {
      const { code, out } = await run([name, '--help']);
      expect(code).toBe(0);
      expect(out).toMatch(new RegExp(`^Usage: jujuts ${name}`));
      expect(out).toContain('-h, --help');
    });

    it('documents each option with its value name', async () => {
      const { out } = await run(['pack', '--help']);
      expect(out).toMatch(/^ {2}-o, --output PATH +Directory or \.charm file to write/m);
      expect(out).toMatch(/^ {6}--build +Run 'jujuts build' first$/m);
    });

    it("answers 'jujuts help <command>' the same way", async () => {
      expect((await run(['help', 'build'])).out).toBe((await run(['build', '--help'])).out);
    });
  });

  describe('with --version', () => {
    it('prints the package version', async () => {
      expect(await run(['--version'])).toEqual({ code: 0, out: `${cliVersion()}\n`, err: '' });
    });
  });

  describe('with no arguments', () => {
    it('prints the help to stderr and exits 2', async () => {
      const { code, err } = await run([]);
      expect(code).toBe(2);
      expect(err).toContain('Commands:');
    });
  });

  describe('with an unknown command', () => {
    it('exits 2 naming the known commands', async () => {
      const known = defaultCommands.map((c) => c.name).join(', ');
      expect(known).toMatch(/^build, pack, .*init/);
      expect(await run(['bulid'])).toEqual({
        code: 2,
        out: '',
        err: `jujuts: unknown command 'bulid' (commands: ${known}; see 'jujuts --help')\n`,
      });
    });
  });

  describe('with an unknown option', () => {
    it('exits 2 with one line pointing at the command help', async () => {
      const { code, err } = await run(['build', '--minify-harder']);
      expect(code).toBe(2);
      expect(err).toBe("jujuts build: Unknown option '--minify-harder' (see 'jujuts build --help')\n");
    });
  });

  describe('with a missing option value', () => {
    it('exits 2', async () => {
      const { code, err } = await run(['pack', '--node']);
      expect(code).toBe(2);
      expect(err).toMatch(/^jujuts pack: Option '--node <value>' argument missing \(see 'jujuts pack --help'\)\n$/);
    });
  });

  describe('with a table extended by another command', () => {
    const commands = [...defaultCommands, echoCommand()];

    it('parses its options and positionals', async () => {
      expect(await run(['echo', 'hi', '-l'], commands)).toEqual({ code: 0, out: 'HI\n', err: '' });
    });

    it('returns the exit code the command resolves to', async () => {
      expect((await run(['echo', 'fail'], commands)).code).toBe(7);
    });

    it('refuses a missing positional with the usage', async () => {
      expect(await run(['echo'], commands)).toEqual({ code: 2, out: '', err: 'jujuts echo: missing <word> (usage: jujuts echo <word> [--loud])\n' });
    });

    it('refuses extra positionals', async () => {
      expect((await run(['echo', 'a', 'b'], commands)).err).toBe("jujuts echo: unexpected argument 'b' (usage: jujuts echo <word> [--loud])\n");
    });

    it('treats --help after -- as an argument', async () => {
      expect(await run(['echo', '--', '--help'], commands)).toEqual({ code: 0, out: '--help\n', err: '' });
    });

    it('lists it in the top-level help', async () => {
      expect((await run(['--help'], commands)).out).toMatch(/^ {2}echo +Echo the arguments$/m);
    });
  });

  describe('when a command has a bug', () => {
    it('reports an internal error with the stack and exits 1', async () => {
      const broken: CommandSpec = { name: 'broken', summary: 's', usage: 'broken', options: {}, run: () => Promise.reject(new TypeError('oops')) };
      const { code, err } = await run(['broken'], [broken]);
      expect(code).toBe(1);
      expect(err).toMatch(/^jujuts broken: internal error: TypeError: oops\n {4}at /);
    });
  });
});
