import { createReadStream, createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { chmod, lstat, mkdir, readdir, rm, rmdir, stat, unlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join, posix } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { PathError } from '@jujuts/ops/pebble';
import type { FileInfo, FileType } from '@jujuts/ops/pebble';
import { globToRegExp, requireAbsolute, toPathError } from './file-errors';

/** Owner fields Pebble accepts on push and make-dir. */
export interface Ownership {
  userId?: number;
  user?: string;
  groupId?: number;
  group?: string;
}

/**
 * The container's filesystem for the in-memory Pebble: real files under a
 * temporary root, so streams, sizes and modes behave as on disk. Ownership
 * cannot be changed without root, so it is recorded beside the files.
 */
export class FileTree {
  private rootDir: string | undefined;
  private readonly owners = new Map<string, Ownership>();

  constructor(root?: string) {
    this.rootDir = root;
  }

  /** The host directory standing for the container's `/`, created on first use. */
  get root(): string {
    this.rootDir ??= mkdtempSync(join(tmpdir(), 'jujuts-pebble-'));
    return this.rootDir;
  }

  /** The host path of a container path, never outside the root. */
  hostPath(path: string): string {
    requireAbsolute(path);
    return join(this.root, posix.normalize(path));
  }

  /** Writes a file from a Buffer or stream, as `POST /v1/files` `write` does. */
  async write(path: string, source: Buffer | Readable, opts: Ownership & { makeDirs?: boolean; permissions?: number } = {}): Promise<void> {
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

  /** Opens a regular file as a stream; PathError when missing or not a file. */
  async read(path: string): Promise<Readable> {
    const host = this.hostPath(path);
    const info = await stat(host).catch((err: unknown) => {
      throw toPathError(err, 'stat', path);
    });
    if (!info.isFile()) throw new PathError('generic-file-error', `can only read a regular file: "${path}"`);
    return createReadStream(host);
  }

  /** Lists a directory's entries, or describes a file (or with `itself`, the directory). */
  async list(path: string, opts: { pattern?: string; itself?: boolean } = {}): Promise<FileInfo[]> {
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

  /** Creates a directory; without `makeParents`, an existing one or a missing parent is an error. */
  async makeDir(path: string, opts: Ownership & { makeParents?: boolean; permissions?: number } = {}): Promise<void> {
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

  /** Removes a file or empty directory, or anything with `recursive`. */
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

  /** Deletes the temporary root. */
  dispose(): void {
    if (this.rootDir !== undefined) rmSync(this.rootDir, { recursive: true, force: true });
    this.rootDir = undefined;
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

function pickOwner(opts: Ownership): Ownership {
  const { userId, user, groupId, group } = opts;
  return Object.fromEntries(Object.entries({ userId, user, groupId, group }).filter(([, v]) => v !== undefined));
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
