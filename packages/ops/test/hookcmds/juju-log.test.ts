import type { JujuLogLevel } from '../../src/backend/backend-types';
import { JUJU_LOG_MAX_BYTES, jujuLog, splitUtf8 } from '../../src/hookcmds';
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

  describe('when an ASCII message is longer than 131071 characters', () => {
    it('splits it into several calls that together carry the whole message', () => {
      const message = 'a'.repeat(JUJU_LOG_MAX_BYTES) + 'b'.repeat(JUJU_LOG_MAX_BYTES) + 'tail';
      jujuLog(juju.run, 'DEBUG', message);
      const parts = juju.calls().map((c) => c.argv[3] ?? '');
      expect(parts.map((p) => p.length)).toEqual([JUJU_LOG_MAX_BYTES, JUJU_LOG_MAX_BYTES, 4]);
      expect(parts.join('')).toBe(message);
      expect(juju.calls().every((c) => c.argv[1] === 'DEBUG')).toBe(true);
    });
  });

  describe('when a long message is not ASCII', () => {
    it('splits by UTF-8 bytes so every argument fits the kernel limit, never cutting a character', () => {
      const message = 'é'.repeat(70_000) + '😀'.repeat(10);
      jujuLog(juju.run, 'INFO', message);
      const parts = juju.calls().map((c) => c.argv[3] ?? '');
      expect(parts.length).toBe(2);
      expect(parts.every((p) => Buffer.byteLength(p) <= JUJU_LOG_MAX_BYTES)).toBe(true);
      expect(parts.join('')).toBe(message);
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

describe('splitUtf8', () => {
  it('keeps a surrogate pair together at a boundary', () => {
    expect(splitUtf8('ab😀', 5)).toEqual(['ab', '😀']);
  });

  it('returns one empty piece for empty text', () => {
    expect(splitUtf8('', 10)).toEqual(['']);
  });
});
