import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CliError } from '../errors';
import { type CliIo, displayPath, step } from '../io';
import { SHIPPED_BLOB_STAMP } from './blob-stamp';
import { BLOB_STAMP, type BuildPaths } from './build-paths';
import { buildSnapshotBlob } from './build-snapshot-blob';

/** One file of the snapshot as a packed charm carries it. */
export interface ShippedSnapshotFile {
  readonly path: string;
  readonly content: Buffer | string;
}

/**
 * The blob, its record and a stamp naming the shipped `node`, for a charm
 * packed with that node. The blob is always built now, by that binary, from
 * build/charm-snapshot.js (a second; cheaper than proving the build's blob
 * came from the same binary).
 */
export async function shippedSnapshotFiles(paths: BuildPaths, node: string, io: CliIo): Promise<ShippedSnapshotFile[]> {
  if (!existsSync(paths.snapshotBundle)) {
    throw new CliError(`${displayPath(io.cwd, paths.snapshotBundle)} is missing: run 'jujuts build --snapshot' first, or 'jujuts pack --build --snapshot'`);
  }
  const work = mkdtempSync(join(tmpdir(), 'jujuts-snapshot-'));
  try {
    const target = { snapshotBundle: paths.snapshotBundle, blob: join(work, 'charm.blob'), blobInfo: join(work, 'charm.blob.json') };
    await step(io, `building the startup snapshot with ${displayPath(io.cwd, node)}`, () => buildSnapshotBlob(node, target));
    return [
      { path: 'charm.blob', content: readFileSync(target.blob) },
      { path: 'charm.blob.json', content: readFileSync(target.blobInfo) },
      { path: BLOB_STAMP, content: SHIPPED_BLOB_STAMP },
    ];
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
