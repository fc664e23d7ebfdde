import { InvalidActionParamsError } from '../../src/errors';
import { loadActionParams } from '../../src/typed';
import { BackupParams } from './action-classes';

function failure(fn: () => unknown): InvalidActionParamsError {
  try {
    fn();
  } catch (err) {
    if (err instanceof InvalidActionParamsError) return err;
    throw err;
  }
  throw new Error('expected InvalidActionParamsError');
}

describe('loadActionParams', () => {
  describe('when the params are valid', () => {
    it('maps kebab-case params to camelCase properties and keeps defaults', () => {
      const params = loadActionParams(BackupParams, { 'target-dir': '/srv/backups', 'dry-run': true, label: 'nightly' });
      expect(params).toBeInstanceOf(BackupParams);
      expect(params).toEqual({ targetDir: '/srv/backups', compression: 'gzip', retries: 3, dryRun: true, backupLabel: 'nightly' });
    });

    it('keeps a param the class does not model under its camelCase name', () => {
      expect(loadActionParams(BackupParams, { 'target-dir': '/x', 'extra-flag': 1 })).toHaveProperty('extraFlag', 1);
    });
  });

  describe('when the params break the rules', () => {
    it('fails with one message per violation, named as Juju names the params', () => {
      const err = failure(() =>
        loadActionParams(BackupParams, { 'target-dir': 'relative', compression: 'rar', retries: 11 }, { action: 'backup' }),
      );
      expect(err.messages).toEqual([
        'target-dir: must match /^\\// regular expression',
        'compression: must be one of the following values: none, gzip, zstd',
        'retries: must not be greater than 10',
      ]);
      expect(err.message).toBe(`invalid params for action backup: ${err.messages.join('; ')}`);
    });

    it('reports a missing required param once', () => {
      expect(failure(() => loadActionParams(BackupParams, {})).messages).toEqual(['target-dir: is required but missing']);
    });

    it('reports a wrong type with the param name', () => {
      expect(failure(() => loadActionParams(BackupParams, { 'target-dir': '/x', 'dry-run': 'yes' })).violations).toEqual([
        { option: 'dry-run', rule: 'must be a boolean value', value: 'yes' },
      ]);
    });
  });
});
