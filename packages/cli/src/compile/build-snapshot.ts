import { type CliIo, displayPath, step } from '../io';
import type { BuildPaths } from './build-paths';
import type { BundleOptions } from './bundle-charm';
import { buildSnapshotBlob } from './build-snapshot-blob';
import { bundleSnapshotScript } from './bundle-snapshot-script';
import type { SnapshotNode } from './snapshot-node';

/**
 * The `--snapshot` half of `jujuts build`: an iife bundle (the snapshot
 * builder has no `module`/`exports`), then the blob built with `node`.
 */
export async function buildSnapshot(
  bundle: Omit<BundleOptions, 'outfile' | 'format'>,
  paths: BuildPaths,
  node: string,
  io: CliIo,
): Promise<SnapshotNode> {
  await bundleSnapshotScript(bundle, paths, io, '--snapshot');
  return step(io, `building the startup snapshot with ${displayPath(io.cwd, node)}`, () => buildSnapshotBlob(node, paths));
}
