import { IsInt } from 'class-validator';
import { charm, CharmBase, CharmDefinitionError } from '../../src';
import { validateConfigClass } from '../../src/metadata/validate-config-class';
import { makeMeta } from '../support/charm-meta.factory';
import { TestUnit } from '../support/run-in-memory';
import { ActionsOnlyCharm, ConfigOnlyCharm } from './schema-charms';

const declaredWebOptions = () =>
  makeMeta({
    config: {
      'log-level': { type: 'string', default: 'info' },
      port: { type: 'int', default: 8080 },
      debug: { type: 'boolean', default: false },
    },
  });

describe('validateConfigClass', () => {
  describe('when every config property is declared with a compatible type', () => {
    it('passes', () => {
      expect(() => validateConfigClass(ConfigOnlyCharm, declaredWebOptions())).not.toThrow();
    });
  });

  describe('when the charm has no config class', () => {
    it('passes whatever charmcraft.yaml declares', () => {
      expect(() => validateConfigClass(ActionsOnlyCharm, makeMeta())).not.toThrow();
    });
  });

  describe('when charmcraft.yaml lacks options and disagrees on a type', () => {
    class TunedConfig {
      @IsInt() workers = 2;
      @IsInt() port = 8080;
      logLevel = 'info';
    }
    @charm({ config: TunedConfig })
    class TunedCharm extends CharmBase<TunedConfig> {}
    const meta = makeMeta({ config: { port: { type: 'string' }, 'log-level': { type: 'string' } } });

    it('throws a CharmDefinitionError listing every problem with the fix', () => {
      expect(() => validateConfigClass(TunedCharm, meta)).toThrow(CharmDefinitionError);
      let message = '';
      try {
        validateConfigClass(TunedCharm, meta);
      } catch (e) {
        message = (e as Error).message;
      }
      expect(message.split('\n')).toEqual([
        "@charm({ config: TunedConfig }) on TunedCharm: the config class does not match charmcraft.yaml (fix the class, or run 'jujuts schema' to rewrite config.options from it)",
        'TunedConfig.workers: charmcraft.yaml declares no config option `workers` (declared: port, log-level)',
        'TunedConfig.port: validators imply int but option `port` is string in charmcraft.yaml',
      ]);
    });
  });
});

describe('start-up validation of the config class', () => {
  it('fails every hook before any handler runs, naming the undeclared option', async () => {
    const meta = makeMeta({ config: { 'log-level': { type: 'string' }, port: { type: 'int' } } });
    const result = await new TestUnit(ConfigOnlyCharm, meta).dispatch('hooks/install');
    expect(result.ok).toBe(false);
    const error = !result.ok ? result.error : undefined;
    expect(error).toBeInstanceOf(CharmDefinitionError);
    expect(error?.message.split('\n').slice(1)).toEqual(['WebConfig.debug: charmcraft.yaml declares no config option `debug` (declared: log-level, port)']);
  });

  it('lets a charm whose config class matches run', async () => {
    const result = await new TestUnit(ConfigOnlyCharm, declaredWebOptions()).dispatch('hooks/install');
    expect(result.ok).toBe(true);
  });
});
