import { join } from 'node:path';
import { Harness } from '@jujuts/testing';
import { RequirerCharm } from '../src/charm';

const harnesses: Harness<RequirerCharm>[] = [];
afterEach(() => harnesses.splice(0).forEach((h) => h.cleanup()));

/** A started unit related to `pg`; resolves with the harness and relation id. */
async function related(leader = true): Promise<{ harness: Harness<RequirerCharm>; id: number }> {
  const harness = new Harness(RequirerCharm, {
    leader,
    charmDir: join(__dirname, '..'),
    config: { 'database-name': 'orders' },
  });
  harnesses.push(harness);
  await harness.beginWithInitialHooks();
  const id = await harness.addRelation('database', 'pg');
  await harness.addRelationUnit(id, 'pg/0');
  return { harness, id };
}

/** Plays the provider: a secret owned by `pg`, granted to us, named in pg's app bag. */
async function answer(harness: Harness<RequirerCharm>, id: number): Promise<string> {
  const secretId = harness.addCharmSecret('pg', { username: 'relation_1', password: 'pw-1' });
  harness.grantSecret(secretId, 'db-requirer');
  await harness.updateRelationData(id, 'pg', {
    endpoints: '["10.2.2.2:5432"]',
    'secret-user': JSON.stringify(secretId),
  });
  return secretId;
}

describe('db-requirer (Harness)', () => {
  describe('when related on the leader', () => {
    it('asks for the configured database', async () => {
      const { harness, id } = await related();
      expect(harness.getRelationData(id, 'db-requirer')).toEqual({ database: '"orders"' });
    });
  });

  describe('when the provider answers', () => {
    it('connects and goes active', async () => {
      const { harness, id } = await related();
      await answer(harness, id);
      expect(harness.unitStatus.name).toBe('active');
      expect(harness.unitStatus.message).toBe('connected to orders at 10.2.2.2:5432');
    });
  });

  describe('when the provider publishes a new password', () => {
    it('hears secret-changed and reconnects', async () => {
      const { harness, id } = await related();
      const secretId = await answer(harness, id);
      await harness.setSecretContent(secretId, { username: 'relation_1', password: 'pw-2' });
      expect(harness.storedState['RequirerCharm.state']).toEqual(
        expect.objectContaining({ credentialChanges: 1 }),
      );
    });
  });

  describe('on a non-leader', () => {
    it('writes no request but still connects', async () => {
      const { harness, id } = await related(false);
      expect(harness.getRelationData(id, 'db-requirer')).toEqual({});
      await answer(harness, id);
      expect(harness.unitStatus.name).toBe('active');
    });
  });
});
