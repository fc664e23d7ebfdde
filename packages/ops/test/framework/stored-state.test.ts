import { StoredStateBinder } from '../../src/framework/stored-state';

/** Binds one property `state` of a fresh owner to `persisted['Charm.state']`; returns the owner and binder. */
function bound(persisted: Record<string, unknown>): { owner: { state?: unknown }; binder: StoredStateBinder } {
  const binder = new StoredStateBinder(persisted);
  const owner: { state?: unknown } = {};
  binder.bind('Charm.state', owner, 'state');
  return { owner, binder };
}

describe('StoredStateBinder', () => {
  describe('when bound', () => {
    it('gives the owner a copy of the persisted value, never the value itself', () => {
      const persisted = { 'Charm.state': { restarts: 1, hosts: ['a'] } };
      const { owner } = bound(persisted);
      expect(owner.state).toEqual(persisted['Charm.state']);
      expect(owner.state).not.toBe(persisted['Charm.state']);
    });
  });

  describe('when a hook leaves a value as it was', () => {
    it('snapshots the persisted object itself (nothing is copied)', () => {
      const persisted = { 'Charm.state': { restarts: 1, hosts: ['a'], nested: { on: true, none: null } } };
      const { binder } = bound(persisted);
      expect(binder.snapshot()['Charm.state']).toBe(persisted['Charm.state']);
    });
  });

  describe('when a hook changes a value', () => {
    it.each([
      ['a number', (s: { restarts: number; hosts: string[] }) => (s.restarts += 1), { restarts: 2, hosts: ['a'] }],
      ['an array item', (s: { restarts: number; hosts: string[] }) => s.hosts.push('b'), { restarts: 1, hosts: ['a', 'b'] }],
      ['a new key', (s: { restarts: number; hosts: string[] }) => Object.assign(s, { extra: 'x' }), { restarts: 1, hosts: ['a'], extra: 'x' }],
    ])('snapshots a new JSON copy after changing %s', (_what, change, expected) => {
      const persisted = { 'Charm.state': { restarts: 1, hosts: ['a'] } };
      const { owner, binder } = bound(persisted);
      change(owner.state as { restarts: number; hosts: string[] });
      const saved = binder.snapshot()['Charm.state'];
      expect(saved).toEqual(expected);
      expect(saved).not.toBe(owner.state);
      expect(persisted['Charm.state']).toEqual({ restarts: 1, hosts: ['a'] });
    });

    it('tells -0 from 0, and refuses it (JSON would turn it into 0)', () => {
      const { owner, binder } = bound({ 'Charm.state': { n: 0 } });
      (owner.state as { n: number }).n = -0;
      expect(() => binder.snapshot()).toThrow(/stored state Charm\.state does not survive JSON/);
    });
  });

  describe('when a value is not JSON', () => {
    it.each([
      ['a Date', { at: new Date(0) }],
      ['an undefined field', { a: undefined }],
      ['a Map', new Map([['a', 1]])],
    ])('refuses %s, even when the persisted value was seeded with the same', (_what, value) => {
      // A test may seed stored state with anything; it must not pass as unchanged JSON.
      const { binder } = bound({ 'Charm.state': value });
      expect(() => binder.snapshot()).toThrow(/stored state Charm\.state/);
    });
  });
});
