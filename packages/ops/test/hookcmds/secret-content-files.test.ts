import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { assertSecretContent, withSecretContentFiles } from '../../src/hookcmds';

describe('secret-content-files', () => {
  describe('withSecretContentFiles', () => {
    it('passes KEY#file=PATH arguments and redacted display arguments', () => {
      withSecretContentFiles({ token: 'abc' }, ({ args, displayArgs }) => {
        expect(args[0]).toMatch(/^token#file=\/.+\/token$/);
        expect(displayArgs).toEqual(['token#file=<redacted>']);
        const path = (args[0] ?? '').slice('token#file='.length);
        expect(readFileSync(path, 'utf8')).toBe('abc');
        expect(statSync(path).mode & 0o777).toBe(0o600);
        expect(statSync(dirname(path)).mode & 0o777).toBe(0o700);
      });
    });

    it('removes the files when the callback throws, and rethrows', () => {
      let path = '';
      expect(() =>
        withSecretContentFiles({ token: 'abc' }, ({ args }) => {
          path = (args[0] ?? '').slice('token#file='.length);
          throw new Error('command failed');
        }),
      ).toThrow('command failed');
      expect(path).not.toBe('');
      expect(existsSync(dirname(path))).toBe(false);
    });

    it('returns what the callback returns', () => {
      expect(withSecretContentFiles({ token: 'abc' }, () => 'secret:new')).toBe('secret:new');
    });
  });

  describe('assertSecretContent', () => {
    it('accepts keys of three or more lowercase letters, digits and single dashes', () => {
      expect(() => assertSecretContent('secret-add', { abc: 'x', 'tls-key-2': 'y' })).not.toThrow();
    });

    it('refuses content over 1 MiB in all, without quoting it', () => {
      const half = 'z'.repeat(600 * 1024);
      expect(() => assertSecretContent('secret-add', { first: half, second: half })).toThrow(
        'secret-add: secret content is 1228800 bytes; Juju accepts at most 1 MiB in all',
      );
    });
  });
});
