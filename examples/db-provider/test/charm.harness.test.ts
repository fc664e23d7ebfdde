import { join } from 'node:path';
import { Harness } from '@jujuts/testing';
import { ProviderCharm } from '../src/charm';

const harnesses: Harness<ProviderCharm>[] = [];
afterEach(() => harnesses.splice(0).forEach((h) => h.cleanup()));

/** A started leader (or not) with `shop` related and asking for `orders`; resolves with the harness and relation id. */
async function withRequest(leader = true): Promise<{ harness: Harness<ProviderCharm>; id: number }> {
  const harness = new Harness(ProviderCharm, { leader, charmDir: join(__dirname, '..') });
  harnesses.push(harness);
  await harness.beginWithInitialHooks();
  const id = await harness.addRelation('database', 'shop');
  await harness.addRelationUnit(id, 'shop/0');
  await harness.updateRelationData(id, 'shop', { database: '"orders"' });
  return { harness, id };
}

const secretIdOf = (harness: Harness<ProviderCharm>, id: number) =>
  JSON.parse(harness.getRelationData(id, 'db-provider')['secret-user'] ?? '""') as string;

describe('db-provider (Harness)', () => {
  describe('when a related app asks for a database', () => {
    it('grants the credentials secret to that application and names it in the app bag', async () => {
      const { harness, id } = await withRequest();
      const secretId = secretIdOf(harness, id);
      expect(secretId).toMatch(/^secret:/);
      expect([...harness.getSecretGrants(secretId, id)]).toEqual(['shop']);
      expect(harness.getRelationData(id, 'db-provider').database).toBe('"orders"');
    });
  });

  describe('when rotate-password runs on the leader', () => {
    it('stores a second revision of the secret', async () => {
      const { harness, id } = await withRequest();
      const output = await harness.runAction('rotate-password', { 'relation-id': id });
      expect(output.results).toEqual({ rotated: `database:${id}` });
      expect(harness.getSecretRevisions(secretIdOf(harness, id))).toHaveLength(2);
    });
  });

  describe('on a non-leader', () => {
    it('writes nothing to the application bag', async () => {
      const { harness, id } = await withRequest(false);
      expect(harness.getRelationData(id, 'db-provider')).toEqual({});
    });
  });
});
