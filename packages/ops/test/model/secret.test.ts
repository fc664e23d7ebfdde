import { inspect } from 'node:util';
import { ModelError, SecretContentError, SecretNotFoundError } from '../../src/errors';
import { SecretRotate } from '../../src/model';
import type { FakeBackend } from './support/fake-backend';
import { dbRelation, makeModel } from './support/fixtures';

jest.mock('../../src/model/container', () => ({ Container: class {} }), { virtual: true });

const SECRET_VALUE = 'hunter2-very-secret';

function withSecret(b: FakeBackend): void {
  b.leader = true;
  b.relations = [dbRelation(3)];
  b.secrets = [{ id: 'secret:abc123', content: { password: SECRET_VALUE }, label: 'db-pw', owner: 'application', revision: 1 }];
}

describe('secret', () => {
  describe('getSecret', () => {
    it('reads the content once and caches it for the hook', () => {
      const { model, backend } = makeModel(withSecret);
      const secret = model.getSecret({ id: 'secret:abc123' });
      expect(secret.getContent()).toEqual({ password: SECRET_VALUE });
      expect(secret.getContent()).toEqual({ password: SECRET_VALUE });
      expect(backend.callsTo('secretGet')).toHaveLength(1);
    });

    it('attaches a label when given both id and label', () => {
      const { model, backend } = makeModel(withSecret);
      model.getSecret({ id: 'secret:abc123', label: 'mine' });
      expect(backend.callsTo('secretGet')).toEqual([[{ id: 'secret:abc123', label: 'mine' }, undefined]]);
      expect(backend.secrets[0]?.label).toBe('mine');
    });

    it('fails with SecretNotFoundError for a missing secret', () => {
      const { model } = makeModel(withSecret);
      expect(() => model.getSecret({ label: 'nope' })).toThrow(SecretNotFoundError);
    });

    it('needs an id or a label', () => {
      const { model } = makeModel(withSecret);
      expect(() => model.getSecret({})).toThrow(ModelError);
    });

    it('gives a handle that runs nothing until used', () => {
      const { model, backend } = makeModel(withSecret);
      const secret = model.secretHandle({ id: 'abc123', label: 'db-pw' });
      expect(backend.calls).toEqual([]);
      expect(secret.getContent().password).toBe(SECRET_VALUE);
    });
  });

  describe('id', () => {
    it.each([
      ['secret:abc123', 'secret:abc123'],
      ['  secret:abc123 ', 'secret:abc123'],
      ['abc123', 'secret://aaaa-bbbb/abc123'],
      ['secret://other-uuid/abc123', 'secret://other-uuid/abc123'],
    ])('canonicalises %p to %p', (given, canonical) => {
      const { model } = makeModel(withSecret);
      const secret = model.secretHandle({ id: given });
      expect(secret.id).toBe(canonical);
      expect(secret.uniqueIdentifier).toBe('abc123');
    });

    it('is undefined for a secret found by label, until an owner operation needs it', () => {
      const { model, backend } = makeModel(withSecret);
      const secret = model.getSecret({ label: 'db-pw' });
      expect(secret.id).toBeUndefined();
      expect(secret.uniqueIdentifier).toBeUndefined();
      secret.setContent({ password: 'new-one' });
      expect(backend.callsTo('secretInfoGet')).toEqual([[{ label: 'db-pw' }]]);
      expect(secret.id).toBe('secret:abc123');
    });
  });

  describe('content', () => {
    it('moves to the latest revision on refresh, and peeks without moving', () => {
      const { model, backend } = makeModel(withSecret);
      const secret = model.getSecret({ id: 'secret:abc123' });
      backend.secrets[0]!.latest = { password: 'rotated' };
      expect(secret.getContent()).toEqual({ password: SECRET_VALUE });
      expect(secret.peekContent()).toEqual({ password: 'rotated' });
      expect(secret.getContent()).toEqual({ password: SECRET_VALUE });
      expect(secret.getContent({ refresh: true })).toEqual({ password: 'rotated' });
      expect(backend.callsTo('secretGet').at(-1)).toEqual([{ id: 'secret:abc123' }, { refresh: true }]);
    });

    it('returns a copy the caller cannot use to change the cache', () => {
      const { model } = makeModel(withSecret);
      const secret = model.getSecret({ id: 'secret:abc123' });
      secret.getContent()['password'] = 'changed';
      expect(secret.getContent()['password']).toBe(SECRET_VALUE);
    });
  });

  describe('setContent', () => {
    it('sends new content with secret-set', () => {
      const { model, backend } = makeModel(withSecret);
      model.getSecret({ id: 'secret:abc123' }).setContent({ password: 'new-one', 'user-name': 'bob' });
      expect(backend.callsTo('secretSet')).toEqual([['secret:abc123', { content: { password: 'new-one', 'user-name': 'bob' } }]]);
    });

    it.each([
      [{ PW: 'x' }, /invalid secret keys 'PW'/],
      [{ pw: 'x' }, /invalid secret keys 'pw': keys must match/],
      [{ 'a--b': 'x' }, /'a--b'/],
      [{ '-abc': 'x' }, /'-abc'/],
      [{ 'abc-': 'x' }, /'abc-'/],
      [{ '1abc': 'x' }, /'1abc'/],
      [{ password: 42 }, /invalid secret values for keys 'password': values must be strings/],
      [{}, /secret content must not be empty/],
    ])('refuses %p before any command', (content, message) => {
      const { model, backend } = makeModel(withSecret);
      const secret = model.getSecret({ id: 'secret:abc123' });
      backend.calls = [];
      const act = () => secret.setContent(content as Record<string, string>);
      expect(act).toThrow(SecretContentError);
      expect(act).toThrow(message);
      expect(backend.calls).toEqual([]);
    });

    it('never puts a value in the error', () => {
      const { model } = makeModel(withSecret);
      const secret = model.getSecret({ id: 'secret:abc123' });
      expect(() => secret.setContent({ BAD: SECRET_VALUE })).toThrow(expect.objectContaining({ message: expect.not.stringContaining(SECRET_VALUE) }));
    });
  });

  describe('setInfo', () => {
    it('sends the metadata and keeps the new label', () => {
      const { model, backend } = makeModel(withSecret);
      const secret = model.getSecret({ id: 'secret:abc123' });
      secret.setInfo({ label: 'renamed', rotate: SecretRotate.Weekly });
      expect(backend.callsTo('secretSet')).toEqual([
        ['secret:abc123', { label: 'renamed', description: undefined, expire: undefined, rotate: 'weekly' }],
      ]);
      expect(secret.label).toBe('renamed');
    });

    it('needs at least one field', () => {
      const { model } = makeModel(withSecret);
      expect(() => model.getSecret({ id: 'secret:abc123' }).setInfo({})).toThrow(/at least one of label, description, expire or rotate/);
    });
  });

  describe('getInfo', () => {
    it('maps secret-info-get with a canonical id', () => {
      const { model } = makeModel(withSecret);
      const info = model.getSecret({ id: 'secret:abc123' }).getInfo();
      expect(info).toMatchObject({ id: 'secret:abc123', label: 'db-pw', revision: 1 });
    });
  });

  describe('grant, revoke and remove', () => {
    it('scope grants to a relation and optionally a unit', () => {
      const { model, backend } = makeModel(withSecret);
      const secret = model.getSecret({ id: 'secret:abc123' });
      const rel = model.getRelation('db')!;
      secret.grant(rel);
      secret.grant(rel, model.getUnit('pg/0'));
      secret.revoke(rel, model.getUnit('pg/0'));
      expect(backend.callsTo('secretGrant')).toEqual([
        ['secret:abc123', { endpoint: 'db', id: 3 }, undefined],
        ['secret:abc123', { endpoint: 'db', id: 3 }, 'pg/0'],
      ]);
      expect(backend.callsTo('secretRevoke')).toEqual([['secret:abc123', { endpoint: 'db', id: 3 }, 'pg/0']]);
    });

    it('remove one revision or all', () => {
      const { model, backend } = makeModel(withSecret);
      const secret = model.getSecret({ id: 'secret:abc123' });
      secret.removeRevision(1);
      secret.removeAllRevisions();
      expect(backend.callsTo('secretRemove')).toEqual([
        ['secret:abc123', 1],
        ['secret:abc123', undefined],
      ]);
    });
  });

  describe('redaction', () => {
    it('keeps the content out of toString, JSON and inspect', () => {
      const { model } = makeModel(withSecret);
      const secret = model.getSecret({ id: 'secret:abc123', label: 'db-pw' });
      expect(String(secret)).toBe('Secret(id=secret:abc123, label=db-pw)');
      expect(JSON.stringify(secret)).toBe('{"id":"secret:abc123","label":"db-pw"}');
      expect(JSON.stringify({ nested: [secret] })).not.toContain(SECRET_VALUE);
      expect(inspect(secret, { showHidden: true, depth: 10 })).not.toContain(SECRET_VALUE);
      expect(inspect({ secret })).toContain('Secret(id=secret:abc123');
      expect(Object.values(secret)).not.toContain(SECRET_VALUE);
    });
  });
});
