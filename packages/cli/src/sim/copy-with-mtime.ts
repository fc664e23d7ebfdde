import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, statSync, utimesSync } from 'node:fs';

/**
 * Copies a file with its mode and its exact mtime, to the nanosecond.
 * dispatch trusts charm.blob only while its stamp (charm.blob.node) has
 * the mtime of the node that built it, so a copied stamp must keep it;
 * cpSync's `preserveTimestamps` rounds to the millisecond. A copy that
 * already matches is left alone, so a refresh before every hook costs no
 * process.
 */
export function copyWithMtime(from: string, to: string): void {
  const mtimeNs = statSync(from, { bigint: true }).mtimeNs;
  if (existsSync(to) && statSync(to, { bigint: true }).mtimeNs === mtimeNs && readFileSync(to).equals(readFileSync(from))) return;
  cpSync(from, to, { dereference: true });
  const seconds = Number(mtimeNs / 1_000_000_000n) + Number(mtimeNs % 1_000_000_000n) / 1e9;
  utimesSync(to, new Date(), seconds);
  // utimes takes a double, which cannot hold every nanosecond count; touch -r copies it
  // exactly. Should both fail, dispatch finds the mtimes differ and runs charm.js: slower, never wrong.
  if (statSync(to, { bigint: true }).mtimeNs !== mtimeNs) spawnSync('touch', ['-r', from, to]);
}
