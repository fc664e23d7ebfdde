import { rmSync } from 'node:fs';
import type { BuildPaths } from './build-paths';

/**
 * Remove the snapshot files of an earlier build, charm-sea and the stamp
 * first: a blob or a single executable holds the charm's code, so one left
 * beside a rebuilt charm.js would run the old charm (and dispatch runs
 * charm-sea whenever it is there).
 */
export function removeSnapshotOutputs(paths: BuildPaths): void {
  const files = [paths.sea, `${paths.sea}.partial`, paths.seaInfo, paths.blobStamp, paths.blob, paths.blobInfo, paths.snapshotBundle, `${paths.snapshotBundle}.map`];
  for (const file of files) rmSync(file, { force: true });
}
