import { parseCharmcraftYaml } from '@jujuts/ops/internal';
import { HarnessError } from '../../src/harness';
import { applyConfig, checkConfigValues, checkDeclared } from '../../src/harness/check-config';
import { WEB_YAML } from './harness-fixture';

const meta = parseCharmcraftYaml(WEB_YAML);
const SECRET_YAML = 'name: s\ntype: charm\nsummary: s\nconfig:\n  options:\n    creds: {type: secret}\n';

describe('checkConfigValues', () => {
  it('accepts values of the declared types', () => {
    expect(() => checkConfigValues(meta, { port: 1, name: 'x', debug: false, ratio: 2 }, 'call')).not.toThrow();
  });

  it('accepts a whole number for a float option', () => {
    expect(() => checkConfigValues(meta, { ratio: 1 }, 'call')).not.toThrow();
  });

  it('refuses NaN and infinity for a float option', () => {
    expect(() => checkConfigValues(meta, { ratio: Number.NaN }, 'call')).toThrow(HarnessError);
    expect(() => checkConfigValues(meta, { ratio: Infinity }, 'call')).toThrow(HarnessError);
  });

  it('takes a secret option as a secret id string', () => {
    const secretMeta = parseCharmcraftYaml(SECRET_YAML);
    expect(() => checkConfigValues(secretMeta, { creds: 'secret:abc' }, 'call')).not.toThrow();
    expect(() => checkConfigValues(secretMeta, { creds: 3 }, 'call')).toThrow('call: option creds is of type secret, got 3 (number)');
  });

  it('prefixes every message with the call', () => {
    expect(() => checkConfigValues(meta, { port: true }, 'updateConfig')).toThrow('updateConfig: option port is of type int, got true (boolean)');
  });
});

describe('checkDeclared', () => {
  it('returns the option metadata', () => {
    expect(checkDeclared(meta, 'port', 'call').default).toBe(8080);
  });

  it('says when the charm declares no options at all', () => {
    const bare = parseCharmcraftYaml('name: b\ntype: charm\nsummary: b\n');
    expect(() => checkDeclared(bare, 'port', 'call')).toThrow('call: charmcraft.yaml declares no config option `port` (declared: none)');
  });
});

describe('applyConfig', () => {
  it('sets values and restores defaults of unset options', () => {
    const config: Record<string, string | number | boolean> = { port: 1, name: 'x' };
    applyConfig(meta, config, { debug: true }, ['port', 'name']);
    expect(config).toEqual({ port: 8080, debug: true });
  });

  it('lets a value given in the same call win over unsetting it', () => {
    const config: Record<string, string | number | boolean> = {};
    applyConfig(meta, config, { port: 5 }, ['port']);
    expect(config['port']).toBe(5);
  });
});
