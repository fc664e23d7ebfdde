import { DatabaseInterfaceError } from '../src';
import { SECRET_ID, answerBag, ourAppBag, requirerContext, seen, stateWith } from './support/fixtures';

const granted = (...passwords: string[]) => ({
  id: SECRET_ID,
  revisions: passwords.map((password, i) => ({
    revision: i + 1,
    content: { username: 'orders_3', password },
  })),
  trackedRevision: 1,
});

beforeEach(() => {
  seen.length = 0;
});

describe('DatabaseRequirer', () => {
  describe('when the relation is created on the leader', () => {
    it('writes the database (read at write time) and extra roles under the interface keys', async () => {
      const ctx = requirerContext();
      const out = await ctx.run(ctx.on.relationCreated('database'), stateWith({}));
      expect(ourAppBag(out)).toEqual({ database: '"orders"', 'extra-user-roles': '"CREATEDB"' });
    });
  });

  describe('when a unit joins on a non-leader', () => {
    it('writes nothing, and request() says so', async () => {
      const ctx = requirerContext();
      const out = await ctx.run(ctx.on.relationJoined('database'), stateWith({ leader: false }));
      expect(ourAppBag(out)).toEqual({});
      const { result } = await ctx.withCharm(stateWith({ leader: false }), (c) => c.db.request());
      expect(result).toBe(false);
    });
  });

  describe('when the provider answers', () => {
    it('emits databaseCreated with the endpoints once, then nothing for the same answer', async () => {
      const ctx = requirerContext();
      const first = await ctx.run(
        ctx.on.relationChanged('database'),
        stateWith({ remoteAppData: answerBag(), secrets: [granted('pw')] }),
      );
      await ctx.run(ctx.on.relationChanged('database'), first);
      expect(seen).toEqual([
        {
          event: 'databaseCreated',
          data: { relationId: 3, endpoints: ['10.1.1.1:5432'], database: 'orders' },
        },
      ]);
    });

    it('emits databaseChanged when the endpoints move', async () => {
      const ctx = requirerContext();
      const first = await ctx.run(
        ctx.on.relationChanged('database'),
        stateWith({ remoteAppData: answerBag(), secrets: [granted('pw')] }),
      );
      const moved = {
        ...first,
        relations: first.relations.map((r) => ({
          ...r,
          remoteAppData: answerBag({ endpoints: '["10.9.9.9:5432"]' }),
        })),
      };
      await ctx.run(ctx.on.relationChanged('database'), moved);
      expect(seen.map((s) => s.event)).toEqual(['databaseCreated', 'databaseChanged']);
      expect(seen[1]?.data).toEqual(expect.objectContaining({ endpoints: ['10.9.9.9:5432'] }));
    });

    it('lets a non-leader unit read the credentials too', async () => {
      const ctx = requirerContext();
      const { result } = await ctx.withCharm(
        stateWith({ leader: false, remoteAppData: answerBag(), secrets: [granted('pw')] }),
        (c) => c.db.credentials(c.db.relation(3)),
      );
      expect(result).toEqual({ username: 'orders_3', password: 'pw' });
    });
  });

  describe('when the answer is malformed', () => {
    it('logs a warning naming the field and emits nothing, without failing the hook', async () => {
      const ctx = requirerContext();
      await ctx.run(
        ctx.on.relationChanged('database'),
        stateWith({ remoteAppData: answerBag({ endpoints: '["no-port"]' }), secrets: [granted('pw')] }),
      );
      expect(seen).toEqual([]);
      expect(ctx.jujuLog.map((l) => l.message).join('\n')).toMatch(
        /ignoring the answer on database:3:.*endpoints/,
      );
    });
  });

  describe('before the provider answers', () => {
    it('has no credentials and emits nothing', async () => {
      const ctx = requirerContext();
      const state = stateWith({});
      await ctx.run(ctx.on.relationChanged('database'), state);
      const { result } = await ctx.withCharm(state, (c) => c.db.credentials(c.db.relation(3)));
      expect(result).toBeUndefined();
      expect(seen).toEqual([]);
    });
  });

  describe('when the secret named in secret-user was not granted', () => {
    it('throws naming the secret and the fix', async () => {
      const ctx = requirerContext();
      const attempt = ctx.withCharm(stateWith({ remoteAppData: answerBag() }), (c) =>
        c.db.credentials(c.db.relation(3)),
      );
      await expect(attempt).rejects.toThrow(DatabaseInterfaceError);
      await expect(attempt).rejects.toThrow(
        /cannot read secret secret:d1h0ma1st0reabcdefgh .*must grant it to the relation/,
      );
    });
  });

  describe('when the provider rotates the password', () => {
    it('emits databaseChanged and returns the new password from then on', async () => {
      const ctx = requirerContext();
      const state = stateWith({ remoteAppData: answerBag(), secrets: [granted('old', 'new')] });
      const out = await ctx.run(ctx.on.secretChanged(SECRET_ID), state);
      expect(seen.map((s) => s.event)).toEqual(['databaseChanged']);
      const { result } = await ctx.withCharm(out, (c) => c.db.credentials(c.db.relation(3)));
      expect(result?.password).toBe('new');
    });
  });

  describe('when another secret changes', () => {
    it('emits nothing', async () => {
      const ctx = requirerContext();
      const other = { id: 'secret:0therse0cret0000000', content: { key: 'value' } };
      await ctx.run(
        ctx.on.secretChanged(other.id),
        stateWith({ remoteAppData: answerBag(), secrets: [granted('pw'), other] }),
      );
      expect(seen).toEqual([]);
    });
  });
});
