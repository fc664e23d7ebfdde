import { rmSync } from 'node:fs';
import type { BuildPaths } from './build-paths';

/**
 * Remove the snapshot files of an earlier build, stamp first: a blob holds
 * the charm's code, so one left beside a rebuilt charm.js would run the old charm.
 */
export function removeSnapshotOutputs(paths: BuildPaths): void {
  for (const file of [paths.blobStamp, paths.blob, paths.blobInfo, paths.snapshotBundle, `${paths.snapshotBundle}.map`]) rmSync(file, { force: true });
}
