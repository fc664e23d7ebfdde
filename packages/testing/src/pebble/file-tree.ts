import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import type { FileInfo } from '@jujuts/ops/pebble';
import { DiskFileStore } from './disk-file-store';
import type { FileStore, ListOptions, MakeDirOptions, WriteFileOptions } from './file-store';
import { MemoryFileStore } from './memory-file-store';

/** Options for a new {@link FileTree}. */
export interface FileTreeOptions {
  /** Keep the files under this host directory from the start (the simulator's, which outlive a hook). */
  root?: string;
  /** Clock for modification times in memory. */
  now?: () => Date;
}

/**
 * The container's filesystem for the in-memory Pebble. Files live in memory
 * (no disk I/O per push, which made Context runs slow) until someone asks
 * for a host path: then the tree is copied once into a temporary directory
 * and stays on disk, so the test can read and write real files there and
 * the charm sees them. Both modes raise the same PathErrors.
 */
export class FileTree implements FileStore {
  private store: MemoryFileStore | DiskFileStore;
  private readonly now: (() => Date) | undefined;

  constructor(options: FileTreeOptions = {}) {
    this.now = options.now;
    this.store = options.root === undefined ? new MemoryFileStore(options.now) : new DiskFileStore(options.root);
  }

  /** True once the files are real files under {@link root}. */
  get onDisk(): boolean {
    return this.store instanceof DiskFileStore;
  }

  /** The host directory standing for the container's `/`; the first call moves the files there. */
  get root(): string {
    return this.disk().root;
  }

  /** The host path of a container path, never outside the root (moves the files to disk, as {@link root}). */
  hostPath(path: string): string {
    return this.disk().hostPath(path);
  }

  write(path: string, source: Buffer | Readable, opts?: WriteFileOptions): Promise<void> {
    return this.store.write(path, source, opts);
  }

  read(path: string): Promise<Readable> {
    return this.store.read(path);
  }

  list(path: string, opts?: ListOptions): Promise<FileInfo[]> {
    return this.store.list(path, opts);
  }

  makeDir(path: string, opts?: MakeDirOptions): Promise<void> {
    return this.store.makeDir(path, opts);
  }

  remove(path: string, opts?: { recursive?: boolean }): Promise<void> {
    return this.store.remove(path, opts);
  }

  put(path: string, content: string | Buffer): void {
    this.store.put(path, content);
  }

  regularFiles(): Map<string, Buffer> {
    return this.store.regularFiles();
  }

  /** Forgets the files, and deletes the temporary directory if one was made. */
  dispose(): void {
    this.store.dispose();
    if (this.store instanceof DiskFileStore) this.store = new MemoryFileStore(this.now);
  }

  private disk(): DiskFileStore {
    if (this.store instanceof DiskFileStore) return this.store;
    const disk = new DiskFileStore(mkdtempSync(join(tmpdir(), 'jujuts-pebble-')), true);
    for (const entry of this.store.entries()) disk.restore(entry);
    this.store.dispose();
    this.store = disk;
    return disk;
  }
}
