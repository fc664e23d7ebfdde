import { ChangeError, ConnectionError, ExecError, PathError } from '../../src/pebble/errors';
import type { Change } from '../../src/pebble/types';

function failedChange(): Change {
  const t = new Date(0);
  return {
    id: '4',
    kind: 'start',
    summary: 'Start service "web"',
    status: 'Error',
    ready: true,
    spawnTime: t,
    err: 'cannot perform the following tasks',
    tasks: [{ id: '5', kind: 'start', summary: 'Start service "web"', status: 'Error', log: ['ERROR exited quickly'], progress: { label: '', done: 1, total: 1 }, spawnTime: t }],
  };
}

describe('pebble errors', () => {
  describe('ExecError', () => {
    it('names the command and exit code and truncates long output', () => {
      const err = new ExecError(['ls', '-l'], 2, 'x'.repeat(5000), 'bad');
      expect(err.message).toMatch(/^non-zero exit code 2 executing \["ls","-l"\], stdout="x{1024} \[truncated\]", stderr="bad"$/);
      expect(err.stdout).toHaveLength(5000);
    });
  });

  describe('ChangeError', () => {
    it('includes the tasks\' logs', () => {
      const err = new ChangeError('cannot perform the following tasks', failedChange());
      expect(err.message).toContain('change 4 (start) failed');
      expect(err.message).toContain('Start service "web": ERROR exited quickly');
    });
  });

  describe('ConnectionError.socketMissing', () => {
    it('names the socket and says the container may not be ready', () => {
      const err = ConnectionError.socketMissing('/charm/containers/web/pebble.socket');
      expect(err.message).toContain('/charm/containers/web/pebble.socket does not exist');
      expect(err.message).toContain('may not be ready yet');
    });
  });

  describe('PathError', () => {
    it('keeps the kind apart and in the message', () => {
      const err = new PathError('not-found', 'stat /x: no such file or directory');
      expect([err.kind, err.message]).toEqual(['not-found', 'not-found - stat /x: no such file or directory']);
    });
  });
});
