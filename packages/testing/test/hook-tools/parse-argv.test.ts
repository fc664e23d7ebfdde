import { parseArgv, type FlagSpec } from '../../src/hook-tools/parse-argv';
import { UsageError } from '../../src/hook-tools/usage-error';

const FLAGS: FlagSpec[] = [
  { long: 'format', value: true },
  { long: 'relation', short: 'r', value: true },
  { long: 'app', value: false },
];

const parse = (...argv: string[]) => {
  const { flags, args } = parseArgv(argv, FLAGS);
  return { flags: Object.fromEntries(flags), args };
};

describe('parseArgv', () => {
  describe('GNU-style flags', () => {
    it('reads --format=json and --format json alike', () => {
      expect(parse('--format=json')).toEqual(parse('--format', 'json'));
      expect(parse('--format=json').flags).toEqual({ format: 'json' });
    });

    it('reads -r db:3, -rdb:3 and --relation=db:3 alike', () => {
      const expected = { flags: { relation: 'db:3' }, args: [] };
      expect(parse('-r', 'db:3')).toEqual(expected);
      expect(parse('-rdb:3')).toEqual(expected);
      expect(parse('--relation=db:3')).toEqual(expected);
    });

    it('accepts flags after arguments', () => {
      expect(parse('KEY', '--format=json', '--app')).toEqual({
        flags: { format: 'json', app: true },
        args: ['KEY'],
      });
    });

    it('reads a boolean set to false as absent', () => {
      expect(parse('--app=false').flags).toEqual({});
    });
  });

  describe('arguments', () => {
    it('keeps a lone - as an argument', () => {
      expect(parse('-r', '3', '-', 'pg/0').args).toEqual(['-', 'pg/0']);
    });

    it('takes everything after -- as arguments, even if it looks like a flag', () => {
      expect(parse('active', '--', '--app is -r fine')).toEqual({
        flags: {},
        args: ['active', '--app is -r fine'],
      });
    });
  });

  describe('when the command line is wrong', () => {
    it('refuses an unknown long or short flag', () => {
      expect(() => parse('--nope')).toThrow(new UsageError('flag provided but not defined: --nope'));
      expect(() => parse('-x')).toThrow(new UsageError('flag provided but not defined: -x'));
    });

    it('refuses a value flag without its value', () => {
      expect(() => parse('--format')).toThrow(new UsageError('flag needs an argument: --format'));
      expect(() => parse('-r')).toThrow(UsageError);
    });

    it('refuses a boolean given a non-boolean value', () => {
      expect(() => parse('--app=maybe')).toThrow(/invalid boolean value "maybe" for --app/);
    });
  });
});
