import { runInNewContext } from 'node:vm';
import { copyStoredValue } from '../../src/framework/copy-stored-value';

/** A stored-state value as a charm keeps it: nested objects, arrays and every JSON scalar. */
function storedTree(): Record<string, unknown> {
  return { restarts: 2, name: 'web', ok: true, none: null, ports: [80, 443], peers: [{ unit: 'a/0', ready: false }], nested: { deep: { n: -0 } } };
}

describe('copyStoredValue', () => {
  describe('when the value is plain JSON data', () => {
    it('returns an equal tree that shares no object with the original', () => {
      const original = storedTree();
      const copy = copyStoredValue(original);
      expect(copy).toStrictEqual(structuredClone(original));
      expect(copy).not.toBe(original);
      (copy['ports'] as number[]).push(8080);
      ((copy['peers'] as { ready: boolean }[])[0] as { ready: boolean }).ready = true;
      expect(original).toStrictEqual(storedTree());
    });

    it('copies objects from another realm as objects of this one, as structuredClone does', () => {
      const foreign = runInNewContext('({ a: [1, { b: 2 }] })') as object;
      const copy = copyStoredValue(foreign);
      expect(Object.getPrototypeOf(copy)).toBe(Object.prototype);
      expect(copy).toStrictEqual({ a: [1, { b: 2 }] });
    });

    it('gives an object without a prototype the ordinary one, as structuredClone does', () => {
      const bare = Object.assign(Object.create(null) as object, { a: 1 });
      expect(Object.getPrototypeOf(copyStoredValue(bare))).toBe(Object.prototype);
    });

    it('returns scalars as they are', () => {
      for (const v of [0, 'x', true, null, undefined, 10n]) expect(copyStoredValue(v)).toBe(v);
    });
  });

  describe('when the value is not a plain tree', () => {
    it('keeps a shared object shared and a cycle a cycle, as structuredClone does', () => {
      const shared = { n: 1 };
      const copy = copyStoredValue({ a: shared, b: shared });
      expect(copy.a).toBe(copy.b);
      const cyclic: Record<string, unknown> = { n: 1 };
      cyclic['self'] = cyclic;
      const cycleCopy = copyStoredValue(cyclic);
      expect(cycleCopy['self']).toBe(cycleCopy);
      expect(cycleCopy).not.toBe(cyclic);
    });

    it('copies Dates, Maps and class instances as structuredClone does', () => {
      class Point {
        x = 1;
      }
      const value = { when: new Date(0), map: new Map([['k', 1]]), point: new Point() };
      const copy = copyStoredValue(value);
      // structuredClone builds them in Node's own realm, not jest's: compare by tag.
      expect(Object.prototype.toString.call(copy.when)).toBe('[object Date]');
      expect(Object.prototype.toString.call(copy.map)).toBe('[object Map]');
      expect(copy).toStrictEqual(structuredClone(value));
    });

    it('keeps a `__proto__` key an own property', () => {
      const value = JSON.parse('{"__proto__": {"polluted": true}}') as Record<string, unknown>;
      const copy = copyStoredValue(value);
      expect(Object.getPrototypeOf(Object.getPrototypeOf(copy))).toBeNull();
      expect(Object.prototype.hasOwnProperty.call(copy, '__proto__')).toBe(true);
      expect(copy['__proto__']).toEqual({ polluted: true });
    });

    it('keeps the holes of a sparse array', () => {
      const sparse = [1, , 3]; // eslint-disable-line no-sparse-arrays
      expect(1 in copyStoredValue(sparse)).toBe(false);
    });

    it('throws as structuredClone does for what cannot be cloned', () => {
      expect(() => copyStoredValue({ fn: () => 1 })).toThrow(/could not be cloned/);
      expect(() => copyStoredValue({ s: Symbol('x') })).toThrow(/could not be cloned/);
    });
  });
});
