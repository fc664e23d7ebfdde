import { createCharmLogger } from '../../src/log/create-charm-logger';
import { logRecorder } from './log-recorder';

function hookLogger(options: { debug?: boolean; env?: NodeJS.ProcessEnv; level?: 'trace' | 'warn' } = {}) {
  const rec = logRecorder();
  const logger = createCharmLogger({ sink: rec.sink, stderr: rec.stderr, env: {}, ...options });
  return { rec, logger };
}

describe('createCharmLogger', () => {
  describe('with a sink', () => {
    it.each([
      ['trace', 'TRACE'],
      ['debug', 'DEBUG'],
      ['info', 'INFO'],
      ['warn', 'WARNING'],
      ['error', 'ERROR'],
      ['fatal', 'CRITICAL'],
    ] as const)('sends %s lines at Juju level %s', (method, jujuLevel) => {
      const { rec, logger } = hookLogger({ level: 'trace' });
      logger[method]('hello');
      expect(rec.calls).toEqual([[jujuLevel, 'hello']]);
    });

    it('calls the sink synchronously, before the log call returns', () => {
      const { rec, logger } = hookLogger();
      logger.info('now');
      expect(rec.calls).toHaveLength(1);
    });

    it('formats printf-style arguments into the message', () => {
      const { rec, logger } = hookLogger();
      logger.info('port %d on %s', 8080, 'eth0');
      expect(rec.calls).toEqual([['INFO', 'port 8080 on eth0']]);
    });

    it('appends fields and child bindings as key=value', () => {
      const { rec, logger } = hookLogger();
      logger.child({ relation: 'db:3' }).warn({ units: 2, note: 'two words' }, 'joined');
      expect(rec.calls).toEqual([['WARNING', 'joined relation=db:3 units=2 note="two words"']]);
    });

    it('writes nothing to stderr', () => {
      const { rec, logger } = hookLogger();
      logger.error('bad');
      expect(rec.stderrText()).toBe('');
    });
  });

  describe('when the call has an error', () => {
    it('appends its stack on the following lines', () => {
      const { rec, logger } = hookLogger();
      const err = new Error('connection refused');
      logger.error({ err }, 'cannot reach the database');
      const [level, text] = rec.calls[0] ?? [];
      expect(level).toBe('ERROR');
      expect(text?.split('\n')[0]).toBe('cannot reach the database');
      expect(text).toContain(`\n${err.stack}`);
    });

    it("uses the error's message when logged on its own", () => {
      const { rec, logger } = hookLogger();
      logger.error(new TypeError('wrong type'));
      expect(rec.calls[0]?.[1]).toMatch(/^wrong type\nTypeError: wrong type\n\s+at /);
    });

    it('follows the cause chain', () => {
      const { rec, logger } = hookLogger();
      logger.error({ err: new Error('outer', { cause: new Error('inner') }) }, 'failed');
      expect(rec.calls[0]?.[1]).toMatch(/Error: outer[\s\S]*\nCaused by: Error: inner/);
    });
  });

  describe('debug gating', () => {
    it('does not call juju-log for debug lines by default', () => {
      const { rec, logger } = hookLogger();
      logger.debug('verbose');
      logger.trace('very verbose');
      expect(rec.calls).toEqual([]);
      expect(rec.stderrText()).toBe('');
    });

    it('sends debug lines and copies every line to stderr with debug: true', () => {
      const { rec, logger } = hookLogger({ debug: true });
      logger.debug('verbose');
      logger.trace('not this');
      expect(rec.calls).toEqual([['DEBUG', 'verbose']]);
      expect(rec.stderrText()).toBe('DEBUG verbose\n');
    });

    it('debugs when JUJU_DEBUG is set', () => {
      const { rec, logger } = hookLogger({ env: { JUJU_DEBUG: '1' } });
      logger.debug('verbose');
      expect(rec.calls).toEqual([['DEBUG', 'verbose']]);
    });

    it('lets an explicit level win over debug', () => {
      const { rec, logger } = hookLogger({ debug: true, level: 'warn' });
      logger.info('quiet');
      logger.warn('loud');
      expect(rec.calls).toEqual([['WARNING', 'loud']]);
    });
  });

  describe('without a sink', () => {
    it('writes LEVEL message lines to stderr', () => {
      const rec = logRecorder();
      const logger = createCharmLogger({ stderr: rec.stderr, env: {} });
      logger.info('hello');
      logger.warn({ err: new Error('x') }, 'careful');
      logger.debug('hidden');
      expect(rec.stderrText()).toMatch(/^INFO hello\nWARNING careful\nError: x\n[\s\S]*\n$/);
      expect(rec.stderrText()).not.toContain('hidden');
    });
  });

  describe('when the sink fails', () => {
    it('does not throw and writes the line to stderr instead', () => {
      const rec = logRecorder();
      const logger = createCharmLogger({
        sink: () => {
          throw new Error('juju-log exited 1');
        },
        stderr: rec.stderr,
        env: {},
      });
      expect(() => logger.info('kept')).not.toThrow();
      expect(rec.stderrText()).toBe('juju-log failed (juju-log exited 1): INFO kept\n');
    });
  });

  describe('when a message is long', () => {
    it('splits it into several juju-log calls', () => {
      const { rec, logger } = hookLogger();
      logger.info('a'.repeat(131072));
      expect(rec.calls.map(([l, m]) => [l, m.length])).toEqual([
        ['INFO', 131071],
        ['INFO', 1],
      ]);
    });
  });
});
