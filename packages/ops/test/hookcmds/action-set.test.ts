import { actionSet } from '../../src/hookcmds';
import { useStandIns } from './support/stand-ins';

describe('action-set', () => {
  const juju = useStandIns();

  it('runs action-set KEY=VALUE … with dotted nested keys', () => {
    actionSet(juju.run, { path: '/backups/x.tgz', 'size.bytes': '1024', 'log-tail': 'a=b c' });
    expect(juju.argvs()).toEqual([['action-set', 'path=/backups/x.tgz', 'size.bytes=1024', 'log-tail=a=b c']]);
  });

  it('runs nothing when there are no results', () => {
    actionSet(juju.run, {});
    expect(juju.calls()).toEqual([]);
  });

  describe.each(['Path', 'a..b', '-x', 'x-', 'with space', 'under_score', ''])('when a key is %j', (key) => {
    it('throws a TypeError naming the key and the rule, before running anything', () => {
      expect(() => actionSet(juju.run, { ok: '1', [key]: 'v' })).toThrow(TypeError);
      expect(() => actionSet(juju.run, { ok: '1', [key]: 'v' })).toThrow(`result key "${key}" is invalid`);
      expect(juju.calls()).toEqual([]);
    });
  });

  describe.each(['stdout', 'stderr-encoding', 'stdout.part'])('when a key is the reserved %s', (key) => {
    it('throws a TypeError saying Juju reserves it', () => {
      expect(() => actionSet(juju.run, { [key]: 'v' })).toThrow(`result key "${key}" is reserved by Juju`);
      expect(juju.calls()).toEqual([]);
    });
  });
});
