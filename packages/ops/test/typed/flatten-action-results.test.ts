import { InvalidActionResultsError } from '../../src/errors';
import { flattenActionResults } from '../../src/typed';

function failure(fn: () => unknown): InvalidActionResultsError {
  try {
    fn();
  } catch (err) {
    if (err instanceof InvalidActionResultsError) return err;
    throw err;
  }
  throw new Error('expected InvalidActionResultsError');
}

describe('flattenActionResults', () => {
  describe('when results are nested', () => {
    it('flattens them to dotted keys with string values', () => {
      expect(flattenActionResults({ path: '/x', size: 1024, ok: true, backup: { 'started-at': new Date(Date.UTC(2024, 0, 1)), files: { count: 3 } } })).toEqual({
        path: '/x',
        size: '1024',
        ok: 'true',
        'backup.started-at': '2024-01-01T00:00:00.000Z',
        'backup.files.count': '3',
      });
    });

    it('accepts keys that are already dotted', () => {
      expect(flattenActionResults({ 'a.b': 1, a: { c: 2 } })).toEqual({ 'a.b': '1', 'a.c': '2' });
    });

    it('writes arrays as JSON and leaves out null and undefined', () => {
      expect(flattenActionResults({ tags: ['a', 'b'], none: null, unset: undefined })).toEqual({ tags: '["a", "b"]' });
    });
  });

  describe('when a key breaks Juju rule', () => {
    it.each([
      ['backupPath', 'backup-path', 'backupPath'],
      ['-lead', undefined, '-lead'],
      ['trail-', undefined, 'trail-'],
      ['snake_case', 'snake-case', 'snake_case'],
    ])('refuses %j, naming it and suggesting a fix', (key, hint, segment) => {
      const err = failure(() => flattenActionResults({ [key]: 1 }));
      expect(err.key).toBe(key);
      expect(err.message).toContain(`action result key \`${key}\` is invalid: segment \`${segment}\` must be lowercase letters, digits`);
      if (hint) expect(err.message).toContain(`(try \`${hint}\`)`);
    });

    it('names the full dotted key of a nested segment', () => {
      const err = failure(() => flattenActionResults({ backup: { Size: 1 } }));
      expect(err.key).toBe('backup.Size');
    });

    it('refuses an empty segment', () => {
      expect(failure(() => flattenActionResults({ 'a..b': 1 })).key).toBe('a..b');
    });
  });

  describe('when the same key is given nested and dotted', () => {
    it('refuses the duplicate', () => {
      const err = failure(() => flattenActionResults({ a: { b: 1 }, 'a.b': 2 }));
      expect(err.message).toBe('action result key `a.b` is given twice (once nested, once dotted)');
    });
  });
});
