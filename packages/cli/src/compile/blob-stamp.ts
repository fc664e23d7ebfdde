import { spawnSync } from 'node:child_process';
import { statSync, utimesSync, writeFileSync } from 'node:fs';
import { CliError } from '../errors';

/**
 * The stamp a packed charm carries beside a blob built with its shipped
 * `node`: dispatch then uses the blob only with `$DIR/node`.
 */
export const SHIPPED_BLOB_STAMP = 'node\n';

/**
 * Write the stamp for a blob built with the node at `execPath` (absolute,
 * resolved): its path, and the node's exact mtime on the stamp itself, so
 * that dispatch can compare the two with `test -nt`/`-ot` and no process.
 */
export function writeBlobStamp(stamp: string, execPath: string): void {
  if (execPath.includes('\n') || !execPath.startsWith('/')) {
    throw new CliError(`cannot record the node path ${JSON.stringify(execPath)} for dispatch: it must be absolute and on one line`);
  }
  writeFileSync(stamp, `${execPath}\n`);
  const mtimeNs = statSync(execPath, { bigint: true }).mtimeNs;
  const seconds = Number(mtimeNs / 1_000_000_000n) + Number(mtimeNs % 1_000_000_000n) / 1e9;
  utimesSync(stamp, new Date(), seconds);
  // utimes takes a double: a mtime with nanoseconds may not survive it; touch -r copies it exactly.
  if (!sameMtime(stamp, mtimeNs)) spawnSync('touch', ['-r', execPath, stamp]);
  if (!sameMtime(stamp, mtimeNs)) {
    throw new CliError(`cannot give ${stamp} the mtime of ${execPath}: dispatch could never tell that the blob fits this node (is 'touch' installed?)`);
  }
}

function sameMtime(file: string, mtimeNs: bigint): boolean {
  return statSync(file, { bigint: true }).mtimeNs === mtimeNs;
}
