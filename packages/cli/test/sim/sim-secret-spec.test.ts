import { parseCharmcraftYaml, type CharmMeta } from '@jujuts/ops/internal';
import { createJujuState, type JujuState, type SecretInput } from '@jujuts/testing';
import { stringify } from 'yaml';
import { applySecretSpec } from '../../src/sim/sim-secret-spec';

const ID = 'secret:d3m0cred3nt1a1s00000';

function meta(): CharmMeta {
  return parseCharmcraftYaml(stringify({ name: 'app', type: 'charm', requires: { database: { interface: 'database' } } }));
}

/** Unit app/0 related to `pg` over database:1, with the given secrets. */
function related(secrets: SecretInput[] = []): JujuState {
  return createJujuState({ unitName: 'app/0', relations: [{ endpoint: 'database', id: 1, remoteApp: 'pg' }], secrets }, meta());
}

describe('applySecretSpec', () => {
  describe('when another application owns the secret and granted it over a relation', () => {
    it('adds it as a secret this unit observes, tracking its first revision', () => {
      const state = applySecretSpec(meta(), related(), { id: ID, owner: 'pg', grantedTo: 'database:1', content: { password: 'p' } });
      expect(state.secrets).toEqual([expect.objectContaining({ id: ID, owner: undefined, trackedRevision: 1, grants: {} })]);
      expect(state.secrets[0]?.revisions).toEqual([{ revision: 1, content: { password: 'p' } }]);
    });

    it('refuses an owner that is not the relation’s remote application', () => {
      expect(() => applySecretSpec(meta(), related(), { id: ID, owner: 'mysql', grantedTo: 'database:1', content: { a: '1' } })).toThrow(
        `secret ${ID} is owned by mysql but granted over database:1, whose remote application is pg`,
      );
    });
  });

  describe('when our application owns it', () => {
    it('records the grant to the remote application of the relation', () => {
      const state = applySecretSpec(meta(), related(), { label: 'creds', owner: 'app', grantedTo: '1', content: { a: '1' } });
      expect(state.secrets[0]).toMatchObject({ label: 'creds', owner: 'app', grants: { '1': ['pg'] } });
    });

    it('takes our unit name as a unit-owned secret', () => {
      const state = applySecretSpec(meta(), related(), { label: 'mine', owner: 'app/0', content: { a: '1' } });
      expect(state.secrets[0]?.owner).toBe('unit');
    });
  });

  describe('when the state already holds the secret', () => {
    it('adds a revision and leaves the tracked one, as Juju does until the charm refreshes', () => {
      const state = applySecretSpec(meta(), related([{ id: ID, content: { a: '1' } }]), { id: ID, owner: 'pg', content: { a: '2' } });
      expect(state.secrets).toHaveLength(1);
      expect(state.secrets[0]?.revisions.map((r) => r.revision)).toEqual([1, 2]);
      expect(state.secrets[0]?.trackedRevision).toBe(1);
    });
  });

  describe('when the spec cannot be applied', () => {
    it('asks for content for a new secret', () => {
      expect(() => applySecretSpec(meta(), related(), { id: ID, owner: 'pg' })).toThrow(`secret ${ID} is not in the state file: give it content to add it`);
    });

    it('names the relations when granted-to matches none', () => {
      expect(() => applySecretSpec(meta(), related(), { id: ID, owner: 'pg', grantedTo: 'database:2', content: { a: '1' } })).toThrow(
        'granted-to database:2 must name one relation of the state (relations: database:1); create it in an earlier step',
      );
    });

    it('leaves the input state untouched', () => {
      const input = related([{ id: ID, content: { a: '1' } }]);
      const before = structuredClone(input);
      applySecretSpec(meta(), input, { id: ID, owner: 'pg', content: { a: '2' } });
      expect(input).toEqual(before);
    });
  });
});
