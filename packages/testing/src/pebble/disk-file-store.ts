import { chmodSync, createReadStream, createWriteStream, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { chmod, lstat, mkdir, readdir, rm, rmdir, stat, unlink } from 'node:fs/promises';
import { basename, join, posix } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { PathError } from '@jujuts/ops/pebble';
import type { FileInfo, FileType } from '@jujuts/ops/pebble';
import { pickOwner, type FileEntry, type FileStore, type ListOptions, type MakeDirOptions, type Ownership, type WriteFileOptions } from './file-store';
import { globToRegExp, requireAbsolute, toPathError } from './file-errors';

/**
 * A container filesystem as real files under a host directory, for tests
 * that need a path to look at (`Harness.getFilesystemRoot`) and for the
 * simulator, whose files outlive each hook. Streams go straight to and
 * from disk, so a large push or pull stays memory-flat. Ownership cannot
 * be changed without root, so it is recorded beside the files.
 */
export class DiskFileStore implements FileStore {
  private readonly owners = new Map<string, Ownership>();

  /** `owned`: the directory is the store's to delete on dispose (a temporary one). */
  constructor(
    readonly root: string,
    private readonly owned = false,
  ) {
    mkdirSync(root, { recursive: true });
  }

  /** The host path of a container path, never outside the root. */
  hostPath(path: string): string {
    requireAbsolute(path);
    return join(this.root, posix.normalize(path));
  }

  async write(path: string, source: Buffer | Readable, opts: WriteFileOptions = {}): Promise<void> {
    const host = this.hostPath(path);
    if (opts.makeDirs) await this.makeDir(posix.dirname(posix.normalize(path)), { makeParents: true });
    const existing = await lstat(host).catch(() => undefined);
    if (existing?.isDirectory()) throw new PathError('generic-file-error', `open ${path}: is a directory`);
    try {
      await pipeline(Buffer.isBuffer(source) ? Readable.from([source]) : source, createWriteStream(host));
      await chmod(host, opts.permissions ?? 0o644);
    } catch (err) {
      throw toPathError(err, 'open', path);
    }
    this.owners.set(posix.normalize(path), pickOwner(opts));
  }

  async read(path: string): Promise<Readable> {
    const host = this.hostPath(path);
    const info = await stat(host).catch((err: unknown) => {
      throw toPathError(err, 'stat', path);
    });
    if (!info.isFile()) throw new PathError('generic-file-error', `can only read a regular file: "${path}"`);
    return createReadStream(host);
  }

  async list(path: string, opts: ListOptions = {}): Promise<FileInfo[]> {
    const host = this.hostPath(path);
    const info = await lstat(host).catch((err: unknown) => {
      throw toPathError(err, 'stat', path);
    });
    const match = opts.pattern ? globToRegExp(opts.pattern) : undefined;
    if (!info.isDirectory() || opts.itself) {
      return match && !match.test(basename(path)) ? [] : [await this.describe(posix.normalize(path))];
    }
    const names = (await readdir(host)).sort().filter((n) => match === undefined || match.test(n));
    return Promise.all(names.map((n) => this.describe(posix.join(posix.normalize(path), n))));
  }

  async makeDir(path: string, opts: MakeDirOptions = {}): Promise<void> {
    const host = this.hostPath(path);
    const normal = posix.normalize(path);
    try {
      const existed = await lstat(host).then((s) => s, () => undefined);
      if (existed !== undefined && !existed.isDirectory()) throw Object.assign(new Error('exists'), { code: opts.makeParents ? 'ENOTDIR' : 'EEXIST' });
      await mkdir(host, { recursive: opts.makeParents ?? false });
      if (existed !== undefined) return;
      await chmod(host, opts.permissions ?? 0o755);
    } catch (err) {
      throw toPathError(err, 'mkdir', path);
    }
    this.owners.set(normal, pickOwner(opts));
  }

  async remove(path: string, opts: { recursive?: boolean } = {}): Promise<void> {
    const host = this.hostPath(path);
    if (posix.normalize(path) === '/') throw new PathError('generic-file-error', 'remove /: cannot remove the root directory');
    try {
      const info = await lstat(host);
      if (opts.recursive) await rm(host, { recursive: true, force: true });
      else if (info.isDirectory()) await rmdir(host);
      else await unlink(host);
    } catch (err) {
      // Pebble removes recursively with Go's RemoveAll, which accepts a missing path.
      if (opts.recursive && (err as NodeJS.ErrnoException).code === 'ENOENT') return;
      throw toPathError(err, 'remove', path);
    }
    const normal = posix.normalize(path);
    for (const key of this.owners.keys()) if (key === normal || key.startsWith(`${normal}/`)) this.owners.delete(key);
  }

  put(path: string, content: string | Buffer): void {
    const host = this.hostPath(path);
    mkdirSync(posix.dirname(host), { recursive: true });
    writeFileSync(host, content);
  }

  /** Writes one node copied from another store, parents first, keeping its mode, owner and mtime. */
  restore(entry: FileEntry): void {
    const host = this.hostPath(entry.path);
    if (entry.type === 'symlink') symlinkSync(entry.target ?? '', host);
    else {
      if (entry.type === 'directory') mkdirSync(host, { recursive: true });
      else writeFileSync(host, entry.content ?? Buffer.alloc(0));
      chmodSync(host, entry.permissions);
      utimesSync(host, entry.mtime, entry.mtime);
    }
    if (Object.keys(entry.owner).length > 0) this.owners.set(entry.path, { ...entry.owner });
  }

  regularFiles(): Map<string, Buffer> {
    const out = new Map<string, Buffer>();
    const walk = (dir: string, path: string): void => {
      for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
        const child = posix.join(path, entry.name);
        if (entry.isDirectory()) walk(join(dir, entry.name), child);
        else if (entry.isFile()) out.set(child, readFileSync(join(dir, entry.name)));
      }
    };
    walk(this.root, '/');
    return out;
  }

  /** Deletes the directory if it is a temporary one the store made; a given directory is left alone. */
  dispose(): void {
    if (this.owned) rmSync(this.root, { recursive: true, force: true });
  }

  private async describe(path: string): Promise<FileInfo> {
    const info = await lstat(this.hostPath(path));
    const owner = this.owners.get(path) ?? {};
    const type = fileType(info);
    return {
      path,
      name: path === '/' ? '/' : posix.basename(path),
      type,
      ...(type === 'file' ? { size: info.size } : {}),
      permissions: info.mode & 0o777,
      lastModified: info.mtime,
      userId: owner.userId ?? 0,
      user: owner.user ?? 'root',
      groupId: owner.groupId ?? 0,
      group: owner.group ?? 'root',
    };
  }
}

function fileType(info: { isFile(): boolean; isDirectory(): boolean; isSymbolicLink(): boolean; isSocket(): boolean; isFIFO(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean }): FileType {
  if (info.isFile()) return 'file';
  if (info.isDirectory()) return 'directory';
  if (info.isSymbolicLink()) return 'symlink';
  if (info.isSocket()) return 'socket';
  if (info.isFIFO()) return 'named-pipe';
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'device';
  return 'unknown';
}
