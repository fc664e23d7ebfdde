import { type CliIo, displayPath, step } from '../io';
import type { BuildPaths } from './build-paths';
import type { BundleOptions } from './bundle-charm';
import { buildSeaExecutable } from './build-sea-executable';
import { bundleSnapshotScript } from './bundle-snapshot-script';
import type { SnapshotNode } from './snapshot-node';

/**
 * The `--sea` half of `jujuts build`: the iife snapshot bundle, then
 * build/charm-sea, a copy of `node` with the charm's startup snapshot
 * inside, which build/dispatch runs first (handy for `sim` and benchmarks;
 * `jujuts pack --sea` ships one).
 */
export async function buildSea(bundle: Omit<BundleOptions, 'outfile' | 'format'>, paths: BuildPaths, node: string, io: CliIo): Promise<SnapshotNode> {
  await bundleSnapshotScript(bundle, paths, io, '--sea');
  return step(io, `building the single executable ${displayPath(io.cwd, paths.sea)} from ${displayPath(io.cwd, node)}`, () =>
    buildSeaExecutable(node, { snapshotBundle: paths.snapshotBundle, output: paths.sea, info: paths.seaInfo }),
  );
}
