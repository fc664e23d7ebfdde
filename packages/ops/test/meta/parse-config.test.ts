import { parseCharmcraftYaml } from '../../src/meta/parse-charmcraft-yaml';
import { charmcraft, metaError } from './meta-fixtures';

const option = (lines: string) => () => parseCharmcraftYaml(charmcraft(`config:\n  options:\n    opt:\n${lines}`));

describe('config options', () => {
  it('defaults the type to string', () => {
    expect(option('      default: hi\n')().config['opt']).toEqual({ name: 'opt', type: 'string', default: 'hi' });
  });

  it('treats an empty default as no default', () => {
    expect(option('      type: int\n      default:\n')().config['opt']?.default).toBeUndefined();
  });

  it('accepts an integral float default for a float option', () => {
    expect(option('      type: float\n      default: 2\n')().config['opt']?.default).toBe(2);
  });

  it('refuses an unknown type', () => {
    const err = metaError(option('      type: integer\n'));
    expect(err).toMatchObject({ keyPath: 'config.options.opt.type', line: 5 });
    expect(err.message).toContain('must be one of string, int, float, boolean, secret');
  });

  it.each([
    ['int', '1.5', 'an integer'],
    ['int', '"8080"', 'an integer'],
    ['float', 'fast', 'a number'],
    ['boolean', '"true"', '`true` or `false`'],
    ['string', '8080', 'a string (quote numbers'],
    ['secret', 'true', 'a secret URI string'],
  ])('refuses a %s option with default %s', (type, value, expected) => {
    const err = metaError(option(`      type: ${type}\n      default: ${value}\n`));
    expect(err).toMatchObject({ keyPath: 'config.options.opt.default', line: 6 });
    expect(err.message).toContain(`but option "opt" has type ${type}: the default must be ${expected}`);
  });

  it('refuses options that are not a map', () => {
    expect(metaError(() => parseCharmcraftYaml(charmcraft('config:\n  options: [a]\n'))).keyPath).toBe('config.options');
  });

  it('accepts underscores in option names, as existing charms use them', () => {
    expect(Object.keys(parseCharmcraftYaml(charmcraft('config:\n  options:\n    log_level: {}\n')).config)).toEqual(['log_level']);
  });

  it('refuses an option name with capitals', () => {
    expect(metaError(() => parseCharmcraftYaml(charmcraft('config:\n  options:\n    LogLevel: {}\n'))).message).toContain(
      'is not a valid config option name',
    );
  });
});
