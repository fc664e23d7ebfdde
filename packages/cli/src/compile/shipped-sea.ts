import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CliError } from '../errors';
import { type CliIo, displayPath, step } from '../io';
import { type BuildPaths, SEA_FILE } from './build-paths';
import { buildSeaExecutable, SEA_USE } from './build-sea-executable';
import { describeSnapshotNode } from './snapshot-node';

/**
 * The single executable a charm packed with `--sea` ships as `charm-sea`:
 * build/charm-sea when `jujuts build --sea` made it from this very node
 * (same sha256; build removes it whenever it rebuilds the charm), else one
 * made now from build/charm-snapshot.js.
 */
export async function shippedSeaFile(paths: BuildPaths, node: string, io: CliIo): Promise<{ readonly path: string; readonly content: Buffer }> {
  const wanted = describeSnapshotNode(node, SEA_USE).execPathSha256;
  if (existsSync(paths.sea) && builtFrom(paths.seaInfo) === wanted) return { path: SEA_FILE, content: readFileSync(paths.sea) };
  if (!existsSync(paths.snapshotBundle)) {
    throw new CliError(`${displayPath(io.cwd, paths.snapshotBundle)} is missing: run 'jujuts build --sea' first, or 'jujuts pack --build --sea'`);
  }
  const work = mkdtempSync(join(tmpdir(), 'jujuts-sea-'));
  try {
    const output = join(work, SEA_FILE);
    await step(io, `building the single executable from ${displayPath(io.cwd, node)}`, () =>
      buildSeaExecutable(node, { snapshotBundle: paths.snapshotBundle, output }),
    );
    return { path: SEA_FILE, content: readFileSync(output) };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function builtFrom(info: string): string | undefined {
  try {
    const record = JSON.parse(readFileSync(info, 'utf8')) as { execPathSha256?: unknown };
    return typeof record.execPathSha256 === 'string' ? record.execPathSha256 : undefined;
  } catch {
    return undefined;
  }
}
