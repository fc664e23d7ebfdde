import { IsBoolean, IsIn, IsInt, IsNumber, IsOptional, IsString, Matches, Max, Min } from 'class-validator';
import { CharmDefinitionError, InvalidConfigError } from '../../src/errors';
import { loadConfig, option } from '../../src/typed';
import { declaredOption, declaredOptions } from './fixtures';

class WebConfig {
  @IsIn(['debug', 'info', 'warning']) logLevel = 'info';
  @IsInt() @Min(1) @Max(65535) port = 8080;
  @IsNumber() ratio = 0.5;
  @IsBoolean() debug = false;
  @IsOptional() @IsString() @Matches(/^[a-z]+$/) siteName?: string;
}

function webOptions() {
  return declaredOptions(['log-level', 'string'], ['port', 'int'], ['ratio', 'float'], ['debug', 'boolean'], ['site-name', 'string']);
}

function violationsOf(fn: () => unknown): unknown {
  try {
    fn();
  } catch (err) {
    if (err instanceof InvalidConfigError) return err.violations;
    throw err;
  }
  throw new Error('expected InvalidConfigError');
}

describe('loadConfig', () => {
  describe('when config-get returns nothing', () => {
    it('keeps the class initializers as defaults', () => {
      const config = loadConfig(WebConfig, {}, { options: webOptions() });
      expect(config).toBeInstanceOf(WebConfig);
      expect(config).toEqual({ logLevel: 'info', port: 8080, ratio: 0.5, debug: false });
    });
  });

  describe('when an absent option has a charmcraft.yaml default', () => {
    it('uses that default, as config-get would have reported it', () => {
      const options = { ...webOptions(), port: declaredOption('port', 'int', { default: 9000 }) };
      expect(loadConfig(WebConfig, {}, { options }).port).toBe(9000);
    });
  });

  describe('when options are set', () => {
    it('maps kebab-case option names to camelCase properties', () => {
      const config = loadConfig(WebConfig, { 'log-level': 'debug', 'site-name': 'shop', port: 443, ratio: 1.25, debug: true }, { options: webOptions() });
      expect(config).toEqual({ logLevel: 'debug', siteName: 'shop', port: 443, ratio: 1.25, debug: true });
    });

    it('ignores options the class does not model', () => {
      const config = loadConfig(WebConfig, { 'extra-thing': 'x' }, { options: webOptions() });
      expect(config).not.toHaveProperty('extra-thing');
      expect(config).not.toHaveProperty('extraThing');
    });

    it('uses the name given with @option', () => {
      class Cfg {
        @option({ name: 'http_port' }) @IsInt() port = 80;
      }
      expect(loadConfig(Cfg, { http_port: 81 }, { options: declaredOptions(['http_port', 'int']) }).port).toBe(81);
    });
  });

  describe('when values arrive as text', () => {
    it.each([
      ['int', '42', 42],
      ['int', '-7', -7],
      ['float', '2.5', 2.5],
      ['float', '1e3', 1000],
      ['boolean', 'true', true],
      ['boolean', 'false', false],
      ['string', '007', '007'],
    ] as const)('converts a %s option given as %j', (type, raw, expected) => {
      class Cfg {
        value: unknown = undefined;
      }
      expect(loadConfig(Cfg, { value: raw }, { options: declaredOptions(['value', type]) }).value).toBe(expected);
    });
  });

  describe('when a value does not fit its Juju type', () => {
    it.each([
      ['int', 1.5, 'must be an integer (Juju type int)'],
      ['int', 'ten', 'must be an integer (Juju type int)'],
      ['float', 'fast', 'must be a number (Juju type float)'],
      ['boolean', 'yes', 'must be true or false (Juju type boolean)'],
      ['string', 5, 'must be a string (Juju type string), got number'],
    ] as const)('reports a %s option given %j', (type, raw, rule) => {
      class Cfg {
        value: unknown = undefined;
      }
      expect(violationsOf(() => loadConfig(Cfg, { value: raw }, { options: declaredOptions(['value', type]) }))).toEqual([
        { option: 'value', rule, value: raw },
      ]);
    });
  });

  describe('when values break the validators', () => {
    it('lists every violation with the Juju name and class-validator message', () => {
      const run = () =>
        loadConfig(WebConfig, { 'log-level': 'loud', port: 70000, 'site-name': 'Shop 1' }, { options: webOptions() });
      expect(violationsOf(run)).toEqual([
        { option: 'log-level', rule: 'must be one of the following values: debug, info, warning', value: 'loud' },
        { option: 'port', rule: 'must not be greater than 65535', value: 70000 },
        { option: 'site-name', rule: 'must match /^[a-z]+$/ regular expression', value: 'Shop 1' },
      ]);
    });

    it.each([
      ['port', 0, 'must not be less than 1'],
      ['ratio', Number.NaN, 'must be a number conforming to the specified constraints'],
    ])('reports %s = %p as %j', (name, value, rule) => {
      expect(violationsOf(() => loadConfig(WebConfig, { [name]: value }, { options: webOptions() }))).toEqual([{ option: name, rule, value }]);
    });

    it('reports a wrong default in the class itself', () => {
      class Cfg {
        @IsInt() workers = 1.5;
        @IsString() name = 3 as unknown as string;
        @IsBoolean() on = 'yes' as unknown as boolean;
      }
      const opts = declaredOptions(['workers', 'int'], ['name', 'string'], ['on', 'boolean']);
      expect(violationsOf(() => loadConfig(Cfg, {}, { options: opts }))).toEqual([
        { option: 'workers', rule: 'must be an integer number', value: 1.5 },
        { option: 'name', rule: 'must be a string', value: 3 },
        { option: 'on', rule: 'must be a boolean value', value: 'yes' },
      ]);
    });

    it('reports a required option with no value and no default', () => {
      class Cfg {
        @IsString() endpoint!: string;
      }
      expect(violationsOf(() => loadConfig(Cfg, {}, { options: declaredOptions(['endpoint', 'string']) }))).toEqual([
        { option: 'endpoint', rule: 'must be a string', value: undefined },
      ]);
    });

    it('does not report a value that failed conversion a second time', () => {
      expect(violationsOf(() => loadConfig(WebConfig, { port: 'http' }, { options: webOptions() }))).toEqual([
        { option: 'port', rule: 'must be an integer (Juju type int)', value: 'http' },
      ]);
    });
  });

  describe('when an option is a secret', () => {
    class Cfg {
      @option({ type: 'secret' }) adminPassword?: unknown;
    }
    const opts = () => declaredOptions(['admin-password', 'secret']);

    it('hands the id to resolveSecret and keeps what it returns', () => {
      const seen: string[] = [];
      const secret = { id: 'secret:abc' };
      const config = loadConfig(Cfg, { 'admin-password': 'secret:abc' }, {
        options: opts(),
        resolveSecret: (id) => {
          seen.push(id);
          return secret;
        },
      });
      expect(seen).toEqual(['secret:abc']);
      expect(config.adminPassword).toBe(secret);
    });

    it('keeps the id without a resolver', () => {
      expect(loadConfig(Cfg, { 'admin-password': 'secret:abc' }, { options: opts() }).adminPassword).toBe('secret:abc');
    });

    it('leaves an unset secret undefined without resolving anything', () => {
      const resolveSecret = jest.fn();
      expect(loadConfig(Cfg, {}, { options: opts(), resolveSecret }).adminPassword).toBeUndefined();
      expect(resolveSecret).not.toHaveBeenCalled();
    });
  });

  describe('when a property has no declared option', () => {
    it('throws a CharmDefinitionError naming the property, the option and the declared ones', () => {
      class Cfg {
        @IsString() logLevel = 'info';
      }
      expect(() => loadConfig(Cfg, {}, { options: declaredOptions(['port', 'int']) })).toThrow(
        new CharmDefinitionError(
          'Cfg.logLevel: charmcraft.yaml declares no config option `log-level` (declared: port); add it under config.options or name the property\'s option with @option({ name })',
        ),
      );
    });
  });
});
