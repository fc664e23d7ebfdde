import { relative } from 'node:path';
import { CliError } from '../errors';
import { type CliIo, step } from '../io';
import type { BuildPaths } from './build-paths';
import { type BundleOptions, bundleCharm } from './bundle-charm';
import { snapshotMainCheck } from './snapshot-main-check';

/**
 * Bundle build/charm-snapshot.js, the iife script a startup snapshot is
 * built from (the snapshot builder has no `module`/`exports` and can require
 * only Node's built-ins, hence no `--external`). `flag` names the option in
 * the refusal.
 */
export async function bundleSnapshotScript(bundle: Omit<BundleOptions, 'outfile' | 'format'>, paths: BuildPaths, io: CliIo, flag: string): Promise<void> {
  if (bundle.external.length > 0) {
    throw new CliError(`${flag} cannot be combined with --external ${bundle.external.join(', ')}: the snapshot builder can require only Node's built-in modules; drop --external to bundle it, or drop ${flag}`);
  }
  await step(io, `bundling ${relative(paths.charmDir, paths.snapshotBundle)} for the snapshot`, () =>
    bundleCharm({ ...bundle, outfile: paths.snapshotBundle, format: 'iife', ...snapshotMainCheck() }),
  );
}
