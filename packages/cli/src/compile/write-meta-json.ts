import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { CliError } from '../errors';
import type { BuildPaths } from './build-paths';

/**
 * Turns the charm directory's metadata (charmcraft.yaml, or the legacy
 * files) into the JSON-able value the runtime reads from meta.json, so a
 * hook needs no YAML parser. Supplied by the caller (it lives in @jujuts/ops).
 */
export type MetaJsonRenderer = (charmDir: string) => unknown;

/** Write build/meta.json with the renderer, or remove a stale one when there is no renderer. */
export function writeMetaJson(paths: BuildPaths, render: MetaJsonRenderer | undefined): boolean {
  if (render === undefined) {
    rmSync(paths.metaJson, { force: true });
    return false;
  }
  let value: unknown;
  try {
    value = render(paths.charmDir);
  } catch (error) {
    if (error instanceof CliError) throw error;
    const message = typeof error === 'object' && error !== null && 'message' in error ? String(error.message) : String(error);
    throw new CliError(`invalid charm metadata: ${message}`, { cause: error });
  }
  mkdirSync(paths.buildDir, { recursive: true });
  writeFileSync(paths.metaJson, `${JSON.stringify(value)}\n`);
  return true;
}
