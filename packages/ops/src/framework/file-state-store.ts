import { closeSync, fsyncSync, openSync, readFileSync, renameSync, writeSync, unlinkSync } from 'node:fs';
import { dirname, basename, join } from 'node:path';
import { EMPTY_STATE, type PersistedState, type UnitStateStore } from './state-store';

/**
 * Keeps state in one JSON file in the charm directory. Writes are atomic
 * (temp file, fsync, rename, fsync of the directory; mode 0600) so a hook
 * killed at any point leaves the old file or the new one, never a torn one.
 */
export class FileStateStore implements UnitStateStore {
  constructor(
    /** The state file, for example `<charm-dir>/.jujuts-state.json`. */
    readonly path: string,
  ) {}

  load(): PersistedState {
    let text: string;
    try {
      text = readFileSync(this.path, 'utf8');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return EMPTY_STATE;
      throw e;
    }
    try {
      const parsed = JSON.parse(text) as Partial<PersistedState>;
      return { stored: parsed.stored ?? {}, deferred: parsed.deferred ?? [] };
    } catch (e) {
      throw new Error(
        `jujuts: state file ${this.path} is not valid JSON (${(e as Error).message}); it holds stored state and deferred events: restore it from a backup or remove it to start afresh`,
      );
    }
  }

  save(state: PersistedState): void {
    const tmp = join(dirname(this.path), `.${basename(this.path)}.${process.pid}.tmp`);
    const fd = openSync(tmp, 'w', 0o600);
    try {
      writeSync(fd, JSON.stringify({ version: 1, ...state }));
      fsyncSync(fd);
    } catch (e) {
      closeSync(fd);
      unlinkSync(tmp);
      throw e;
    }
    closeSync(fd);
    renameSync(tmp, this.path);
    // The rename itself must reach the disk, or a crash could bring the old name back.
    const dirFd = openSync(dirname(this.path), 'r');
    try {
      fsyncSync(dirFd);
    } finally {
      closeSync(dirFd);
    }
  }
}
