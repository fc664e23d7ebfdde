import { existsSync } from 'node:fs';
import { dirname } from 'node:path';
import { HookCommandError, SecretContentError } from '../../src/errors';
import { assertSecretAddInput, secretAdd } from '../../src/hookcmds';
import { failure, useStandIns } from './support/stand-ins';

const content = () => ({ username: 'admin', password: 'hunter2-S3CR3T' });

describe('secret-add', () => {
  const juju = useStandIns();

  it('runs secret-add with the flags, then KEY#file=PATH per key, and returns the id', () => {
    juju.reply('secret-add', { stdout: 'secret:cs1f7lg0r5ac73ebtnjg\n' });
    const id = secretAdd(juju.run, content(), {
      label: 'db-admin',
      description: 'database admin',
      expire: new Date('2027-01-01T00:00:00Z'),
      rotate: 'monthly',
      owner: 'unit',
    });
    expect(id).toBe('secret:cs1f7lg0r5ac73ebtnjg');
    const [call] = juju.calls();
    expect(call?.argv).toEqual([
      '--label', 'db-admin', '--description', 'database admin', '--expire', '2027-01-01T00:00:00.000Z', '--rotate', 'monthly',
      '--owner', 'unit', `username#file=${call?.files['username']?.path}`, `password#file=${call?.files['password']?.path}`,
    ]);
  });

  describe('the content files', () => {
    it('hold each value in a 0600 file inside a 0700 directory', () => {
      juju.reply('secret-add', { stdout: 'secret:x\n' });
      secretAdd(juju.run, content());
      const files = juju.calls()[0]?.files ?? {};
      expect(files['password']).toMatchObject({ mode: 0o600, dirMode: 0o700, content: 'hunter2-S3CR3T' });
      expect(files['username']).toMatchObject({ mode: 0o600, content: 'admin' });
    });

    it('are removed after the command succeeds', () => {
      juju.reply('secret-add', { stdout: 'secret:x\n' });
      secretAdd(juju.run, content());
      const path = juju.calls()[0]?.files['password']?.path ?? '';
      expect(path).not.toBe('');
      expect(existsSync(path)).toBe(false);
      expect(existsSync(dirname(path))).toBe(false);
    });

    it('are removed after the command fails', () => {
      juju.reply('secret-add', failure('secret quota exceeded'));
      expect(() => secretAdd(juju.run, content())).toThrow(HookCommandError);
      const path = juju.calls()[0]?.files['password']?.path ?? '';
      expect(path).not.toBe('');
      expect(existsSync(dirname(path))).toBe(false);
    });
  });

  describe('the secret values', () => {
    it('never appear on argv', () => {
      juju.reply('secret-add', { stdout: 'secret:x\n' });
      secretAdd(juju.run, content());
      expect(juju.calls()[0]?.argv.join(' ')).not.toContain('hunter2');
    });

    it('never appear in a failure’s argv or message', () => {
      juju.reply('secret-add', failure('secret quota exceeded'));
      let caught: HookCommandError | undefined;
      try {
        secretAdd(juju.run, content());
      } catch (err) {
        caught = err as HookCommandError;
      }
      expect(caught?.argv).toEqual(['username#file=<redacted>', 'password#file=<redacted>']);
      expect(caught?.argv.join(' ')).not.toContain('hunter2');
      expect(caught?.message).not.toContain('hunter2');
      expect(caught?.message).toContain('secret quota exceeded');
    });
  });

  describe.each(['ab', 'Password', '1key', 'a--b', 'key-', 'with_underscore'])('when a key is %j', (key) => {
    it('throws a SecretContentError naming the key and the rule, and runs nothing', () => {
      expect(() => secretAdd(juju.run, { [key]: 'v' })).toThrow(SecretContentError);
      expect(() => secretAdd(juju.run, { [key]: 'v' })).toThrow(`secret-add: secret content key "${key}" is invalid`);
      expect(juju.calls()).toEqual([]);
    });
  });

  it('refuses empty content', () => {
    expect(() => secretAdd(juju.run, {})).toThrow('secret-add: secret content must have at least one key');
  });

  it('refuses an unknown rotate policy', () => {
    expect(() => secretAdd(juju.run, content(), { rotate: 'sometimes' as 'daily' })).toThrow('unknown rotate policy "sometimes"');
    expect(juju.calls()).toEqual([]);
  });
});

describe('assertSecretAddInput', () => {
  const juju = useStandIns();

  it('throws exactly what secret-add throws, content first, then fields, then owner', () => {
    const bad = [
      [{ X: 'v' }, { rotate: 'sometimes' as 'daily' }],
      [{ key: 'v' }, { rotate: 'sometimes' as 'daily', owner: 'nobody' as 'unit' }],
      [{ key: 'v' }, { owner: 'nobody' as 'unit' }],
    ] as const;
    for (const [content, fields] of bad) {
      const early = thrownBy(() => assertSecretAddInput(content, fields));
      const real = thrownBy(() => secretAdd(juju.run, content, fields));
      expect([early.constructor, early.message]).toEqual([real.constructor, real.message]);
    }
    expect(juju.calls()).toEqual([]);
  });

  it('accepts what secret-add would run', () => {
    expect(() => assertSecretAddInput({ key: 'v' }, { owner: 'unit', rotate: 'daily' })).not.toThrow();
  });
});

function thrownBy(call: () => unknown): Error {
  try {
    call();
  } catch (err) {
    return err as Error;
  }
  throw new Error('expected the call to throw');
}
