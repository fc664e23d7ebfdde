import { unitWith } from './juju-fixture';

describe('fake state store', () => {
  it('stores an empty value as "" and removes a key only on delete', () => {
    const { backend } = unitWith({ stateStore: { a: 'x' } });
    backend.stateSet({ a: '' });
    expect(backend.stateGet()).toEqual({ a: '' });
    backend.stateDelete('a');
    backend.stateDelete('never-there');
    expect(backend.stateGet()).toEqual({});
  });

  // Straight on the fake: the backend refuses such values itself before any command (ops's checks).
  describe('limits', () => {
    it('accepts a 256-byte key and refuses 257 bytes', () => {
      const { juju } = unitWith();
      juju.store.set({ ['k'.repeat(256)]: 'v' });
      expect(() => juju.store.set({ ['k'.repeat(257)]: 'v' })).toThrow(/257 bytes, over the 256-byte limit/);
    });

    it('accepts a 64 KiB value and refuses one byte more, storing nothing of the batch', () => {
      const { backend, juju } = unitWith();
      juju.store.set({ ok: 'v'.repeat(64 * 1024) });
      expect(() => juju.store.set({ other: 'x', big: 'v'.repeat(64 * 1024 + 1) })).toThrow(
        /over the 65536-byte \(64 KiB\) limit/,
      );
      expect(Object.keys(backend.stateGet())).toEqual(['ok']);
    });

    it('counts bytes, not characters', () => {
      const { juju } = unitWith();
      expect(() => juju.store.set({ ['é'.repeat(129)]: 'v' })).toThrow(/258 bytes/);
    });
  });
});
