import { MemoryFileStore } from '../../src/pebble/memory-file-store';
import { describeFileStoreContract } from './file-store-contract';

function clock(): () => Date {
  let t = Date.UTC(2026, 0, 1);
  return () => new Date((t += 1000));
}

describe('MemoryFileStore', () => {
  describeFileStoreContract(() => new MemoryFileStore(clock()));

  describe('with symlinks', () => {
    let store: MemoryFileStore;
    beforeEach(async () => {
      store = new MemoryFileStore(clock());
      await store.write('/srv/data/file', Buffer.from('x'), { makeDirs: true });
      store.symlink('/current', '/srv/data');
      store.symlink('/srv/rel', 'data/file');
    });

    it('follows them to read and through them to list', async () => {
      expect(String((await store.read('/srv/rel')).read())).toBe('x');
      expect((await store.list('/current')).map((f) => f.type)).toEqual(['symlink']);
      expect((await store.list('/current/')).map((f) => f.type)).toEqual(['symlink']);
      expect((await store.list('/current/file')).map((f) => f.path)).toEqual(['/current/file']);
    });

    it('describes a link itself with 0777 and no size', async () => {
      const [link] = await store.list('/srv/rel');
      expect(link).toMatchObject({ type: 'symlink', permissions: 0o777 });
      expect(link).not.toHaveProperty('size');
    });

    it('removes the link, not what it points to', async () => {
      await store.remove('/current', { recursive: true });
      expect([...store.regularFiles().keys()]).toEqual(['/srv/data/file']);
    });

    it('refuses a loop as too many levels of links', async () => {
      store.symlink('/a', '/b');
      store.symlink('/b', '/a');
      await expect(store.read('/a')).rejects.toThrow('stat /a: too many levels of symbolic links');
    });

    it('refuses a link where something already is', () => {
      expect(() => store.symlink('/current', '/x')).toThrow('symlink /current: file exists');
    });
  });

  describe('modification times', () => {
    it('come from the clock given, and a new child touches its directory', async () => {
      const store = new MemoryFileStore(clock());
      await store.makeDir('/d');
      const before = (await store.list('/d', { itself: true }))[0]?.lastModified.getTime() ?? 0;
      await store.write('/d/f', Buffer.from('x'));
      const [file] = await store.list('/d/f');
      expect(file?.lastModified.getTime()).toBeGreaterThan(before);
      expect((await store.list('/d', { itself: true }))[0]?.lastModified).toEqual(file?.lastModified);
    });
  });

  describe('read', () => {
    it('hands out a large file in slices rather than one buffer', async () => {
      const store = new MemoryFileStore();
      await store.write('/big', Buffer.alloc(200 * 1024, 7));
      const sizes: number[] = [];
      for await (const chunk of await store.read('/big')) sizes.push((chunk as Buffer).length);
      expect(sizes).toEqual([65536, 65536, 65536, 8192]);
    });

    it('keeps what was written even if the caller changes its buffer afterwards', async () => {
      const store = new MemoryFileStore();
      const source = Buffer.from('abc');
      await store.write('/f', source);
      source.write('zzz');
      expect(store.regularFiles().get('/f')?.toString()).toBe('abc');
    });
  });
});
