import { spawn } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { CliError } from '../errors';
import { writeBlobStamp } from './blob-stamp';
import { describeSnapshotNode, type SnapshotNode } from './snapshot-node';

/** Where a blob is built from and written to. */
export interface SnapshotBlobTarget {
  /** The iife bundle (build/charm-snapshot.js). */
  readonly snapshotBundle: string;
  readonly blob: string;
  /** The JSON record of the node that built it. */
  readonly blobInfo: string;
  /** The dispatch stamp; omitted when the caller ships its own (pack). */
  readonly blobStamp?: string;
}

/**
 * Build a V8 startup snapshot of the charm with `node --build-snapshot`:
 * the bundle's modules are loaded and `main()` registers the hook entry, so
 * a hook started with `--snapshot-blob` skips loading them. The blob loads
 * only in the same node binary; the stamp is written last, after a
 * successful build, so a half-built blob is never used.
 */
export async function buildSnapshotBlob(node: string, target: SnapshotBlobTarget): Promise<SnapshotNode> {
  if (target.blobStamp !== undefined) rmSync(target.blobStamp, { force: true });
  rmSync(target.blob, { force: true });
  rmSync(target.blobInfo, { force: true });
  const built = describeSnapshotNode(node);
  const { code, stderr } = await run(built.execPath, ['--snapshot-blob', target.blob, '--build-snapshot', target.snapshotBundle]);
  if (code !== 0) {
    rmSync(target.blob, { force: true });
    throw new CliError(`node --build-snapshot failed (exit ${String(code)}): the charm's top-level code must run at build time, outside Juju`, {
      details: withoutKnownWarnings(stderr),
    });
  }
  writeFileSync(target.blobInfo, `${JSON.stringify(built, null, 2)}\n`);
  if (target.blobStamp !== undefined) writeBlobStamp(target.blobStamp, built.execPath);
  return built;
}

// Node 20 warns that child_process, worker_threads and module are "not yet
// fully verified" in snapshots; the charm loads them but does no work with
// them at build time. Keep the rest (the real error).
function withoutKnownWarnings(stderr: string): string[] {
  const lines = stderr.split(/\r?\n/).filter((l) => l.trim() !== '');
  const noise = /not yet fully verified|It may still work in some cases|To request support for the module|--trace-warnings/;
  return lines.filter((l) => !noise.test(l));
}

function run(program: string, args: readonly string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((done, fail) => {
    const child = spawn(program, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    const chunks: Buffer[] = [];
    child.stderr.on('data', (c: Buffer) => chunks.push(c));
    child.on('error', fail);
    child.on('close', (code) => done({ code, stderr: Buffer.concat(chunks).toString('utf8') }));
  });
}
