import { hookCommandsUnit } from './support/contract-units';
import { webUnit } from './support/contract-state';

// The argv assertions of the contract suite mean something only because the stand-ins refuse a
// command line Juju would refuse: exit 2 with the usage, and nothing done.
const USAGE_ERRORS: Array<[string, string[], string]> = [
  ['relation-get', ['--bogus', '-r', 'db:3', '-', 'pg/0'], 'flag provided but not defined: --bogus'],
  ['relation-list', ['--format=json'], 'no relation id specified'],
  ['relation-ids', ['db', 'extra'], 'unrecognized args: ["extra"]'],
  ['status-set', [], 'no status specified'],
  ['secret-set', ['--label', 'x'], 'no secret URI specified'],
  ['secret-get', ['secret:abc', '--peek', '--refresh'], 'specify one of --peek or --refresh but not both'],
  ['state-delete', ['a', 'b'], 'unrecognized args: ["b"]'],
  ['network-get', ['--format=json'], 'no binding name specified'],
  ['config-get', ['--format=xml'], 'invalid value "xml" for flag --format'],
  ['juju-log', ['--log-level', 'INFO'], 'no message specified'],
  ['open-port', ['-x', '80/tcp'], 'flag provided but not defined: -x'],
  ['storage-get', ['-s'], 'flag needs an argument: -s'],
];

describe('the stand-in hook commands', () => {
  describe.each(USAGE_ERRORS)('when %s gets %j', (command, args, error) => {
    it('exits 2 with the error and the usage on stderr, and does nothing', async () => {
      const unit = await hookCommandsUnit(webUnit());
      const run = unit.stand.run(command, args);
      expect(run).toEqual({
        status: 2,
        stdout: '',
        stderr: expect.stringMatching(new RegExp(`^ERROR ${escape(error)}\nUsage: ${command} `)),
      });
      expect(unit.document().outputs.commands).toEqual([]);
    });
  });

  it('exit 2 for a relation id Juju does not know, as Juju refuses it while parsing -r', async () => {
    const unit = await hookCommandsUnit(webUnit());
    expect(unit.stand.run('relation-get', ['-r', 'db:99', '--format=json', '-', 'pg/0'])).toEqual({
      status: 2,
      stdout: '',
      stderr: 'ERROR invalid value "db:99" for option -r: relation not found\n',
    });
  });

  it('accept every GNU spelling of a flag and keep state between calls', async () => {
    const unit = await hookCommandsUnit(webUnit());
    expect(unit.stand.run('relation-set', ['-rdb:3', '--file', '-'], '{"k": "v"}').status).toBe(0);
    const spellings = [
      ['-r', 'db:3', '--format=json', '-', 'web/0'],
      ['--relation=db:3', '--format', 'json', '-', 'web/0'],
      ['-', 'web/0', '-r', 'db:3', '--format=json'],
    ];
    const outputs = spellings.map((args) => unit.stand.run('relation-get', args));
    expect(outputs.map((o) => [o.status, JSON.parse(o.stdout) as unknown])).toEqual(
      spellings.map(() => [0, { mine: 'u', k: 'v' }]),
    );
    unit.endHook(false);
    expect(JSON.parse(unit.stand.run('relation-get', spellings[0] ?? []).stdout)).toEqual({ mine: 'u' });
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
