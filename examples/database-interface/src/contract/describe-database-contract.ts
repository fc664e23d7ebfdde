import type { CharmBase } from '@jujuts/ops';
import { DatabaseRequirer } from '../database-requirer';
import type { DatabaseContractOptions } from './contract-options';
import { ContractSide, findSecret, localAppData, type Bag } from './contract-side';
import { referenceProvider, referenceRequirer } from './reference-charms';

const RELATION_ID = 7;
const REQUEST_KEYS = ['database', 'extra-user-roles'];
const ANSWER_KEYS = ['endpoints', 'secret-user', 'database', 'version'];

/**
 * Registers the `database` interface's contract tests with jest: the
 * requirer asks (leader only), the provider answers with endpoints and a
 * granted credentials secret (leader only), every requirer unit reads the
 * credentials, and both sides clean up when the relation is broken. Each
 * charm's suite calls it with its own side; the other side is the library's
 * reference charm unless given too.
 *
 * @example
 * ```ts
 * describeDatabaseContract({ provider: { charm: ProviderCharm, charmDir: join(__dirname, '..') } });
 * ```
 */
export function describeDatabaseContract(options: DatabaseContractOptions): void {
  const provider = new ContractSide(options.provider ?? referenceProvider);
  const requirer = new ContractSide(options.requirer ?? referenceRequirer);

  const request = async (leader = true): Promise<Bag> => {
    const state = requirer.state({ id: RELATION_ID, remoteApp: provider.appName, leader });
    return localAppData(await requirer.ctx.run(requirer.ctx.on.relationCreated(requirer.endpoint), state));
  };
  const answer = async (leader = true) => {
    const state = provider.state({
      id: RELATION_ID,
      remoteApp: requirer.appName,
      leader,
      remoteAppData: await request(),
    });
    return provider.ctx.run(provider.ctx.on.relationChanged(provider.endpoint), state);
  };
  const observed = async (leader: boolean) => {
    const answered = await answer();
    const bag = localAppData(answered);
    const owned = findSecret(answered, JSON.parse(bag['secret-user'] ?? '""') as string);
    if (!owned)
      throw new Error(
        `contract: the provider wrote secret-user ${bag['secret-user'] ?? '(none)'} but owns no such secret`,
      );
    const content = owned.revisions[owned.revisions.length - 1]?.content ?? {};
    return requirer.state({
      id: RELATION_ID,
      remoteApp: provider.appName,
      leader,
      remoteAppData: bag,
      secrets: [{ id: owned.id, content: { ...content } }],
    });
  };

  describe(`database interface contract (${provider.appName} provides, ${requirer.appName} requires)`, () => {
    describe('the requirer', () => {
      describe('when it is the leader and the relation is created', () => {
        it('asks for a database by name in its application bag, with the interface keys only', async () => {
          const bag = await request();
          expect(Object.keys(bag).filter((k) => !REQUEST_KEYS.includes(k))).toEqual([]);
          expect(JSON.parse(bag.database ?? 'null')).toEqual(
            expect.stringMatching(/^[A-Za-z_][A-Za-z0-9_-]*$/),
          );
        });
      });

      describe('when it is not the leader', () => {
        it('writes nothing to its application bag', async () => {
          expect(await request(false)).toEqual({});
        });
      });

      describe.each([true, false])('when the provider has answered (leader: %s)', (leader) => {
        it('emits databaseCreated and reads the credentials from the granted secret', async () => {
          const out = await requirer.ctx.run(
            requirer.ctx.on.relationChanged(requirer.endpoint),
            await observed(leader),
          );
          expect(requirer.emitted().filter((n) => n.endsWith('.databaseCreated'))).toHaveLength(1);
          const { result } = await requirer.ctx.withCharm(out, (charm) => {
            const db = findRequirer(charm);
            return db.credentials(db.relation(RELATION_ID));
          });
          expect(result).toEqual({
            username: expect.stringMatching(/.+/),
            password: expect.stringMatching(/.+/),
          });
        });
      });

      describe('when the relation is broken', () => {
        it('emits databaseRemoved', async () => {
          await requirer.ctx.run(requirer.ctx.on.relationBroken(requirer.endpoint), await observed(true));
          expect(requirer.emitted().filter((n) => n.endsWith('.databaseRemoved'))).toHaveLength(1);
        });
      });
    });

    describe('the provider', () => {
      describe('when it is the leader and a request arrives', () => {
        it('publishes endpoints and the id of a secret it owns and granted to the relation', async () => {
          const out = await answer();
          const bag = localAppData(out);
          expect(Object.keys(bag).filter((k) => !ANSWER_KEYS.includes(k))).toEqual([]);
          expect(JSON.parse(bag.endpoints ?? '[]')).toEqual(
            expect.arrayContaining([expect.stringMatching(/^\S+:\d+$/)]),
          );
          const owned = findSecret(out, JSON.parse(bag['secret-user'] ?? '""') as string);
          expect(owned?.owner).toBe('app');
          expect(owned?.grants[String(RELATION_ID)]).toContain(requirer.appName);
        });

        it('keeps username and password in that secret', async () => {
          const out = await answer();
          const owned = findSecret(out, JSON.parse(localAppData(out)['secret-user'] ?? '""') as string);
          expect(owned?.revisions.at(-1)?.content).toEqual({
            username: expect.stringMatching(/.+/),
            password: expect.stringMatching(/.+/),
          });
        });

        it('answers once: the same request again adds no secret and keeps the id', async () => {
          const first = await answer();
          expect(first.secrets).toHaveLength(1);
          const again = await provider.ctx.run(provider.ctx.on.relationChanged(provider.endpoint), first);
          expect(again.secrets).toHaveLength(first.secrets.length);
          expect(localAppData(again)['secret-user']).toBe(localAppData(first)['secret-user']);
        });
      });

      describe('when it is not the leader', () => {
        it('writes nothing and creates no secret', async () => {
          const out = await answer(false);
          expect(localAppData(out)).toEqual({});
          expect(out.secrets).toEqual([]);
        });
      });

      describe('when the relation is broken', () => {
        it('removes the credentials secret', async () => {
          const answered = await answer();
          const id = JSON.parse(localAppData(answered)['secret-user'] ?? '""') as string;
          expect(findSecret(answered, id)).toBeDefined();
          const out = await provider.ctx.run(provider.ctx.on.relationBroken(provider.endpoint), answered);
          expect(findSecret(out, id)).toBeUndefined();
        });
      });
    });
  });
}

function findRequirer(charm: CharmBase<object>): DatabaseRequirer {
  const found = Object.values(charm).find((v): v is DatabaseRequirer => v instanceof DatabaseRequirer);
  if (!found) throw new Error(`contract: ${charm.constructor.name} has no DatabaseRequirer property`);
  return found;
}
