import { assertStateValues, stateDelete, stateGet, stateGetKey, stateSet } from '../../src/hookcmds';
import { json, useStandIns } from './support/stand-ins';

describe('state-get', () => {
  const juju = useStandIns();

  it('runs state-get --format=json and returns the store', () => {
    juju.reply('state-get', json({ queue: '[]', stored: '{"restarts":1}' }));
    expect(stateGet(juju.run)).toEqual({ queue: '[]', stored: '{"restarts":1}' });
    expect(juju.argvs()).toEqual([['state-get', '--format=json']]);
  });

  it('returns {} for an empty store', () => {
    juju.reply('state-get', json({}));
    expect(stateGet(juju.run)).toEqual({});
  });

  it('runs state-get KEY --format=json for one key', () => {
    juju.reply('state-get', json('v'));
    expect(stateGetKey(juju.run, 'k')).toBe('v');
    expect(juju.argvs()).toEqual([['state-get', 'k', '--format=json']]);
  });
});

describe('state-set', () => {
  const juju = useStandIns();

  it('runs state-set --file - with the values as JSON on stdin', () => {
    stateSet(juju.run, { stored: '{"restarts":2}', empty: '' });
    expect(juju.calls()).toEqual([{ command: 'state-set', argv: ['--file', '-'], stdin: '{"stored":"{\\"restarts\\":2}","empty":""}', files: {} }]);
  });

  describe('when a value is over 64 KiB', () => {
    it('throws naming the key and the limit, and runs nothing', () => {
      expect(() => stateSet(juju.run, { big: 'x'.repeat(64 * 1024 + 1) })).toThrow(
        'state-set: the value of "big" is 65537 bytes; Juju stores at most 65536',
      );
      expect(juju.calls()).toEqual([]);
    });
  });

  it('refuses a key over 256 bytes', () => {
    expect(() => stateSet(juju.run, { ['k'.repeat(257)]: 'v' })).toThrow('must be 1 to 256 bytes');
  });
});

describe('state-delete', () => {
  const juju = useStandIns();

  it('runs state-delete KEY', () => {
    stateDelete(juju.run, 'stored');
    expect(juju.argvs()).toEqual([['state-delete', 'stored']]);
  });
});

describe('assertStateValues', () => {
  it('accepts keys up to 256 bytes and values up to 64 KiB', () => {
    expect(() => assertStateValues({ ['k'.repeat(256)]: 'v'.repeat(64 * 1024) })).not.toThrow();
  });

  it('names the first key or value past a limit, as state-set does', () => {
    expect(() => assertStateValues({ ok: 'v', ['é'.repeat(129)]: 'v' })).toThrow(
      new TypeError(`state-set: key "${'é'.repeat(40)}" must be 1 to 256 bytes`),
    );
    expect(() => assertStateValues({ big: 'v'.repeat(64 * 1024 + 1) })).toThrow(
      'state-set: the value of "big" is 65537 bytes; Juju stores at most 65536',
    );
  });
});
