import { Readable } from 'node:stream';
import { PathError } from '@jujuts/ops/pebble';
import type { FileStore } from '../../src/pebble/file-store';

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks);
}

/** `size` bytes of a repeating pattern, so a misplaced chunk shows. */
export function patterned(size: number): Buffer {
  const out = Buffer.alloc(size);
  for (let i = 0; i < size; i++) out[i] = (i * 31 + (i >> 8)) & 0xff;
  return out;
}

/** Expects `work` to fail with a PathError of `kind` whose message contains `message`. */
async function expectPathError(work: Promise<unknown>, kind: string, message: string): Promise<void> {
  const err = await work.then(() => undefined, (e: unknown) => e);
  expect(err).toBeInstanceOf(PathError);
  expect(err).toMatchObject({ kind });
  expect((err as Error).message).toContain(message);
}

/**
 * The behaviour every FileStore shows, the PathErrors real Pebble gives
 * included, run against the memory and the disk store so a test cannot
 * tell which one holds its files.
 */
export function describeFileStoreContract(make: () => FileStore): void {
  let store: FileStore;
  beforeEach(() => {
    store = make();
  });
  afterEach(() => store.dispose());

  describe('write and read', () => {
    it('gives back the bytes written, from a Buffer or a stream in pieces', async () => {
      const big = patterned(300_000);
      await store.write('/small', Buffer.from('hello'));
      await store.write('/big', Readable.from([big.subarray(0, 1000), big.subarray(1000)]));
      expect((await readAll(await store.read('/small'))).toString()).toBe('hello');
      expect((await readAll(await store.read('/big'))).equals(big)).toBe(true);
    });

    it('normalises the path', async () => {
      await store.write('/a/../b', Buffer.from('x'));
      expect((await readAll(await store.read('/b'))).toString()).toBe('x');
    });

    it('refuses a relative path', async () => {
      await expectPathError(store.write('etc/x', Buffer.from('x')), 'generic-file-error', 'paths must be absolute, got "etc/x"');
    });

    it('refuses a missing parent as not-found unless makeDirs', async () => {
      await expectPathError(store.write('/no/such', Buffer.from('x')), 'not-found', 'open /no/such: no such file or directory');
      await store.write('/no/such', Buffer.from('x'), { makeDirs: true });
      expect(await store.list('/no', { itself: true })).toEqual([expect.objectContaining({ type: 'directory', permissions: 0o755 })]);
    });

    it('refuses a parent that is a file', async () => {
      await store.write('/f', Buffer.from('x'));
      await expectPathError(store.write('/f/x', Buffer.from('x')), 'generic-file-error', 'open /f/x: not a directory');
    });

    it('refuses to write over a directory', async () => {
      await store.makeDir('/d');
      await expectPathError(store.write('/d', Buffer.from('x')), 'generic-file-error', 'open /d: is a directory');
    });

    it('replaces content, permissions and owner on overwrite', async () => {
      await store.write('/f', Buffer.from('long content'), { permissions: 0o600, user: 'app', userId: 1000 });
      await store.write('/f', Buffer.from('short'));
      expect((await store.list('/f'))[0]).toMatchObject({ size: 5, permissions: 0o644, user: 'root', userId: 0 });
    });

    it('refuses to read a missing file or a directory', async () => {
      await store.makeDir('/d');
      await expectPathError(store.read('/missing'), 'not-found', 'stat /missing: no such file or directory');
      await expectPathError(store.read('/d'), 'generic-file-error', 'can only read a regular file: "/d"');
    });
  });

  describe('list', () => {
    beforeEach(async () => {
      await store.makeDir('/d');
      await store.write('/d/b.txt', Buffer.from('bb'));
      await store.write('/d/a.conf', Buffer.from('a'), { permissions: 0o600, user: 'app', userId: 1000, group: 'web', groupId: 2000 });
      await store.makeDir('/d/sub', { permissions: 0o700 });
    });

    it('lists a directory sorted by name, with sizes for files only', async () => {
      const infos = await store.list('/d');
      expect(infos.map((f) => [f.path, f.name, f.type, f.size])).toEqual([
        ['/d/a.conf', 'a.conf', 'file', 1],
        ['/d/b.txt', 'b.txt', 'file', 2],
        ['/d/sub', 'sub', 'directory', undefined],
      ]);
      expect(infos[0]).toMatchObject({ permissions: 0o600, user: 'app', userId: 1000, group: 'web', groupId: 2000 });
      expect(infos[1]).toMatchObject({ permissions: 0o644, user: 'root', userId: 0, group: 'root', groupId: 0 });
      expect(Number.isNaN(infos[1]?.lastModified.getTime() ?? Number.NaN)).toBe(false);
    });

    it('filters names with a pattern', async () => {
      expect((await store.list('/d', { pattern: '*.conf' })).map((f) => f.path)).toEqual(['/d/a.conf']);
      expect((await store.list('/d', { pattern: '[ab].*' })).map((f) => f.name)).toEqual(['a.conf', 'b.txt']);
      expect(await store.list('/d/b.txt', { pattern: '*.conf' })).toEqual([]);
    });

    it('refuses a malformed pattern', async () => {
      await expectPathError(store.list('/d', { pattern: '[ab' }), 'generic-file-error', 'syntax error in pattern "[ab"');
    });

    it('describes a file, or a directory itself', async () => {
      expect((await store.list('/d/b.txt')).map((f) => f.path)).toEqual(['/d/b.txt']);
      expect(await store.list('/d/sub', { itself: true })).toEqual([expect.objectContaining({ path: '/d/sub', type: 'directory', permissions: 0o700 })]);
      expect(await store.list('/', { itself: true })).toEqual([expect.objectContaining({ path: '/', name: '/', type: 'directory' })]);
    });

    it('lists an empty directory as empty', async () => {
      expect(await store.list('/d/sub')).toEqual([]);
    });

    it('refuses a missing path as not-found', async () => {
      await expectPathError(store.list('/nope'), 'not-found', 'stat /nope: no such file or directory');
    });
  });

  describe('makeDir', () => {
    it('creates a directory with the permissions and owner given', async () => {
      await store.makeDir('/d', { permissions: 0o750, user: 'app', userId: 1000 });
      expect((await store.list('/d', { itself: true }))[0]).toMatchObject({ permissions: 0o750, user: 'app', userId: 1000, group: 'root' });
    });

    it('refuses an existing path without makeParents', async () => {
      await store.makeDir('/d');
      await store.write('/f', Buffer.from('x'));
      await expectPathError(store.makeDir('/d'), 'generic-file-error', 'mkdir /d: file exists');
      await expectPathError(store.makeDir('/f'), 'generic-file-error', 'mkdir /f: file exists');
    });

    it('refuses a missing parent as not-found without makeParents', async () => {
      await expectPathError(store.makeDir('/a/b'), 'not-found', 'mkdir /a/b: no such file or directory');
    });

    it('creates every missing parent with makeParents, the leaf with the options given', async () => {
      await store.makeDir('/a/b/c', { makeParents: true, permissions: 0o700 });
      expect((await store.list('/a', { itself: true }))[0]).toMatchObject({ permissions: 0o755, user: 'root' });
      expect((await store.list('/a/b')).map((f) => [f.name, f.permissions])).toEqual([['c', 0o700]]);
    });

    it('leaves an existing directory as it was with makeParents', async () => {
      await store.makeDir('/d', { permissions: 0o700 });
      await store.makeDir('/d', { makeParents: true, permissions: 0o777 });
      expect((await store.list('/d', { itself: true }))[0]?.permissions).toBe(0o700);
    });

    it('refuses a file in the way with makeParents as not a directory', async () => {
      await store.write('/f', Buffer.from('x'));
      await expectPathError(store.makeDir('/f', { makeParents: true }), 'generic-file-error', 'mkdir /f: not a directory');
      await expectPathError(store.makeDir('/f/g', { makeParents: true }), 'generic-file-error', 'mkdir /f/g: not a directory');
    });
  });

  describe('remove', () => {
    beforeEach(async () => {
      await store.write('/d/e/f', Buffer.from('x'), { makeDirs: true });
    });

    it('removes a file', async () => {
      await store.remove('/d/e/f');
      expect(await store.list('/d/e')).toEqual([]);
    });

    it('refuses a non-empty directory unless recursive', async () => {
      await expectPathError(store.remove('/d'), 'generic-file-error', 'remove /d: directory not empty');
      await store.remove('/d', { recursive: true });
      await expectPathError(store.list('/d'), 'not-found', 'stat /d: no such file or directory');
    });

    it('refuses a missing path unless recursive', async () => {
      await expectPathError(store.remove('/nope'), 'not-found', 'remove /nope: no such file or directory');
      await expect(store.remove('/nope', { recursive: true })).resolves.toBeUndefined();
    });

    it('refuses to remove the root', async () => {
      await expectPathError(store.remove('/', { recursive: true }), 'generic-file-error', 'remove /: cannot remove the root directory');
    });

    it('forgets the owner of what it removed', async () => {
      await store.write('/o', Buffer.from('x'), { user: 'app', userId: 1000 });
      await store.remove('/o');
      await store.write('/o', Buffer.from('x'));
      expect((await store.list('/o'))[0]).toMatchObject({ user: 'root', userId: 0 });
    });
  });

  describe('put and regularFiles', () => {
    it('seeds files with their parents and gives back every regular file, sorted', async () => {
      store.put('/etc/b.conf', 'b');
      store.put('/etc/a/deep.conf', Buffer.from('deep'));
      await store.makeDir('/empty');
      expect([...store.regularFiles()].map(([p, c]) => [p, c.toString()])).toEqual([
        ['/etc/a/deep.conf', 'deep'],
        ['/etc/b.conf', 'b'],
      ]);
      expect((await store.list('/etc/b.conf'))[0]).toMatchObject({ permissions: 0o644, size: 1 });
    });
  });
}
