import { relative } from 'node:path';
import { CliError } from '../errors';
import { type CliIo, displayPath, step } from '../io';
import type { BuildPaths } from './build-paths';
import { type BundleOptions, bundleCharm } from './bundle-charm';
import { buildSnapshotBlob } from './build-snapshot-blob';
import { snapshotMainCheck } from './snapshot-main-check';
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
  if (bundle.external.length > 0) {
    throw new CliError(`--snapshot cannot be combined with --external ${bundle.external.join(', ')}: the snapshot builder can require only Node's built-in modules; drop --external to bundle it, or drop --snapshot`);
  }
  await step(io, `bundling ${relative(paths.charmDir, paths.snapshotBundle)} for the snapshot`, () =>
    bundleCharm({ ...bundle, outfile: paths.snapshotBundle, format: 'iife', ...snapshotMainCheck() }),
  );
  return step(io, `building the startup snapshot with ${displayPath(io.cwd, node)}`, () => buildSnapshotBlob(node, paths));
}
