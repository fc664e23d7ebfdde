import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import type { CharmMeta } from '@jujuts/ops/internal';
import { createJujuState, type JujuStateInput } from '@jujuts/testing';
import { CliError } from '../errors';

/**
 * Creates the state file for a new unit, or completes a hand-written one
 * against the charm's metadata (unit name, config defaults, endpoints'
 * interfaces), keeping everything else in it (outputs, Pebble snapshots).
 */
export function completeStateFile(path: string, shown: string, meta: CharmMeta, unitName: string | undefined): void {
  let doc: Record<string, unknown> = {};
  if (existsSync(path)) {
    try {
      doc = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
    } catch (error) {
      throw new CliError(`${shown} is not valid JSON (${(error as Error).message}): fix it or delete it to start a new unit`);
    }
    if (typeof doc !== 'object' || doc === null || typeof doc['state'] !== 'object' || doc['state'] === null) {
      throw new CliError(`${shown} is not a jujuts state file: expected a JSON object with a "state" object`);
    }
  }
  const input = { ...(doc['state'] as JujuStateInput | undefined) };
  input.unitName ??= unitName ?? `${meta.name}/0`;
  let state;
  try {
    state = createJujuState(input, meta);
  } catch (error) {
    throw new CliError(`${shown}: ${(error as Error).message}`);
  }
  const temp = `${path}.${process.pid}.tmp`;
  writeFileSync(temp, JSON.stringify({ pending: null, outputs: {}, ...doc, state }));
  renameSync(temp, path);
}
