import { spawn } from 'node:child_process';
import { chmodSync, copyFileSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CliError } from '../errors';
import { injectSeaBlob } from './inject-sea-blob';
import { checkSeaFuse } from './sea-fuse';
import { describeSnapshotNode, type SnapshotNode, type SnapshotUse } from './snapshot-node';

/** Where a single executable is built from and written to. */
export interface SeaTarget {
  /** The iife bundle (build/charm-snapshot.js) whose startup snapshot the executable embeds. */
  readonly snapshotBundle: string;
  /** The executable to write (mode 0755). */
  readonly output: string;
  /** The JSON record of the node it was made from; omitted when the caller keeps none (pack). */
  readonly info?: string;
}

/** `--sea`: the snapshot goes inside a copy of the node. */
export const SEA_USE: SnapshotUse = {
  what: 'a single executable',
  why: 'its startup snapshot is built by running that binary',
  flag: '--sea',
  check: (_execPath, node) => checkSeaFuse(node),
};

/**
 * Make a single executable application (SEA) of the charm: node builds a
 * preparation blob holding a startup snapshot of the bundle
 * (`--experimental-sea-config` with `useSnapshot`), then postject injects it
 * into a copy of that same node. The snapshot can never meet another node,
 * so dispatch runs it with no check. Written to `output.partial` and renamed,
 * so a half-made executable is never run.
 */
export async function buildSeaExecutable(node: string, target: SeaTarget): Promise<SnapshotNode> {
  rmSync(target.output, { force: true });
  if (target.info !== undefined) rmSync(target.info, { force: true });
  const built = describeSnapshotNode(node, SEA_USE);
  const work = mkdtempSync(join(tmpdir(), 'jujuts-sea-'));
  const partial = `${target.output}.partial`;
  try {
    const config = join(work, 'sea.json');
    const blob = join(work, 'prep.blob');
    writeFileSync(config, JSON.stringify({ main: target.snapshotBundle, output: blob, useSnapshot: true, disableExperimentalSEAWarning: true }));
    const { code, stderr } = await run(built.execPath, ['--experimental-sea-config', config], work);
    if (code !== 0) {
      throw new CliError(`node --experimental-sea-config failed (exit ${String(code)}): the charm's top-level code must run at build time, outside Juju`, {
        details: withoutKnownWarnings(stderr),
      });
    }
    copyFileSync(built.execPath, partial);
    // A node from a read-only install (mode 0555) must be writable for postject.
    chmodSync(partial, 0o755);
    await injectSeaBlob(partial, blob);
    renameSync(partial, target.output);
  } finally {
    rmSync(partial, { force: true });
    rmSync(work, { recursive: true, force: true });
  }
  if (target.info !== undefined) writeFileSync(target.info, `${JSON.stringify(built, null, 2)}\n`);
  return built;
}

// Node says SEA is experimental, and that some built-ins are "not yet fully
// verified" in snapshots; the charm does no work with them at build time.
function withoutKnownWarnings(stderr: string): string[] {
  const noise = /ExperimentalWarning|not yet fully verified|It may still work in some cases|To request support for the module|--trace-warnings/;
  return stderr.split(/\r?\n/).filter((l) => l.trim() !== '' && !noise.test(l));
}

function run(program: string, args: readonly string[], cwd: string): Promise<{ code: number | null; stderr: string }> {
  return new Promise((done, fail) => {
    const child = spawn(program, args, { cwd, stdio: ['ignore', 'ignore', 'pipe'] });
    const chunks: Buffer[] = [];
    child.stderr.on('data', (c: Buffer) => chunks.push(c));
    child.on('error', fail);
    child.on('close', (code) => done({ code, stderr: Buffer.concat(chunks).toString('utf8') }));
  });
}
