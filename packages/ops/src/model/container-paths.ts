import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, readdir, stat } from 'node:fs/promises';
import { basename, dirname, join, posix, relative } from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { PebbleClient } from '../pebble';
import { MultiPushPullError, type PathFailure } from './container-errors';

/** A source path and where its tree goes: `dir/*` copies the contents, `dir` copies `dir` itself. */
function expand(source: string): { root: string; contentsOnly: boolean } {
  return source.endsWith('/*') ? { root: source.slice(0, -2), contentsOnly: true } : { root: source, contentsOnly: false };
}

async function localFiles(root: string): Promise<string[]> {
  const info = await stat(root);
  if (!info.isDirectory()) return [root];
  const out: string[] = [];
  for (const entry of await readdir(root, { withFileTypes: true })) {
    const full = join(root, entry.name);
    out.push(...(entry.isDirectory() ? await localFiles(full) : [full]));
  }
  return out;
}

/**
 * Copies local files and directories into the container under `destDir`,
 * recursively, keeping each file's permission bits. Failures are collected
 * and thrown together once everything else has been copied.
 */
export async function pushPaths(pebble: PebbleClient, sources: readonly string[], destDir: string): Promise<void> {
  const failures: PathFailure[] = [];
  for (const source of sources) {
    const { root, contentsOnly } = expand(source);
    try {
      const base = contentsOnly ? root : dirname(root);
      for (const file of await localFiles(root)) {
        const target = posix.join(destDir, relative(base, file).split('\\').join('/'));
        try {
          const mode = (await stat(file)).mode & 0o777;
          await pebble.push(target, createReadStream(file), { makeDirs: true, permissions: mode });
        } catch (err) {
          failures.push({ path: file, error: err as Error });
        }
      }
    } catch (err) {
      failures.push({ path: source, error: err as Error });
    }
  }
  if (failures.length > 0) throw new MultiPushPullError('push', failures);
}

async function containerFiles(pebble: PebbleClient, root: string): Promise<string[]> {
  const [self] = await pebble.listFiles(root, { itself: true });
  if (self?.type !== 'directory') return [root];
  const out: string[] = [];
  for (const entry of await pebble.listFiles(root)) {
    out.push(...(entry.type === 'directory' ? await containerFiles(pebble, entry.path) : [entry.path]));
  }
  return out;
}

/**
 * Copies files and directories from the container into the local
 * `destDir`, recursively. Failures are collected and thrown together.
 */
export async function pullPaths(pebble: PebbleClient, sources: readonly string[], destDir: string): Promise<void> {
  const failures: PathFailure[] = [];
  for (const source of sources) {
    const { root, contentsOnly } = expand(source);
    try {
      const base = contentsOnly ? root : posix.dirname(root);
      for (const file of await containerFiles(pebble, root)) {
        const target = join(destDir, posix.relative(base, file) || basename(file));
        try {
          await mkdir(dirname(target), { recursive: true });
          await pipeline(await pebble.pull(file), createWriteStream(target));
        } catch (err) {
          failures.push({ path: file, error: err as Error });
        }
      }
    } catch (err) {
      failures.push({ path: source, error: err as Error });
    }
  }
  if (failures.length > 0) throw new MultiPushPullError('pull', failures);
}
