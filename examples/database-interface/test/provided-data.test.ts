import { DatabaseProvidedData } from '../src';
import { requirerContext, stateWith } from './support/fixtures';

/** Loads the remote app bag of relation 3 as DatabaseProvidedData. */
async function load(remoteAppData: Record<string, string>): Promise<DatabaseProvidedData> {
  const ctx = requirerContext();
  const { result } = await ctx.withCharm(stateWith({ leader: false, remoteAppData }), (c) => {
    const relation = c.db.relation(3);
    return relation.load(DatabaseProvidedData, relation.app);
  });
  return result;
}

describe('DatabaseProvidedData', () => {
  describe('when a Python charm wrote the bag with ops Relation.save (json.dumps)', () => {
    it('loads the endpoints, secret id and optional fields', async () => {
      const data = await load({
        endpoints: '["10.0.0.1:5432", "10.0.0.2:5432"]',
        'secret-user': '"secret:abc"',
        version: '"16.4"',
        'ingress-address': '10.0.0.9',
      });
      expect({ ...data }).toEqual({
        endpoints: ['10.0.0.1:5432', '10.0.0.2:5432'],
        secretId: 'secret:abc',
        version: '16.4',
      });
    });
  });

  describe('when the values are data_platform_libs plain strings', () => {
    it('refuses them, naming the key and the JSON rule', async () => {
      await expect(load({ endpoints: '10.0.0.1:5432', 'secret-user': 'secret:abc' })).rejects.toThrow(
        /endpoints.*not JSON/s,
      );
    });
  });

  describe('when secret-user is not a secret id', () => {
    it('names the field and the rule', async () => {
      await expect(load({ endpoints: '["h:1"]', 'secret-user': '"password123"' })).rejects.toThrow(
        /secret-user must be a secret id/,
      );
    });
  });
});
