import type { Readable } from 'node:stream';
import type { FileInfo } from '@jujuts/ops/pebble';

/** Owner fields Pebble accepts on push and make-dir. */
export interface Ownership {
  userId?: number;
  user?: string;
  groupId?: number;
  group?: string;
}

/** Options of {@link FileStore.write}, as `POST /v1/files` `write` takes them. */
export interface WriteFileOptions extends Ownership {
  makeDirs?: boolean;
  permissions?: number;
}

/** Options of {@link FileStore.makeDir}, as `POST /v1/files` `make-dirs` takes them. */
export interface MakeDirOptions extends Ownership {
  makeParents?: boolean;
  permissions?: number;
}

/** Options of {@link FileStore.list}, as `GET /v1/files?action=list` takes them. */
export interface ListOptions {
  pattern?: string;
  itself?: boolean;
}

/** One node of a file tree, as copied from one store into another. */
export interface FileEntry {
  /** Normalised absolute container path. */
  path: string;
  type: 'file' | 'directory' | 'symlink';
  /** The bytes of a file. */
  content?: Buffer;
  /** Where a symlink points, as written. */
  target?: string;
  permissions: number;
  owner: Ownership;
  mtime: Date;
}

/**
 * A container's filesystem as Pebble's file API sees it. Every call fails
 * with the PathError real Pebble gives for the same case, so a store can be
 * swapped for another without a test noticing.
 */
export interface FileStore {
  /** Writes a file from a Buffer or stream (`makeDirs` creates missing parents). */
  write(path: string, source: Buffer | Readable, opts?: WriteFileOptions): Promise<void>;
  /** Opens a regular file as a stream. */
  read(path: string): Promise<Readable>;
  /** Lists a directory's entries, or describes a file (or with `itself`, the directory). */
  list(path: string, opts?: ListOptions): Promise<FileInfo[]>;
  /** Creates a directory; without `makeParents`, an existing one or a missing parent is an error. */
  makeDir(path: string, opts?: MakeDirOptions): Promise<void>;
  /** Removes a file or empty directory, or anything with `recursive`. */
  remove(path: string, opts?: { recursive?: boolean }): Promise<void>;
  /** Writes a fixture file at once, creating its parents: for seeding a container from a test's state. */
  put(path: string, content: string | Buffer): void;
  /** Every regular file by container path, sorted. */
  regularFiles(): Map<string, Buffer>;
  /** Releases what the store holds (a temporary directory, memory). */
  dispose(): void;
}

/** The owner fields that were given, so defaults (root) apply to the rest. */
export function pickOwner(opts: Ownership): Ownership {
  const { userId, user, groupId, group } = opts;
  return Object.fromEntries(Object.entries({ userId, user, groupId, group }).filter(([, v]) => v !== undefined));
}
