import { existsSync } from 'node:fs';
import { secretSet } from '../../src/hookcmds';
import { useStandIns } from './support/stand-ins';

describe('secret-set', () => {
  const juju = useStandIns();

  describe('with new content', () => {
    it('runs secret-set ID [flags] KEY#file=PATH from a 0600 file that is removed afterwards', () => {
      secretSet(juju.run, 'secret:abc', { label: 'tls', content: { certificate: 'PEM-DATA' } });
      const [call] = juju.calls();
      const file = call?.files['certificate'];
      expect(call?.argv).toEqual(['secret:abc', '--label', 'tls', `certificate#file=${file?.path}`]);
      expect(file).toMatchObject({ mode: 0o600, content: 'PEM-DATA' });
      expect(existsSync(file?.path ?? '/')).toBe(false);
      expect(call?.argv.join(' ')).not.toContain('PEM-DATA');
    });
  });

  describe('with metadata only', () => {
    it('runs secret-set ID with the flags and no content', () => {
      secretSet(juju.run, 'secret:abc', { description: 'new', rotate: 'never' });
      expect(juju.argvs()).toEqual([['secret-set', 'secret:abc', '--description', 'new', '--rotate', 'never']]);
    });
  });

  it('refuses an invalid content key before running anything', () => {
    expect(() => secretSet(juju.run, 'secret:abc', { content: { X: 'v' } })).toThrow('secret-set: secret content key "X" is invalid');
    expect(juju.calls()).toEqual([]);
  });
});
