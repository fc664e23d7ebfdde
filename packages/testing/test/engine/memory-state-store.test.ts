import type { PersistedState } from '@jujuts/ops/internal';
import { MemoryStateStore } from '../../src/engine';

function persisted(stored: Record<string, unknown> = { 'Charm.state': { hooks: 1 } }): PersistedState {
  return { stored, deferred: [{ event: { kind: 'install' }, handler: 'Charm.onInstall' }] };
}

describe('memory-state-store', () => {
  describe('when nothing was saved', () => {
    it('loads the initial state', () => {
      expect(new MemoryStateStore().load()).toEqual({ stored: {}, deferred: [] });
      expect(new MemoryStateStore(persisted()).load()).toEqual(persisted());
    });

    it('keeps its own copy of the initial state', () => {
      const initial = persisted();
      const store = new MemoryStateStore(initial);
      (initial.stored['Charm.state'] as { hooks: number }).hooks = 99;
      expect(store.load().stored['Charm.state']).toEqual({ hooks: 1 });
    });
  });

  describe('when a state is saved', () => {
    it('loads it back and reports it as current', () => {
      const store = new MemoryStateStore();
      store.save(persisted({ 'Charm.state': { hooks: 2 } }));
      expect(store.load()).toEqual(persisted({ 'Charm.state': { hooks: 2 } }));
      expect(store.current).toEqual(persisted({ 'Charm.state': { hooks: 2 } }));
    });

    it('is not changed by the caller adding or removing entries afterwards', () => {
      const store = new MemoryStateStore();
      const saved = { stored: { 'Charm.state': 1 } as Record<string, unknown>, deferred: [] as PersistedState['deferred'][number][] };
      store.save(saved);
      saved.stored['Charm.extra'] = 2;
      saved.deferred.push({ event: { kind: 'start' }, handler: 'Charm.onStart' });
      expect(store.load()).toEqual({ stored: { 'Charm.state': 1 }, deferred: [] });
    });

    it('keeps the state it has when saved the very same values again', () => {
      const store = new MemoryStateStore();
      store.save(persisted());
      const first = store.load();
      store.save({ stored: { ...first.stored }, deferred: [...first.deferred] });
      expect(store.load()).toBe(first);
      store.save({ stored: { ...first.stored, 'Charm.other': 1 }, deferred: [...first.deferred] });
      expect(store.load()).not.toBe(first);
      expect(store.load().stored['Charm.other']).toBe(1);
    });

    it('takes equal but distinct values as a change', () => {
      const store = new MemoryStateStore();
      store.save(persisted());
      const first = store.load();
      store.save(persisted());
      expect(store.load()).not.toBe(first);
      expect(store.load()).toEqual(first);
    });

    it('lends its state out read-only', () => {
      const store = new MemoryStateStore();
      store.save(persisted());
      const loaded = store.load();
      expect(() => {
        (loaded.stored as Record<string, unknown>)['Charm.state'] = 0;
      }).toThrow(TypeError);
      expect(() => (loaded.deferred as unknown[]).push(1)).toThrow(TypeError);
    });
  });
});
