import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import type { PebbleSnapshot } from './sim-pebble-snapshot';

/**
 * The containers' Pebble snapshots kept under the state file's `pebble`
 * key. The stand-in hook commands rewrite the file without it, so the
 * simulator reads it before a hook and writes it back after.
 */
export function readPebbleState(stateFile: string): Record<string, PebbleSnapshot> {
  const doc = JSON.parse(readFileSync(stateFile, 'utf8')) as { pebble?: unknown };
  const pebble = doc.pebble;
  return typeof pebble === 'object' && pebble !== null ? (pebble as Record<string, PebbleSnapshot>) : {};
}

/** Stores the snapshots under the state file's `pebble` key, keeping the rest of the file. */
export function writePebbleState(stateFile: string, pebble: Readonly<Record<string, PebbleSnapshot>>): void {
  const doc = JSON.parse(readFileSync(stateFile, 'utf8')) as Record<string, unknown>;
  const temp = `${stateFile}.${process.pid}.tmp`;
  writeFileSync(temp, JSON.stringify({ ...doc, pebble }));
  renameSync(temp, stateFile);
}
