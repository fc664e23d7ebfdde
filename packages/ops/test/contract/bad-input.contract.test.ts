import type { ModelBackend, RelationRef } from '../../src/backend';
import { Model, UnknownStatus } from '../../src/model';
import { makeContext, makeMeta } from '../model/support/fixtures';
import { onBoth, type ContractUnit } from './support/contract-units';
import { OWNED_SECRET, webUnit } from './support/contract-state';
import { attempt, type Outcome } from './support/outcome';

const DB: RelationRef = { endpoint: 'db', id: 3 };
const badInputState = () =>
  webUnit({
    actionParams: {},
    secrets: [{ id: OWNED_SECRET, owner: 'app', label: 'owned', content: { 'api-key': 'k' } }],
  });
const asString = (value: unknown): string => value as string;

type Calls<T> = Record<string, (target: T) => unknown>;

// What a charm can get wrong through the model, each refused before any command with the bag or key and the rule.
const THROUGH_THE_MODEL: Calls<Model> = {
  'a number written into a databag': (m) => m.getRelation('db', 3)?.data(m.unit).set('port', asString(5432)),
  'an object among valid values': (m) =>
    m
      .getRelation('db', 3)
      ?.data(m.app)
      .update({ host: 'h', extra: asString({ a: 1 }) }),
  'a key that is not a string': (m) => m.getRelation('db', 3)?.data(m.unit).set(asString(7), 'v'),
  "a secret key that breaks Juju's rule": (m) => m.app.addSecret({ Bad_Key: 'x', 'api-key': 'ok' }),
  'empty secret content': (m) => m.unit.addSecret({}),
  'a secret value that is not a string': (m) => m.unit.addSecret({ token: asString(42) }),
  'a port out of range': (m) => m.unit.openPort('tcp', 70000),
  'icmp with a port': (m) => m.unit.openPort('icmp', 8),
  'a status a charm may not set': (m) => {
    m.unit.status = new UnknownStatus();
  },
};

// The same mistakes made straight on a backend: both refuse them with ops's checks before running anything.
const THROUGH_THE_BACKEND: Calls<ModelBackend> = {
  'relation-set with a number': (b) => b.relationSet(DB, { port: asString(5432) }, false),
  'relation-get on a negative relation id': (b) => b.relationGet({ endpoint: 'db', id: -1 }, 'web/0', false),
  'secret-add with a bad key': (b) => b.secretAdd({ Bad_Key: 'x' }, { owner: 'unit' }),
  'secret-add with a number': (b) => b.secretAdd({ token: asString(42) }, { owner: 'unit' }),
  'secret-add with an unknown rotate policy': (b) =>
    b.secretAdd({ token: 't' }, { rotate: asString('often') as 'daily' }),
  'secret-set with a bad key': (b) => b.secretSet(OWNED_SECRET, { content: { x: 'y' } }),
  'secret-set with an invalid expiry': (b) => b.secretSet(OWNED_SECRET, { expire: new Date('never') }),
  'secret-get with --peek and --refresh': (b) =>
    b.secretGet({ id: OWNED_SECRET }, { peek: true, refresh: true }),
  'secret-info-get of no secret': (b) => b.secretInfoGet({}),
  'secret-grant on a negative relation id': (b) => b.secretGrant(OWNED_SECRET, { endpoint: 'db', id: -1 }),
  'secret-remove of revision 0': (b) => b.secretRemove(OWNED_SECRET, 0),
  'state-set with a number': (b) => b.stateSet({ count: asString(1) }),
  'state-set with a key over 256 bytes': (b) => b.stateSet({ ['k'.repeat(300)]: 'v' }),
  'action-set with a bad key': (b) => b.actionSet({ Bad_Key: 'x' }),
  'action-set with a reserved key': (b) => b.actionSet({ stdout: 'x' }),
  'action-set with a number': (b) => b.actionSet({ size: asString(10) }),
  'open-port out of range': (b) => b.openPort({ protocol: 'tcp', port: 70000 }),
  'close-port of icmp with a port': (b) => b.closePort({ protocol: 'icmp', port: 8 }),
  'storage-get of no storage id': (b) => b.storageGet('data'),
  'storage-add of no storage': (b) => b.storageAdd('data', 0),
  'status-set error': (b) => b.statusSet('error' as 'active', 'x', false),
  'juju-log at an unknown level': (b) => b.jujuLog('LOUD' as 'INFO', 'x'),
};

function each<T>(calls: Calls<T>, target: (unit: ContractUnit) => T) {
  return (unit: ContractUnit) => {
    const subject = target(unit);
    const results: Record<string, { outcome: Outcome<unknown>; ran: string[] }> = {};
    for (const [name, call] of Object.entries(calls)) {
      const before = unit.document().outputs.commands.length;
      const outcome = attempt(() => call(subject));
      results[name] = {
        outcome,
        ran: unit
          .document()
          .outputs.commands.slice(before)
          .map((c) => c.command),
      };
    }
    const { state } = unit.document();
    return {
      results,
      ourBags: state.relations.map((r) => [r.localUnitData, r.localAppData]),
      stateStore: state.stateStore,
    };
  };
}

describe('bad input from the charm', () => {
  describe('through the model', () => {
    it('fails the same way on both backends, before any command runs, naming the bag or key and the rule', async () => {
      const model = (unit: ContractUnit): Model => {
        const m = new Model(unit.beginHook(), makeMeta(), makeContext({ unitName: 'web/0' }));
        m.getRelation('db', 3); // Looking the relation up is not part of any mistake: do it first.
        return m;
      };
      const { hookCommands, inMemory } = await onBoth(badInputState(), each(THROUGH_THE_MODEL, model));
      expect(hookCommands).toEqual(inMemory);
      const messages = Object.fromEntries(
        Object.entries(hookCommands.results).map(([name, { outcome, ran }]) => {
          expect({ name, ran }).toEqual({ name, ran: [] });
          return [name, 'error' in outcome ? `${outcome.error}: ${String(outcome.message)}` : 'no error'];
        }),
      );
      expect(messages).toEqual({
        'a number written into a databag':
          "RelationDataTypeError: relation db:3: cannot set 'port' in the web/0 bag to a number: databag values must be strings (encode it, for example with JSON.stringify, or use relation.save())",
        'an object among valid values':
          "RelationDataTypeError: relation db:3: cannot set 'extra' in the web app bag to a object: databag values must be strings (encode it, for example with JSON.stringify, or use relation.save())",
        'a key that is not a string':
          'RelationDataTypeError: relation db:3: cannot use the number key 7 in the web/0 bag: databag keys must be strings',
        "a secret key that breaks Juju's rule": expect.stringMatching(
          /^SecretContentError: invalid secret keys 'Bad_Key': keys must match \^\[a-z\]/,
        ),
        'empty secret content': 'SecretContentError: secret content must not be empty',
        'a secret value that is not a string':
          "SecretContentError: invalid secret values for keys 'token': values must be strings",
        'a port out of range':
          'ModelError: invalid tcp port 70000: a tcp port must be an integer from 1 to 65535',
        'icmp with a port': "ModelError: icmp takes no port number (got 8): call openPort('icmp')",
        'a status a charm may not set': expect.stringMatching(/^InvalidStatusError: .*unknown/),
      });
      // Nothing of a refused update reaches Juju, not even its valid keys.
      expect(hookCommands.ourBags[0]).toEqual([{ mine: 'u' }, { ours: 'a' }]);
    });
  });

  describe('straight on a backend', () => {
    it('fails the same way on both backends, before any command runs, naming the command or value and the rule', async () => {
      const { hookCommands, inMemory } = await onBoth(
        badInputState(),
        each(THROUGH_THE_BACKEND, (unit) => unit.beginHook()),
      );
      for (const [name, { outcome, ran }] of Object.entries(hookCommands.results)) {
        expect({ name, ran, refused: 'error' in outcome }).toEqual({ name, ran: [], refused: true });
        expect({ name, message: 'message' in outcome ? outcome.message : '' }).toEqual({
          name,
          message: expect.stringMatching(/^[a-z]+-[a-z-]+[ :]|^port |^relation id |^icmp /),
        });
        expect({ name, inMemory: inMemory.results[name] }).toEqual({ name, inMemory: { outcome, ran } });
      }
      expect(inMemory).toEqual(hookCommands);
      expect(inMemory.results['relation-set with a number']?.outcome).toEqual({
        error: 'RelationDataTypeError',
        command: 'relation-set',
        message: 'relation-set on db:3: the value of "port" must be a string, got number',
      });
      expect(inMemory.results['secret-add with a bad key']?.outcome).toMatchObject({
        error: 'SecretContentError',
        message: expect.stringContaining('"Bad_Key" is invalid'),
      });
      expect(inMemory.results['status-set error']?.outcome).toMatchObject({ error: 'InvalidStatusError' });
      // Neither let a wrong value into Juju's state.
      expect(hookCommands.ourBags[0]).toEqual([{ mine: 'u' }, { ours: 'a' }]);
      expect(hookCommands.stateStore).toEqual({});
    });
  });
});
