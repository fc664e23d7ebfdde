import { posix } from 'node:path';
import type { FileEntry } from './file-store';

/** Where a path leads in a memory tree: the real key (symlinks followed) and its node, if any. */
export type Resolved = { ok: true; key: string; node: FileEntry | undefined } | { ok: false; code: 'ENOENT' | 'ENOTDIR' | 'ELOOP' };

/** Linux gives up after 40 links in one lookup. */
const MAX_LINKS = 40;

/** The normalised form of an absolute container path, without a trailing slash. */
export function normalisePath(path: string): string {
  const normal = posix.normalize(path);
  return normal.length > 1 && normal.endsWith('/') ? normal.slice(0, -1) : normal;
}

/**
 * Walks a normalised path the way the kernel does: every directory on the
 * way must exist and be a directory (symlinks followed), and the last
 * component is followed only when `followLast` (stat rather than lstat).
 */
export function resolvePath(nodes: ReadonlyMap<string, FileEntry>, path: string, followLast: boolean): Resolved {
  let parts = path.split('/').filter((p) => p !== '');
  let current = '/';
  let links = 0;
  for (let i = 0; i < parts.length; i++) {
    const next = posix.join(current, parts[i] as string);
    const node = nodes.get(next);
    const last = i === parts.length - 1;
    if (node === undefined) return last ? { ok: true, key: next, node } : { ok: false, code: 'ENOENT' };
    if (node.type === 'symlink' && (!last || followLast)) {
      if (++links > MAX_LINKS) return { ok: false, code: 'ELOOP' };
      const target = posix.resolve(current, node.target ?? '');
      parts = [...target.split('/').filter((p) => p !== ''), ...parts.slice(i + 1)];
      current = '/';
      i = -1;
      continue;
    }
    if (!last && node.type !== 'directory') return { ok: false, code: 'ENOTDIR' };
    current = next;
  }
  return { ok: true, key: current, node: nodes.get(current) };
}
