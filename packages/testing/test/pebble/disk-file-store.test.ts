import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DiskFileStore } from '../../src/pebble/disk-file-store';
import { describeFileStoreContract } from './file-store-contract';

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'jujuts-disk-store-'));
}

describe('DiskFileStore', () => {
  describeFileStoreContract(() => new DiskFileStore(tempDir(), true));

  describe('hostPath', () => {
    it('keeps paths inside its root', () => {
      const store = new DiskFileStore(tempDir(), true);
      expect(store.hostPath('/../../etc/passwd')).toBe(join(store.root, 'etc/passwd'));
      store.dispose();
    });
  });

  describe('restore', () => {
    it('writes a copied node with its mode, mtime and owner', async () => {
      const store = new DiskFileStore(tempDir(), true);
      const mtime = new Date(Date.UTC(2026, 0, 2));
      store.restore({ path: '/etc', type: 'directory', permissions: 0o750, owner: {}, mtime });
      store.restore({ path: '/etc/app.conf', type: 'file', content: Buffer.from('port: 80'), permissions: 0o600, owner: { user: 'app', userId: 1000 }, mtime });
      store.restore({ path: '/conf', type: 'symlink', target: 'etc/app.conf', permissions: 0o777, owner: {}, mtime });
      expect(readFileSync(join(store.root, 'conf'), 'utf8')).toBe('port: 80');
      expect(statSync(join(store.root, 'etc')).mode & 0o777).toBe(0o750);
      expect((await store.list('/etc/app.conf'))[0]).toMatchObject({ permissions: 0o600, user: 'app', userId: 1000, lastModified: mtime });
      expect((await store.list('/conf'))[0]?.type).toBe('symlink');
      store.dispose();
    });
  });

  describe('dispose', () => {
    it('deletes a directory it owns', () => {
      const store = new DiskFileStore(tempDir(), true);
      store.dispose();
      expect(existsSync(store.root)).toBe(false);
    });

    it('leaves a directory it was given', () => {
      const dir = tempDir();
      const store = new DiskFileStore(dir);
      store.put('/kept', 'x');
      store.dispose();
      expect(readFileSync(join(dir, 'kept'), 'utf8')).toBe('x');
      rmSync(dir, { recursive: true, force: true });
    });
  });
});
