import { IsInt, IsString, Max } from 'class-validator';
import { InvalidConfigError } from '../../src/errors';
import { loadConfig, option } from '../../src/typed';
import { recallLoadedConfig, rememberLoadedConfig } from '../../src/typed/loaded-config-memo';
import { declaredOptions } from './fixtures';

function portConfigClass() {
  class PortConfig {
    @IsInt() @Max(65535) port = 8080;
    @IsString() name = 'web';
  }
  return PortConfig;
}

const options = () => declaredOptions(['port', 'int'], ['name', 'string']);

describe('loaded-config-memo', () => {
  describe('when loadConfig loads values cleanly', () => {
    it('remembers them for that class and options table only', () => {
      const cls = portConfigClass();
      const table = options();
      loadConfig(cls, { port: 80, name: 'a' }, { options: table });
      expect(recallLoadedConfig(cls, table, { port: 80, name: 'a' })).toEqual({ port: 80, name: 'a' });
      expect(recallLoadedConfig(cls, options(), { port: 80, name: 'a' })).toBeUndefined();
      expect(recallLoadedConfig(portConfigClass(), table, { port: 80, name: 'a' })).toBeUndefined();
    });

    it.each([
      ['a changed value', { port: 81, name: 'a' }],
      ['the same number as text', { port: '80', name: 'a' }],
      ['-0 for 0', { port: -0, name: 'a' }],
      ['an extra option', { port: 80, name: 'a', other: 'x' }],
      ['a missing option', { port: 80 }],
    ])('does not recall them for %s', (_what, raw) => {
      const cls = portConfigClass();
      const table = options();
      loadConfig(cls, { port: 80, name: 'a' }, { options: table });
      expect(recallLoadedConfig(cls, table, raw)).toBeUndefined();
    });

    it('keeps its own copy of the raw values', () => {
      const cls = portConfigClass();
      const table = options();
      const raw: Record<string, number | string> = { port: 80, name: 'a' };
      loadConfig(cls, raw, { options: table });
      raw['port'] = 81;
      expect(recallLoadedConfig(cls, table, raw)).toBeUndefined();
    });

    it('returns a new instance of the class with the remembered values each time', () => {
      const cls = portConfigClass();
      const table = options();
      const first = loadConfig(cls, { port: 80, name: 'a' }, { options: table });
      first.port = 1;
      const second = loadConfig(cls, { port: 80, name: 'a' }, { options: table });
      expect(second).not.toBe(first);
      expect(second).toBeInstanceOf(cls);
      expect({ ...second }).toEqual({ port: 80, name: 'a' });
    });

    it('uses what it remembered instead of converting again', () => {
      const cls = portConfigClass();
      const table = options();
      // A planted entry shows which path ran: a fresh load would give port 80.
      rememberLoadedConfig(cls, table, { port: 80, name: 'a' }, { port: 81, name: 'a' });
      expect(loadConfig(cls, { port: 80, name: 'a' }, { options: table }).port).toBe(81);
    });
  });

  describe('when values are invalid', () => {
    it('remembers nothing and reports them every time', () => {
      const cls = portConfigClass();
      const table = options();
      for (let i = 0; i < 2; i++) expect(() => loadConfig(cls, { port: 70000, name: 'a' }, { options: table })).toThrow(InvalidConfigError);
      expect(recallLoadedConfig(cls, table, { port: 70000, name: 'a' })).toBeUndefined();
    });
  });

  describe('when the class has a secret option', () => {
    class SecretConfig {
      @option({ type: 'secret' }) adminPassword?: unknown;
    }

    it('resolves the secret on every load, never from memory', () => {
      const table = declaredOptions(['admin-password', 'secret']);
      const resolveSecret = jest.fn((id: string) => ({ id }));
      const first = loadConfig(SecretConfig, { 'admin-password': 'secret:abc' }, { options: table, resolveSecret });
      const second = loadConfig(SecretConfig, { 'admin-password': 'secret:abc' }, { options: table, resolveSecret });
      expect(resolveSecret).toHaveBeenCalledTimes(2);
      expect(second.adminPassword).not.toBe(first.adminPassword);
    });

    it('does not remember an unresolved id either, so a later resolver is still called', () => {
      const table = declaredOptions(['admin-password', 'secret']);
      loadConfig(SecretConfig, { 'admin-password': 'secret:abc' }, { options: table });
      const resolveSecret = jest.fn((id: string) => ({ id }));
      expect(loadConfig(SecretConfig, { 'admin-password': 'secret:abc' }, { options: table, resolveSecret }).adminPassword).toEqual({ id: 'secret:abc' });
    });
  });
});
