import { formatOutput } from '../../src/hook-tools/format-output';
import { UsageError } from '../../src/hook-tools/usage-error';

describe('formatOutput', () => {
  describe('as json', () => {
    it('prints compact JSON on one line, and null for nothing', () => {
      expect(formatOutput({ a: ['b'] }, 'json')).toBe('{"a":["b"]}\n');
      expect(formatOutput(undefined, 'json')).toBe('null\n');
    });
  });

  describe("as Juju's default smart format", () => {
    it('prints strings as they are and booleans as True/False', () => {
      expect(formatOutput('/srv/data')).toBe('/srv/data\n');
      expect(formatOutput(true)).toBe('True\n');
      expect(formatOutput(false)).toBe('False\n');
      expect(formatOutput(null)).toBe('');
    });

    it('prints objects as YAML', () => {
      expect(formatOutput({ host: 'h', port: 5 })).toBe('host: h\nport: 5\n');
    });
  });

  it('refuses an unknown format as a usage error', () => {
    expect(() => formatOutput(1, 'xml')).toThrow(UsageError);
  });
});
