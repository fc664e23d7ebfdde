import type { FileEntry } from '../../src/pebble/file-store';
import { normalisePath, resolvePath } from '../../src/pebble/memory-path';

function node(path: string, type: FileEntry['type'], target?: string): [string, FileEntry] {
  return [path, { path, type, target, permissions: 0o755, owner: {}, mtime: new Date(0) }];
}

function tree(): Map<string, FileEntry> {
  return new Map([node('/', 'directory'), node('/d', 'directory'), node('/d/f', 'file'), node('/l', 'symlink', 'd'), node('/abs', 'symlink', '/d/f')]);
}

describe('memory-path', () => {
  describe('normalisePath', () => {
    it('drops dot segments and a trailing slash, but keeps the root', () => {
      expect(normalisePath('/a/./b/../c/')).toBe('/a/c');
      expect(normalisePath('/../..')).toBe('/');
    });
  });

  describe('resolvePath', () => {
    it('finds a missing leaf under an existing directory', () => {
      expect(resolvePath(tree(), '/d/new', true)).toEqual({ ok: true, key: '/d/new', node: undefined });
    });

    it('says ENOENT for a missing directory on the way and ENOTDIR for a file on the way', () => {
      expect(resolvePath(tree(), '/x/y', true)).toEqual({ ok: false, code: 'ENOENT' });
      expect(resolvePath(tree(), '/d/f/y', true)).toEqual({ ok: false, code: 'ENOTDIR' });
    });

    it('follows relative and absolute links on the way, and the last one only when asked', () => {
      expect(resolvePath(tree(), '/l/f', false)).toMatchObject({ ok: true, key: '/d/f' });
      expect(resolvePath(tree(), '/abs', true)).toMatchObject({ ok: true, key: '/d/f' });
      expect(resolvePath(tree(), '/abs', false)).toMatchObject({ ok: true, key: '/abs' });
    });
  });
});
