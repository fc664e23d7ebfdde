import type { JujuLogLevel } from '../../src/backend/backend-types';
import { JUJU_LOG_MAX_CHARS, jujuLog } from '../../src/hookcmds';
import { useStandIns } from './support/stand-ins';

describe('juju-log', () => {
  const juju = useStandIns();

  it('runs juju-log --log-level LEVEL -- MESSAGE', () => {
    jujuLog(juju.run, 'WARNING', '-- odd message');
    expect(juju.argvs()).toEqual([['juju-log', '--log-level', 'WARNING', '--', '-- odd message']]);
  });

  it('sends an empty message as one call', () => {
    jujuLog(juju.run, 'INFO', '');
    expect(juju.argvs()).toEqual([['juju-log', '--log-level', 'INFO', '--', '']]);
  });

  describe('when the message is longer than 131071 characters', () => {
    it('splits it into several calls that together carry the whole message', () => {
      const message = 'a'.repeat(JUJU_LOG_MAX_CHARS) + 'b'.repeat(JUJU_LOG_MAX_CHARS) + 'tail';
      jujuLog(juju.run, 'DEBUG', message);
      const parts = juju.calls().map((c) => c.argv[3] ?? '');
      expect(parts.map((p) => p.length)).toEqual([JUJU_LOG_MAX_CHARS, JUJU_LOG_MAX_CHARS, 4]);
      expect(parts.join('')).toBe(message);
      expect(juju.calls().every((c) => c.argv[1] === 'DEBUG')).toBe(true);
    });
  });

  describe('when the level is unknown', () => {
    it('throws a TypeError listing the levels and runs nothing', () => {
      expect(() => jujuLog(juju.run, 'info' as JujuLogLevel, 'x')).toThrow(
        'juju-log: unknown level "info"; use one of TRACE, DEBUG, INFO, WARNING, ERROR, CRITICAL',
      );
      expect(juju.calls()).toEqual([]);
    });
  });
});
