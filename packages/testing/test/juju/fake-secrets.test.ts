import { ModelError, SecretNotFoundError } from '@jujuts/ops/internal';
import { dbRelation, unitWith } from './juju-fixture';
import type { SecretInput } from '../../src/juju';

const revisions = (...contents: Array<Record<string, string>>) =>
  contents.map((content, i) => ({ revision: i + 1, content }));

function observed(overrides: Partial<SecretInput> = {}): SecretInput {
  return {
    id: 'secret:observed0000000000',
    revisions: revisions({ token: 'old' }, { token: 'new' }),
    trackedRevision: 1,
    ...overrides,
  };
}

describe('fake secrets', () => {
  describe('an observer', () => {
    it('reads the revision it tracks', () => {
      const { backend } = unitWith({ secrets: [observed()] });
      expect(backend.secretGet({ id: 'secret:observed0000000000' })).toEqual({ token: 'old' });
    });

    it('peeks at the latest revision without tracking it', () => {
      const { backend } = unitWith({ secrets: [observed()] });
      expect(backend.secretGet({ id: 'secret:observed0000000000' }, { peek: true })).toEqual({
        token: 'new',
      });
      expect(backend.secretGet({ id: 'secret:observed0000000000' })).toEqual({ token: 'old' });
    });

    it('refreshes to track the latest revision, kept only if the hook succeeds', () => {
      const { backend, juju } = unitWith({ secrets: [observed()] });
      expect(backend.secretGet({ id: 'secret:observed0000000000' }, { refresh: true })).toEqual({
        token: 'new',
      });
      expect(backend.secretGet({ id: 'secret:observed0000000000' })).toEqual({ token: 'new' });
      juju.endHook(false);
      expect(juju.state.secrets[0]?.trackedRevision).toBe(1);
    });

    it('finds a secret by any form of its id, and by the label it attached', () => {
      const { backend } = unitWith({ secrets: [observed()] });
      expect(backend.secretGet({ id: 'secret://some-model/observed0000000000', label: 'api' })).toEqual({
        token: 'old',
      });
      expect(backend.secretGet({ label: 'api' })).toEqual({ token: 'old' });
    });

    it('may not see info, set, grant or remove', () => {
      const { backend } = unitWith({ secrets: [observed()], relations: [dbRelation()] });
      const id = 'secret:observed0000000000';
      expect(() => backend.secretInfoGet({ id })).toThrow(SecretNotFoundError);
      expect(() => backend.secretSet(id, { content: { token: 'x' } })).toThrow(SecretNotFoundError);
      expect(() => backend.secretGrant(id, { endpoint: 'db', id: 3 })).toThrow(SecretNotFoundError);
      expect(() => backend.secretRemove(id)).toThrow(SecretNotFoundError);
    });

    it('is told a secret not granted to it does not exist', () => {
      const { backend } = unitWith();
      expect(() => backend.secretGet({ id: 'secret:notgranted0000000000' })).toThrow(SecretNotFoundError);
      expect(() => backend.secretGet({ label: 'nothing' })).toThrow(/secret with label "nothing" not found/);
    });
  });

  describe('an owner', () => {
    it('adds an app secret as leader, visible at once and committed with the hook', () => {
      const { backend, juju } = unitWith({ leader: true });
      const id = backend.secretAdd({ password: 'hunter22' }, { label: 'db-pass', owner: 'application' });
      expect(id).toMatch(/^secret:[0-9a-v]{20}$/);
      expect(backend.secretGet({ label: 'db-pass' })).toEqual({ password: 'hunter22' });
      expect(backend.secretIds()).toEqual([id]);
      juju.endHook(true);
      expect(juju.state.secrets).toMatchObject([{ id, owner: 'app', label: 'db-pass', trackedRevision: 1 }]);
    });

    it('may not add an app secret unless leader, but may add a unit secret', () => {
      const { backend } = unitWith({ leader: false });
      expect(() => backend.secretAdd({ password: 'x' }, {})).toThrow(ModelError);
      expect(backend.secretAdd({ password: 'x' }, { owner: 'unit' })).toMatch(/^secret:/);
    });

    it('makes a new revision on new content, which readers see only after refresh', () => {
      const { backend } = unitWith({
        secrets: [{ id: 'secret:mine00000000000000', owner: 'unit', content: { token: 'v1' } }],
      });
      backend.secretSet('secret:mine00000000000000', { content: { token: 'v2' }, description: 'rotated' });
      const info = backend.secretInfoGet({ id: 'secret:mine00000000000000' });
      expect(info).toMatchObject({ revision: 2, description: 'rotated' });
      expect(backend.secretGet({ id: 'secret:mine00000000000000' })).toEqual({ token: 'v1' });
      expect(backend.secretGet({ id: 'secret:mine00000000000000' }, { refresh: true })).toEqual({
        token: 'v2',
      });
    });

    it('gets info with the expiry as a Date', () => {
      const { backend } = unitWith({ leader: true });
      const id = backend.secretAdd(
        { token: 'abc' },
        { expire: new Date('2030-01-01T00:00:00Z'), rotate: 'daily' },
      );
      expect(backend.secretInfoGet({ id })).toMatchObject({
        id,
        expiry: new Date('2030-01-01T00:00:00Z'),
        rotation: 'daily',
        revision: 1,
      });
    });

    it('is denied managing an app secret when not the leader', () => {
      const { backend } = unitWith({
        leader: false,
        secrets: [{ id: 'secret:app000000000000000', owner: 'app', content: { token: 'a' } }],
      });
      expect(backend.secretGet({ id: 'secret:app000000000000000' })).toEqual({ token: 'a' });
      expect(() => backend.secretInfoGet({ id: 'secret:app000000000000000' })).toThrow(/permission denied/);
      expect(() => backend.secretSet('secret:app000000000000000', { content: { token: 'b' } })).toThrow(
        ModelError,
      );
    });

    it('grants to the remote app or one unit, and revokes', () => {
      const { backend, juju } = unitWith({ leader: true, relations: [dbRelation()] });
      const id = backend.secretAdd({ token: 'abc' }, {});
      backend.secretGrant(id, { endpoint: 'db', id: 3 });
      backend.secretGrant(id, { endpoint: 'db', id: 3 }, 'pg/0');
      expect(juju.view().secrets[0]?.grants).toEqual({ '3': ['pg', 'pg/0'] });
      backend.secretRevoke(id, { endpoint: 'db', id: 3 }, 'pg/0');
      expect(juju.view().secrets[0]?.grants).toEqual({ '3': ['pg'] });
      expect(() => backend.secretGrant(id, { endpoint: 'db', id: 3 }, 'pg/9')).toThrow(
        /unit "pg\/9" is not in relation "db:3"/,
      );
    });

    it('removes one revision, or the whole secret, recording what went once committed', () => {
      const id = 'secret:mine00000000000000';
      const { backend, juju } = unitWith({
        secrets: [
          {
            id,
            owner: 'unit',
            revisions: revisions({ a: 'xyz1' }, { a: 'xyz2' }, { a: 'xyz3' }),
            trackedRevision: 3,
          },
        ],
      });
      backend.secretRemove(id, 1);
      expect(juju.outputs.removedSecretRevisions).toEqual([]);
      juju.endHook(true);
      expect(juju.outputs.removedSecretRevisions).toEqual([{ id, revision: 1 }]);
      expect(juju.state.secrets[0]?.revisions.map((r) => r.revision)).toEqual([2, 3]);
      backend.secretRemove(id);
      juju.endHook(true);
      expect(juju.state.secrets).toEqual([]);
      expect(() => backend.secretRemove(id, 7)).toThrow(SecretNotFoundError);
    });

    it('refuses a second secret with the same label', () => {
      const { backend } = unitWith({ leader: true });
      backend.secretAdd({ token: 'abc' }, { label: 'one' });
      expect(() => backend.secretAdd({ token: 'def' }, { label: 'one' })).toThrow(
        /secret with label "one" already exists/,
      );
    });
  });

  describe('rotation times', () => {
    const NOW = new Date('2026-01-31T10:00:00.000Z');
    beforeEach(() => jest.useFakeTimers({ now: NOW }));
    afterEach(() => jest.useRealTimers());

    it('sets the next rotation when secret-add gives a rotate policy, reported by info as a Date', () => {
      const { backend, juju } = unitWith({ leader: true });
      const id = backend.secretAdd({ token: 'abc' }, { rotate: 'hourly' });
      expect(backend.secretInfoGet({ id })).toMatchObject({ rotation: 'hourly', rotates: new Date('2026-01-31T11:00:00.000Z') });
      expect(juju.secrets.info({ id }).rotates).toBe('2026-01-31T11:00:00.000Z');
    });

    it('sets none for never, or no policy', () => {
      const { backend } = unitWith({ leader: true });
      const never = backend.secretAdd({ token: 'abc' }, { rotate: 'never' });
      const none = backend.secretAdd({ token: 'abc' }, {});
      expect(backend.secretInfoGet({ id: never }).rotates).toBeUndefined();
      expect(backend.secretInfoGet({ id: none }).rotates).toBeUndefined();
    });

    it('starts the clock when secret-set makes a secret rotate, keeps it on a change of policy, and clears it on never', () => {
      const { backend, juju } = unitWith({ leader: true });
      const id = backend.secretAdd({ token: 'abc' }, {});
      backend.secretSet(id, { rotate: 'weekly' });
      expect(juju.secrets.info({ id }).rotates).toBe('2026-02-07T10:00:00.000Z');
      jest.setSystemTime(new Date('2026-02-01T10:00:00.000Z'));
      backend.secretSet(id, { rotate: 'monthly' });
      expect(juju.secrets.info({ id })).toMatchObject({ rotation: 'monthly', rotates: '2026-02-07T10:00:00.000Z' });
      backend.secretSet(id, { rotate: 'never' });
      expect(juju.secrets.info({ id }).rotates).toBeUndefined();
      backend.secretSet(id, { rotate: 'daily' });
      expect(juju.secrets.info({ id }).rotates).toBe('2026-02-02T10:00:00.000Z');
    });

    it('keeps a time set in a failed hook out of Juju, as every secret change', () => {
      const { backend, juju } = unitWith({
        leader: true,
        secrets: [{ id: 'secret:mine00000000000000', owner: 'app', content: { token: 'v1' } }],
      });
      backend.secretSet('secret:mine00000000000000', { rotate: 'daily' });
      juju.endHook(false);
      expect(juju.state.secrets[0]).not.toHaveProperty('rotates');
    });
  });

  describe('content rules', () => {
    // Straight on the fake: the backend refuses such content itself before any command (ops's checks).
    it('refuses bad keys, no content, and more than 1 MiB in all', () => {
      const { backend, juju } = unitWith({ leader: true });
      expect(() => juju.secrets.add({ AB: 'x' })).toThrow(/invalid secret key "AB"/);
      expect(() => juju.secrets.add({})).toThrow(/missing secret value/);
      expect(() => juju.secrets.add({ big: 'x'.repeat(1024 * 1024) })).toThrow(
        /over the 1048576-byte \(1 MiB\) limit/,
      );
      expect(backend.secretAdd({ big: 'x'.repeat(1024 * 1024 - 10) }, {})).toMatch(/^secret:/);
    });
  });

  describe('secret-ids', () => {
    it('lists only the secrets our unit or app owns', () => {
      const { backend } = unitWith({
        secrets: [observed(), { id: 'secret:mine00000000000000', owner: 'unit', content: { a: 'bcd' } }],
      });
      expect(backend.secretIds()).toEqual(['secret:mine00000000000000']);
    });
  });
});
