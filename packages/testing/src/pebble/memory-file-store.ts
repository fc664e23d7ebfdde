import { posix } from 'node:path';
import { Readable } from 'node:stream';
import { PathError } from '@jujuts/ops/pebble';
import type { FileInfo } from '@jujuts/ops/pebble';
import { pickOwner, type FileEntry, type FileStore, type ListOptions, type MakeDirOptions, type WriteFileOptions } from './file-store';
import { globToRegExp, pathErrorOf, requireAbsolute, toPathError } from './file-errors';
import { normalisePath, resolvePath } from './memory-path';

/** Reads hand content out in slices this size, as a file stream would. */
const CHUNK = 64 * 1024;

/**
 * A container filesystem held in a Map (path → node), so a test that
 * pushes a file costs no disk I/O. Errors match the disk store's, which are
 * Pebble's. A file's whole content is held in memory (a 64 MiB push holds
 * 64 MiB): pulls are sliced, but only the disk store is memory-flat.
 */
export class MemoryFileStore implements FileStore {
  private readonly nodes = new Map<string, FileEntry>();

  constructor(private readonly now: () => Date = () => new Date()) {
    // Pebble's root is an ordinary root-owned 0755 directory.
    this.nodes.set('/', { path: '/', type: 'directory', permissions: 0o755, owner: {}, mtime: now() });
  }

  async write(path: string, source: Buffer | Readable, opts: WriteFileOptions = {}): Promise<void> {
    requireAbsolute(path);
    if (opts.makeDirs) await this.makeDir(posix.dirname(normalisePath(path)), { makeParents: true });
    const key = this.writableKey(path);
    let content: Buffer;
    try {
      content = Buffer.isBuffer(source) ? Buffer.from(source) : await collect(source);
    } catch (err) {
      throw toPathError(err, 'open', path);
    }
    this.add({ path: key, type: 'file', content, permissions: opts.permissions ?? 0o644, owner: pickOwner(opts), mtime: this.now() });
  }

  async read(path: string): Promise<Readable> {
    requireAbsolute(path);
    const found = resolvePath(this.nodes, normalisePath(path), true);
    if (!found.ok) throw pathErrorOf(found.code, 'stat', path);
    if (found.node === undefined) throw pathErrorOf('ENOENT', 'stat', path);
    if (found.node.type !== 'file') throw new PathError('generic-file-error', `can only read a regular file: "${path}"`);
    return Readable.from(slices(found.node.content ?? Buffer.alloc(0)), { objectMode: false });
  }

  async list(path: string, opts: ListOptions = {}): Promise<FileInfo[]> {
    requireAbsolute(path);
    const normal = normalisePath(path);
    const found = resolvePath(this.nodes, normal, false);
    if (!found.ok) throw pathErrorOf(found.code, 'stat', path);
    if (found.node === undefined) throw pathErrorOf('ENOENT', 'stat', path);
    const match = opts.pattern ? globToRegExp(opts.pattern) : undefined;
    if (found.node.type !== 'directory' || opts.itself) {
      return match && !match.test(posix.basename(path)) ? [] : [describe(normal, found.node)];
    }
    return this.children(found.key)
      .filter((node) => match === undefined || match.test(posix.basename(node.path)))
      .map((node) => describe(posix.join(normal, posix.basename(node.path)), node));
  }

  async makeDir(path: string, opts: MakeDirOptions = {}): Promise<void> {
    requireAbsolute(path);
    const normal = normalisePath(path);
    const found = resolvePath(this.nodes, normal, false);
    if (found.ok && found.node !== undefined) {
      if (found.node.type !== 'directory') throw pathErrorOf(opts.makeParents ? 'ENOTDIR' : 'EEXIST', 'mkdir', path);
      if (opts.makeParents) return;
      throw pathErrorOf('EEXIST', 'mkdir', path);
    }
    if (!found.ok && !(found.code === 'ENOENT' && opts.makeParents)) throw pathErrorOf(found.code, 'mkdir', path);
    const key = found.ok ? found.key : this.makeParents(posix.dirname(normal), path);
    const leaf = found.ok ? key : posix.join(key, posix.basename(normal));
    this.add({ path: leaf, type: 'directory', permissions: opts.permissions ?? 0o755, owner: pickOwner(opts), mtime: this.now() });
  }

  async remove(path: string, opts: { recursive?: boolean } = {}): Promise<void> {
    requireAbsolute(path);
    const normal = normalisePath(path);
    if (normal === '/') throw new PathError('generic-file-error', 'remove /: cannot remove the root directory');
    const found = resolvePath(this.nodes, normal, false);
    const code = !found.ok ? found.code : found.node === undefined ? 'ENOENT' : undefined;
    // Pebble removes recursively with Go's RemoveAll, which accepts a missing path.
    if (code === 'ENOENT' && opts.recursive) return;
    if (code !== undefined || !found.ok) throw pathErrorOf(code ?? 'ENOENT', 'remove', path);
    if (!opts.recursive && this.children(found.key).length > 0) throw pathErrorOf('ENOTEMPTY', 'remove', path);
    for (const key of [...this.nodes.keys()]) if (key === found.key || key.startsWith(`${found.key}/`)) this.nodes.delete(key);
    this.touchParent(found.key, this.now());
  }

  put(path: string, content: string | Buffer): void {
    requireAbsolute(path);
    const normal = normalisePath(path);
    const dir = this.makeParents(posix.dirname(normal), path);
    const key = this.writableKey(posix.join(dir, posix.basename(normal)));
    this.add({ path: key, type: 'file', content: Buffer.from(content), permissions: 0o644, owner: {}, mtime: this.now() });
  }

  /** Adds a symlink at `path` pointing to `target`; Pebble's API cannot make one, but a container may hold them. */
  symlink(path: string, target: string): void {
    requireAbsolute(path);
    const found = resolvePath(this.nodes, normalisePath(path), false);
    if (!found.ok) throw pathErrorOf(found.code, 'symlink', path);
    if (found.node !== undefined) throw pathErrorOf('EEXIST', 'symlink', path);
    this.add({ path: found.key, type: 'symlink', target, permissions: 0o777, owner: {}, mtime: this.now() });
  }

  regularFiles(): Map<string, Buffer> {
    const out = new Map<string, Buffer>();
    for (const node of this.entries()) if (node.type === 'file') out.set(node.path, node.content ?? Buffer.alloc(0));
    return out;
  }

  /** Every node, parents before children, for copying the tree elsewhere. */
  entries(): FileEntry[] {
    return [...this.nodes.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  }

  dispose(): void {
    this.nodes.clear();
  }

  /** The key a file write lands on (a symlink followed); refuses a directory or a broken parent chain. */
  private writableKey(path: string): string {
    const found = resolvePath(this.nodes, normalisePath(path), true);
    if (!found.ok) throw pathErrorOf(found.code, 'open', path);
    if (found.node?.type === 'directory') throw new PathError('generic-file-error', `open ${path}: is a directory`);
    return found.key;
  }

  /** Creates every missing directory of `dir` (0755, root-owned), as mkdir -p does; returns its real key. */
  private makeParents(dir: string, asked: string): string {
    let key = '/';
    for (const part of dir.split('/').filter((p) => p !== '')) {
      const found = resolvePath(this.nodes, posix.join(key, part), true);
      if (!found.ok) throw pathErrorOf(found.code, 'mkdir', asked);
      if (found.node === undefined) this.add({ path: found.key, type: 'directory', permissions: 0o755, owner: {}, mtime: this.now() });
      else if (found.node.type !== 'directory') throw pathErrorOf('ENOTDIR', 'mkdir', asked);
      key = found.key;
    }
    return key;
  }

  private children(dir: string): FileEntry[] {
    const prefix = dir === '/' ? '/' : `${dir}/`;
    const out: FileEntry[] = [];
    for (const [key, node] of this.nodes) if (key !== '/' && key.startsWith(prefix) && !key.includes('/', prefix.length)) out.push(node);
    return out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  }

  private add(node: FileEntry): void {
    this.nodes.set(node.path, node);
    this.touchParent(node.path, node.mtime);
  }

  private touchParent(key: string, when: Date): void {
    const parent = this.nodes.get(posix.dirname(key));
    if (parent !== undefined) parent.mtime = when;
  }
}

function describe(path: string, node: FileEntry): FileInfo {
  return {
    path,
    name: path === '/' ? '/' : posix.basename(path),
    type: node.type,
    ...(node.type === 'file' ? { size: node.content?.length ?? 0 } : {}),
    permissions: node.permissions,
    lastModified: node.mtime,
    userId: node.owner.userId ?? 0,
    user: node.owner.user ?? 'root',
    groupId: node.owner.groupId ?? 0,
    group: node.owner.group ?? 'root',
  };
}

async function collect(source: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of source) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string));
  return Buffer.concat(chunks);
}

function* slices(content: Buffer): Generator<Buffer> {
  for (let at = 0; at < content.length; at += CHUNK) yield content.subarray(at, at + CHUNK);
}
