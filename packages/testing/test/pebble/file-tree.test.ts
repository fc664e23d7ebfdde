import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FileTree } from '../../src/pebble';
import { describeFileStoreContract } from './file-store-contract';

/** A tree with a config file and a private directory, still in memory. */
async function seededTree(): Promise<FileTree> {
  const tree = new FileTree({ now: () => new Date(Date.UTC(2026, 0, 1)) });
  await tree.write('/etc/app/app.conf', Buffer.from('port: 80'), { makeDirs: true, permissions: 0o640, user: 'app', userId: 1000 });
  await tree.makeDir('/var/lib/app', { makeParents: true, permissions: 0o700 });
  return tree;
}

describe('FileTree', () => {
  describe('once moved to disk', () => {
    describeFileStoreContract(() => {
      const tree = new FileTree();
      expect(tree.root).toBeTruthy();
      return tree;
    });
  });

  describe('by default', () => {
    it('keeps files in memory', async () => {
      const tree = await seededTree();
      expect(tree.onDisk).toBe(false);
      expect(tree.regularFiles().get('/etc/app/app.conf')?.toString()).toBe('port: 80');
      tree.dispose();
    });
  });

  describe('when a host path is asked for', () => {
    let tree: FileTree;
    beforeEach(async () => {
      tree = await seededTree();
    });
    afterEach(() => tree.dispose());

    it('copies the files to a temporary directory with their modes and times', () => {
      const root = tree.root;
      expect(tree.onDisk).toBe(true);
      expect(readFileSync(join(root, 'etc/app/app.conf'), 'utf8')).toBe('port: 80');
      expect(statSync(join(root, 'etc/app/app.conf')).mode & 0o777).toBe(0o640);
      expect(statSync(join(root, 'var/lib/app')).mode & 0o777).toBe(0o700);
      expect(statSync(join(root, 'etc/app/app.conf')).mtime.getTime()).toBe(Date.UTC(2026, 0, 1));
    });

    it('keeps the owners Pebble reports', async () => {
      expect(tree.hostPath('/etc')).toBe(join(tree.root, 'etc'));
      expect((await tree.list('/etc/app/app.conf'))[0]).toMatchObject({ user: 'app', userId: 1000, group: 'root' });
    });

    it('stays on disk: later writes land there, and files the test writes there are seen', async () => {
      const root = tree.root;
      await tree.write('/etc/app/new.conf', Buffer.from('new'));
      writeFileSync(join(root, 'etc/hostname'), 'web-0');
      expect(readFileSync(join(root, 'etc/app/new.conf'), 'utf8')).toBe('new');
      expect((await tree.list('/etc')).map((f) => f.name)).toEqual(['app', 'hostname']);
      expect(tree.root).toBe(root);
    });

    it('deletes the temporary directory on dispose', () => {
      const root = tree.root;
      tree.dispose();
      expect(existsSync(root)).toBe(false);
    });
  });

  describe('with a root given', () => {
    it('is on disk from the start, and leaves the directory on dispose', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'jujuts-tree-'));
      const tree = new FileTree({ root: dir });
      expect(tree.onDisk).toBe(true);
      await tree.write('/kept', Buffer.from('x'));
      tree.dispose();
      expect(readFileSync(join(dir, 'kept'), 'utf8')).toBe('x');
      rmSync(dir, { recursive: true, force: true });
    });
  });
});
