import type { ModelBackend } from '../../src/backend';
import type { SecretInput } from '@jujuts/testing';
import { onBoth, type ContractUnit } from './support/contract-units';
import { GRANTED_SECRET, OWNED_SECRET, webUnit } from './support/contract-state';
import { attempt, withStableSecretIds, type Outcome } from './support/outcome';

const MISSING_SECRET = 'secret:m0000000000000000009';
const secrets: SecretInput[] = [
  { id: OWNED_SECRET, owner: 'app', label: 'owned', content: { 'api-key': 'k1' } },
  { id: GRANTED_SECRET, label: 'granted', content: { password: 'p' } },
];

type Calls = Record<string, (b: ModelBackend) => unknown>;

const RELATION_NOT_FOUND: Calls = {
  'relation-list': (b) => b.relationList({ endpoint: 'db', id: 99 }),
  'relation-list --app': (b) => b.relationRemoteApp({ endpoint: 'db', id: 99 }),
  'relation-get': (b) => b.relationGet({ endpoint: 'db', id: 99 }, 'pg/0', false),
  "relation-get of another endpoint's id": (b) =>
    b.relationGet({ endpoint: 'cluster', id: 3 }, 'pg/0', false),
  'relation-model-get': (b) => b.relationModelUuid({ endpoint: 'db', id: 99 }),
  'network-get -r': (b) => b.networkGet('db', 99),
  'secret-grant -r': (b) => b.secretGrant(OWNED_SECRET, { endpoint: 'db', id: 99 }),
};

const SECRET_NOT_FOUND: Calls = {
  'secret-get by id': (b) => b.secretGet({ id: MISSING_SECRET }),
  'secret-get by label': (b) => b.secretGet({ label: 'nope' }),
  'secret-info-get of a secret we only observe': (b) => b.secretInfoGet({ id: GRANTED_SECRET }),
  'secret-set': (b) => b.secretSet(MISSING_SECRET, { description: 'x' }),
  'secret-remove of a missing revision': (b) => b.secretRemove(OWNED_SECRET, 99),
  'secret-revoke': (b) => b.secretRevoke(MISSING_SECRET, { endpoint: 'db', id: 3 }),
};

const PERMISSION_DENIED: Calls = {
  'status-get --application': (b) => b.appStatusGet(),
  'status-set --application': (b) => b.statusSet('active', 'x', true),
  'secret-add owned by the application': (b) => b.secretAdd({ token: 'x' }, {}),
  "secret-info-get of our application's secret": (b) => b.secretInfoGet({ id: OWNED_SECRET }),
  "secret-set of our application's secret": (b) => b.secretSet(OWNED_SECRET, { content: { token: 'x' } }),
  'relation-get of our app bag (non-peer)': (b) => b.relationGet({ endpoint: 'db', id: 3 }, 'web', true),
};

const OTHER: Calls = {
  'credential-get (untrusted)': (b) => b.credentialGet(),
  'resource-get of an unknown resource': (b) => b.resourceGet('nope'),
  'network-get of an unknown binding': (b) => b.networkGet('nope'),
  'storage-get of an unknown instance': (b) => b.storageGet('data/9'),
  'action-get outside an action': (b) => b.actionGet(),
  'open-port overlapping an opened range': (b) => b.openPort({ protocol: 'tcp', port: 8500 }),
  'secret-add with a label in use': (b) => b.secretAdd({ token: 'x' }, { label: 'owned', owner: 'unit' }),
};

function runAll(calls: Calls) {
  return (unit: ContractUnit) => {
    const b = unit.beginHook();
    const outcomes: Record<string, Outcome<unknown>> = {};
    for (const [name, call] of Object.entries(calls)) outcomes[name] = attempt(() => call(b));
    unit.endHook(true);
    return withStableSecretIds({ outcomes, logs: unit.document().outputs.logs }) as {
      outcomes: Record<string, Outcome<unknown>>;
      logs: Array<{ level: string; message: string }>;
    };
  };
}

describe('error mapping on both backends', () => {
  describe('when Juju says "relation not found"', () => {
    it('raises RelationNotFoundError naming the relation and what to do', async () => {
      const { hookCommands, inMemory } = await onBoth(webUnit({ secrets }), runAll(RELATION_NOT_FOUND));
      expect(hookCommands).toEqual(inMemory);
      for (const [name, outcome] of Object.entries(hookCommands.outcomes)) {
        const rel = name.includes('another endpoint')
          ? 'cluster:3'
          : name === 'network-get -r'
            ? '99'
            : 'db:99';
        expect({ name, outcome }).toEqual({
          name,
          outcome: {
            error: 'RelationNotFoundError',
            command: name.split(' ')[0],
            exitCode: 2,
            stderr: `ERROR invalid value "${rel}" for option -r: relation not found`,
            quotesJuju: true,
            message: expect.stringMatching(/does not exist any more .*catch RelationNotFoundError/),
          },
        });
      }
    });
  });

  describe('when a secret command says "not found"', () => {
    it('raises SecretNotFoundError naming the secret', async () => {
      const { hookCommands, inMemory } = await onBoth(webUnit({ secrets }), runAll(SECRET_NOT_FOUND));
      expect(hookCommands).toEqual(inMemory);
      for (const [name, outcome] of Object.entries(hookCommands.outcomes)) {
        expect({ name, outcome }).toEqual({
          name,
          outcome: expect.objectContaining({
            error: 'SecretNotFoundError',
            command: name.split(' ')[0],
            exitCode: 1,
            quotesJuju: true,
          }),
        });
        expect((outcome as { message: string }).message).toMatch(
          /was not found or is not visible to this unit; check the id or label/,
        );
      }
      expect(hookCommands.outcomes['secret-get by label']).toMatchObject({
        message: expect.stringContaining('secret (label nope)'),
      });
    });
  });

  describe('when Juju refuses for lack of rights', () => {
    it('raises ModelError (RelationDataAccessError for a databag) and logs a security line', async () => {
      const { hookCommands, inMemory } = await onBoth(
        webUnit({ leader: false, secrets }),
        runAll(PERMISSION_DENIED),
      );
      expect(hookCommands).toEqual(inMemory);
      for (const [name, outcome] of Object.entries(hookCommands.outcomes)) {
        const error = name.startsWith('relation-') ? 'RelationDataAccessError' : 'ModelError';
        expect({ name, outcome }).toEqual({
          name,
          outcome: expect.objectContaining({
            error,
            command: name.split(' ')[0],
            exitCode: 1,
            quotesJuju: true,
          }),
        });
        expect((outcome as { message: string }).message).toMatch(/refused .*(leader|right)/);
      }
      expect(hookCommands.outcomes['status-get --application']).toMatchObject({
        stderr: 'ERROR this unit is not the leader',
        message:
          'status-get: Juju refused the application status (leader only): this unit lacks the right (leadership, trust, or secret ownership) for it. Juju said: ERROR this unit is not the leader',
      });
      expect(hookCommands.logs.map((l) => `${l.level} ${l.message.split(' refused')[0]}`)).toEqual([
        'WARNING security: status-get',
        'WARNING security: status-set',
        'WARNING security: secret-add',
        'WARNING security: secret-info-get',
        'WARNING security: secret-set',
        'WARNING security: relation-get',
      ]);
    });
  });

  describe('when a command fails for any other reason', () => {
    it("raises HookCommandError carrying the command, exit code and Juju's stderr", async () => {
      const state = webUnit({
        secrets,
        storages: [{ name: 'data' }],
        openedPorts: [{ protocol: 'tcp', port: 8000, toPort: 8999 }],
      });
      const { hookCommands, inMemory } = await onBoth(state, runAll(OTHER));
      expect(hookCommands).toEqual(inMemory);
      const stderr = Object.fromEntries(
        Object.entries(hookCommands.outcomes).map(([name, o]) => {
          expect({
            name,
            error: 'error' in o && o.error,
            command: 'command' in o && o.command,
            quotesJuju: 'quotesJuju' in o && o.quotesJuju,
          }).toEqual({
            name,
            error: 'HookCommandError',
            command: name.split(' ')[0],
            quotesJuju: true,
          });
          return [name, 'stderr' in o ? `${String(o.exitCode)} ${String(o.stderr)}` : ''];
        }),
      );
      expect(stderr).toEqual({
        'credential-get (untrusted)':
          '1 ERROR cannot access cloud credentials: the application is not trusted (juju trust)',
        'resource-get of an unknown resource':
          '1 ERROR could not download resource "nope": resource not found',
        'network-get of an unknown binding': '1 ERROR no network config found for binding "nope"',
        'storage-get of an unknown instance':
          '2 ERROR invalid value "data/9" for option -s: storage not found',
        'action-get outside an action': '1 ERROR not running an action',
        'open-port overlapping an opened range':
          '1 ERROR cannot open 8500/tcp (unit "web/0"): port ranges 8000-8999/tcp and 8500/tcp conflict',
        'secret-add with a label in use': '1 ERROR secret with label "owned" already exists',
      });
    });
  });
});
